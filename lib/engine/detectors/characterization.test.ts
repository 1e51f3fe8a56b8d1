import { describe, expect, it } from "vitest";
import { characterizationDetector } from "./characterization";
import { quoteDetector } from "./quote";
import { wordingDetector } from "./wording";
import { pairOf } from "./pair.test-helper";
import { judge } from "../classify";

describe("characterization, quote and wording", () => {
  it("calls one adjective for another of the same sense in WordNet minor, and a recast description substantive", () => {
    expect(characterizationDetector.detect(pairOf("It will offer 24 months of free credit monitoring.", "It will offer 24 months of complimentary credit monitoring."))).toMatchObject({ severity: "minor" });
    expect(characterizationDetector.detect(pairOf("The talks were businesslike, officials said.", "The talks were constructive, officials said."))).toMatchObject({ severity: "substantive" });
  });

  it("flags a different characterization", () => {
    const pair = pairOf("The ministry described the talks as very constructive.", "The ministry described the talks as substantive and businesslike.");
    expect(characterizationDetector.detect(pair)).toMatchObject({ category: "characterization", severity: "substantive" });
    expect(characterizationDetector.detect(pairOf("The mayor praised the plan.", "The mayor criticized the plan."))).toMatchObject({ severity: "substantive" });
  });

  it("reads evaluative participles as characterization ('disappointing' / 'devastating')", () => {
    expect(characterizationDetector.detect(pairOf("The minister called the result disappointing.", "The minister called the result devastating."))).toMatchObject({ severity: "substantive" });
    expect(characterizationDetector.detect(pairOf("The minister called the result alarming.", "The minister called the result worrying."))).toMatchObject({ severity: "minor" });
  });

  it("reads a describing word dropped from inside a quotation as a misquote, not as wording", () => {
    const dropped = pairOf("“We are deeply saddened by the loss,” the company said.", "“We are saddened by the loss,” the company said.");
    expect(judge(dropped).verdict).toMatchObject({ category: "quote", severity: "substantive" });
  });

  it("reads a describing word retold in many words as wording, not a recast description", () => {
    const retold = pairOf("The storm killed at least 32 people.", "The storm tragically claimed the lives of at least 32 people.");
    expect(characterizationDetector.detect(retold)).toMatchObject({ severity: "minor" });
  });

  it("reads a stretch where other words change too as two things said, not one recast", () => {
    const twoThings = pairOf("Peru's mountain roads are notorious for accidents.", "Peru's mountain roads, which are often poorly maintained.");
    expect(characterizationDetector.detect(twoThings)).toMatchObject({ severity: "minor" });
    expect(characterizationDetector.detect(pairOf("The protest remained peaceful, police said.", "The protest turned violent, police said."))).toMatchObject({ severity: "substantive" });
  });

  it("calls another word of the same sense wording, not a conflict", () => {
    expect(characterizationDetector.detect(pairOf("The challenger admitted defeat late on Saturday.", "The challenger conceded defeat late on Saturday."))).toMatchObject({ severity: "minor" });
  });

  it("flags changed words inside a quotation", () => {
    expect(quoteDetector.detect(pairOf("He said “we will restore relations” today.", "He said “we will rebuild relations” today."))).toMatchObject({
      category: "quote",
      severity: "substantive",
    });
  });

  it("flags a misquoted word even where the statement around it is retold", () => {
    const rewrite = true;
    const misquote = pairOf('She felt "deep pain" for those she misled, she told the court.', 'She felt "deep shame" for what people went through, she said.');
    expect(judge(misquote, rewrite).verdict).toMatchObject({ category: "quote", severity: "substantive" });
    const paraphrase = pairOf("She felt deep pain for those she misled, she told the court.", "She felt deep shame for what people went through, she said.");
    expect(judge(paraphrase, rewrite).verdict).not.toMatchObject({ severity: "substantive" });
  });

  it("calls inflection and function words minor", () => {
    expect(wordingDetector.detect(pairOf("Yucaipa owned it before selling the chain.", "Yucaipa owned it before sold the chain."))).toMatchObject({ severity: "minor" });
    expect(wordingDetector.detect(pairOf("He met a minister.", "He met the minister."))).toMatchObject({ category: "format", severity: "minor" });
  });
});

describe("characterizationDetector: a replaced subject", () => {
  it("does not read two statements with other subjects as one recast", () => {
    const verdict = characterizationDetector.detect(pairOf("He pleaded guilty to conspiracy before the judge on Monday.", "The Jacksons were appearing separately before the judge on Monday."));
    expect(verdict?.severity).not.toBe("substantive");
    expect(characterizationDetector.detect(pairOf("The talks were constructive, the ministry said.", "The talks were businesslike, the ministry said."))).toMatchObject({ severity: "substantive" });
  });
});
