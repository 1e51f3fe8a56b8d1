import { describe, expect, it } from "vitest";
import { segment, splitSentences } from "./segment";

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it.each([
    ["U.S. inside a sentence", "U.S. and other Western nations cut air links. Moscow objected.", ["U.S. and other Western nations cut air links.", "Moscow objected."]],
    ["U.S. ending a sentence", "He met officials from the U.S. The talks lasted six hours.", ["He met officials from the U.S.", "The talks lasted six hours."]],
    ["months before days", "Troops went in on Feb. 24, 2022. Sanctions followed.", ["Troops went in on Feb. 24, 2022.", "Sanctions followed."]],
    ["titles before names", "Dr. Smith met Gen. Jones and Sen. Jim DeMint, R-S.C., on Friday.", ["Dr. Smith met Gen. Jones and Sen. Jim DeMint, R-S.C., on Friday."]],
    ["a.m. and p.m.", "The talks began at 9 a.m. Thursday and ended at 5 p.m. The next round is planned.", ["The talks began at 9 a.m. Thursday and ended at 5 p.m.", "The next round is planned."]],
    ["initials", "J.D. Vance quoted Alexander S. Pushkin. Then he left.", ["J.D. Vance quoted Alexander S. Pushkin.", "Then he left."]],
    ["No. before a number, decimals", "It was the No. 5 priority and growth was 4.5 percent. Officials agreed.", ["It was the No. 5 priority and growth was 4.5 percent.", "Officials agreed."]],
    ["a quote closing after the period", "The ministry offered the U.S. “to consider the possibility of restoring direct air traffic.” It didn't add any details.", ["The ministry offered the U.S. “to consider the possibility of restoring direct air traffic.”", "It didn't add any details."]],
    ["a straight quote closing after the period", 'He called it "a mistake." Others disagreed.', ['He called it "a mistake."', "Others disagreed."]],
    ["a quote that continues the sentence", "“The first contacts encourage certain hopes,” Putin said. “There is a mutual readiness to work.”", ["“The first contacts encourage certain hopes,” Putin said.", "“There is a mutual readiness to work.”"]],
    ["a question quoted before its speaker", "“Why now?” Putin asked. Nobody answered.", ["“Why now?” Putin asked.", "Nobody answered."]],
    ["an ellipsis inside a sentence", "They believe these stocks... and none of them were on the list.", ["They believe these stocks... and none of them were on the list."]],
    ["a lone ellipsis between sentences", "He said the war must be won. ... And the troops need support.", ["He said the war must be won.", "... And the troops need support."]],
    ["a dateline after a state abbreviation", "HARTFORD, Conn. — The candidate defended himself. Critics were unmoved.", ["HARTFORD, Conn. — The candidate defended himself.", "Critics were unmoved."]],
    ["a case name", "The case, Wal-Mart Stores v. Dukes, No. 10-277, was argued.", ["The case, Wal-Mart Stores v. Dukes, No. 10-277, was argued."]],
    ["a sentence without a final stop", "The date will be determined later, it said", ["The date will be determined later, it said"]],
    ["bullet text", "Russian and US delegations met in Istanbul on February 27.", ["Russian and US delegations met in Istanbul on February 27."]],
  ])("%s", (_, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it("returns offsets that cover the text except the spaces between sentences", () => {
    const text = "First one.  Second one! Third?";
    expect(splitSentences(text)).toEqual([
      { start: 0, end: 10 },
      { start: 12, end: 23 },
      { start: 24, end: 30 },
    ]);
  });

  it("returns no sentences for empty text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("   ")).toEqual([]);
  });
});

describe("segment", () => {
  it("numbers paragraphs from 1 with the source id", () => {
    const paragraphs = segment(["One. Two.", "Three."], "s2");
    expect(paragraphs.map((p) => p.id)).toEqual(["s2-p1", "s2-p2"]);
    expect(paragraphs[0]).toEqual({ id: "s2-p1", text: "One. Two.", sentences: [{ start: 0, end: 4 }, { start: 5, end: 9 }] });
  });
});
