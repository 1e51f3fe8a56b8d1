import { describe, expect, it } from "vitest";
import { americanSpelling as foldSpelling } from "../lexicon/british-american";
import { splitSentences } from "../segment";
import { contentTerms, contentTermsBySentence, stemWord } from "./normalise";

const keys = (text: string) => contentTerms(text).map((t) => t.key);

describe("contentTerms", () => {
  it("reads the same statement styled differently as the same terms", () => {
    expect(keys("The U.S. delegation")).toEqual(keys("the US delegation"));
    expect(keys("a “business-like” manner")).toEqual(keys("a businesslike manner"));
    expect(keys("normalising the centre's colour")).toEqual(keys("normalizing the center's color"));
    expect(keys("They stabilised it.")).toEqual(keys("They stabilized it."));
    expect(keys("Feb. 24")).toEqual(keys("February 24"));
    expect(keys("six premises")).toEqual(keys("6 premises"));
    expect(keys("$1,000")).toEqual(keys("$1000"));
    expect(keys("Moscow's team")).toEqual(keys("Moscow team"));
  });

  it("keeps the parts of a hyphenated name apart", () => {
    expect(keys("US-Russia talks")).toEqual(["US", "russia", "talk"]);
  });

  it("drops function words and keeps content words", () => {
    expect(keys("It was the first of them to be said")).toEqual(["first", "said"]);
  });

  it("tells names and numbers from other words, but not at a sentence's start", () => {
    const terms = contentTerms("Talks resumed. Officials met Coulter in 2025.").map(({ key, kind }) => ({ key, kind }));
    expect(terms).toEqual([
      { key: "talk", kind: "word" },
      { key: "resum", kind: "word" },
      { key: "official", kind: "word" },
      { key: "met", kind: "word" },
      { key: "coulter", kind: "name" },
      { key: "2025", kind: "number" },
    ]);
  });

  it("does not take a headline in capitals for a row of acronyms", () => {
    expect(keys("RUSSIA OFFERS TO RESTORE FLIGHTS")).toEqual(keys("Russia offers to restore flights"));
  });

  it("reads only the start of an enormous text", () => {
    const terms = contentTerms("word ".repeat(300_000));
    expect(terms.length).toBeLessThanOrEqual(5_000);
  });
});

describe("contentTermsBySentence", () => {
  it("gives the terms of reading the paragraph whole", () => {
    const paragraphs = [
      "He paused… Officials met Coulter. Then Coulter left!",
      "BREAKING NEWS FROM THE CAPITAL TODAY. Officials met Coulter in 2025 and spoke.",
      "Officials met Coulter at noon. THE TALKS ARE OVER, OFFICIALS SAID ON MONDAY EVENING.",
      "Prices rose.\r\nOfficials met Coulter.\n\nMarkets fell.",
      "“We will win.” Officials said so. (Coulter agreed.) [Reuters] Markets rose.",
      "It cost 1,000 dollars. 2,500 more came. Costs rose by 3.5 percent.",
      "Officials met for 14 children.Video above shows Coulter.",
      "Talks – on trade – resumed; Officials met. Coulter: Yes. Weapons ended\u202fThe talks.",
      "  Leading spaces. Trailing spaces.  ",
      "U.S. officials met. U.K. officials came. The U.N. Security Council voted.",
    ];
    for (const text of paragraphs) {
      const spans = splitSentences(text);
      expect(contentTermsBySentence(text, spans), text).toEqual(contentTerms(text));
    }
  });

  it("gives the terms of reading the paragraph whole however it is cut", () => {
    const text = "Talks resumed in the U.S. Officials met Coulter… Coulter left (for good). “WE ARE DONE WITH THESE TALKS,” HE SAID.";
    // Every cut after a space, alone and together: sentences or not, the terms are the paragraph's.
    const cuts = [...text.matchAll(/ /g)].map((m) => m.index! + 1);
    for (const cut of cuts) {
      const spans = [{ start: 0, end: cut }, { start: cut, end: text.length }];
      expect(contentTermsBySentence(text, spans), text.slice(cut)).toEqual(contentTerms(text));
    }
    const spans = [0, ...cuts].map((start, k, all) => ({ start, end: k + 1 < all.length ? all[k + 1] : text.length }));
    expect(contentTermsBySentence(text, spans)).toEqual(contentTerms(text));
  });
});

describe("foldSpelling and stemWord", () => {
  it("folds British spellings to American ones", () => {
    expect(foldSpelling("organisation")).toBe("organization");
    expect(foldSpelling("analysed")).toBe("analyzed");
    expect(foldSpelling("favourite")).toBe("favorite");
    expect(foldSpelling("theatre")).toBe("theater");
    expect(foldSpelling("defence")).toBe("defense");
    expect(foldSpelling("dialogue")).toBe("dialog");
    expect(foldSpelling("travelled")).toBe("traveled");
  });

  it("brings inflected forms of a word together", () => {
    expect(new Set(["restoring", "restore", "restored", "restoration"].map(stemWord)).size).toBe(1);
    expect(new Set(["delegation", "delegates", "delegate"].map(stemWord)).size).toBe(1);
    expect(new Set(["agree", "agreed", "agreeing"].map(stemWord)).size).toBe(1);
    expect(new Set(["country", "countries"].map(stemWord)).size).toBe(1);
    expect(new Set(["injury", "injuries", "injured"].map(stemWord)).size).toBe(1);
    expect(new Set(["study", "studies", "studied"].map(stemWord)).size).toBe(1);
    expect(stemWord("business")).toBe("business");
  });
});
