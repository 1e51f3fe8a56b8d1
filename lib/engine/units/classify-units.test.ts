import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment";
import { WorkBudget } from "../work-budget";
import { alignUnits } from "./align-units";
import { classifyUnit, isOneWordingOncePerSource } from "./classify-units";
import type { SentenceRef } from "./sentences";
import { sentencesOf } from "./sentences";

function version(id: string, text: string) {
  return sentencesOf({ id, paragraphs: [{ id: `${id}-p1`, text, sentences: splitSentences(text) }] });
}

describe("classifyUnit", () => {
  it("gives versions that copy one wording the same reading, marked in their own paragraphs", () => {
    const copy = "Officials said the talks with the Northern Alliance delegation lasted six hours on Thursday.";
    const lead = "Heavy rain fell across the capital overnight.";
    const versions = [version("s1", `${lead} ${copy}`), version("s2", copy), version("s3", copy.replace("Northern Alliance", "Southern Alliance"))];
    const budget = { work: new WorkBudget(Number.POSITIVE_INFINITY), notices: [] };
    const { units, similarity } = alignUnits(versions, budget);
    const statement = units.find((u) => u.members.length === 3)!;
    const rank = new Map([["s1", 0], ["s2", 1], ["s3", 2]]);
    const found = classifyUnit(statement, "u1", rank, ["s1", "s2", "s3"], similarity, budget).filter((d) => d.severity === "substantive");
    expect(found).toHaveLength(1);
    const [a, b, c] = found[0].variants;
    expect([a.core, b.core, c.core]).toEqual(["Northern", "Northern", "Southern"]);
    // Each copy's mark sits on its own text, where its own paragraph says "Northern".
    const sentenceText = (id: string) => versions.flat().find((s) => s.paragraph === id)!;
    for (const v of [a, b]) {
      const span = v.spans[0];
      const at = sentenceText(span.paragraph);
      const paragraph = id(v.source) === 1 ? `${lead} ${copy}` : copy;
      expect(paragraph.slice(span.start, span.end)).toBe("Northern");
      expect(at.source).toBe(v.source);
    }
  });

  it("finds nothing in a statement every version words alike, and still reads one a version splits in two", () => {
    const budget = { work: new WorkBudget(Number.POSITIVE_INFINITY), notices: [] };
    const rank = new Map([["s1", 0], ["s2", 1], ["s3", 2]]);
    const classify = (...texts: string[]) => {
      const { units, similarity } = alignUnits(texts.map((t, k) => version(`s${k + 1}`, t)), budget);
      return units.flatMap((u, k) => classifyUnit(u, `u${k + 1}`, rank, ["s1", "s2", "s3"], similarity, budget));
    };
    const statement = "The ferry to the island was cancelled on Monday because of high winds and 40 passengers were stranded.";
    expect(classify(statement, statement, statement)).toEqual([]);
    const split = "The ferry to the island was cancelled on Monday because of high winds. 40 passengers were stranded.";
    expect(classify(statement, statement, split).length).toBeGreaterThan(0);
  });
});

const id = (source: string) => Number(source.slice(1));

describe("isOneWordingOncePerSource", () => {
  it("agrees with grouping the members by source, for members in source order", () => {
    // The reading it stands in for: as many sources as members, and one text.
    const grouped = (members: SentenceRef[]) => new Set(members.map((m) => m.source)).size === members.length && members.every((m) => m.text === members[0].text);
    const member = (source: string, text: string, order = 0) => ({ ...version(source, text)[0], order });
    const a = "The bridge closed.";
    const b = "The bridge shut.";
    const lists = [
      [member("s1", a)],
      [member("s1", a), member("s2", a), member("s3", a)],
      [member("s1", a), member("s2", b), member("s3", a)],
      [member("s1", a), member("s2", a, 0), member("s2", a, 1)],
      [member("s1", a, 0), member("s1", a, 1)],
      [member("s1", b), member("s2", a)],
    ];
    for (const members of lists) expect(isOneWordingOncePerSource(members)).toBe(grouped(members));
    expect(lists.map(isOneWordingOncePerSource)).toEqual([true, true, false, false, false, false]);
  });
});

describe("classifyUnit, inside a quoted passage", () => {
  const quote = (middle: string) =>
    `“We came here to negotiate in good faith. ${middle} We will be back next week,” the envoy said.`;

  it("reads the middle sentence of a quotation as quoted words: a changed word there is a misquotation", () => {
    const versions = [version("s1", quote("The offer on the table is a serious one.")), version("s2", quote("The offer on the table is a generous one."))];
    expect(versions[0].map((s) => s.quoted)).toEqual([false, true, false]);
    const budget = { work: new WorkBudget(Number.POSITIVE_INFINITY), notices: [] };
    const { units, similarity } = alignUnits(versions, budget);
    const rank = new Map([["s1", 0], ["s2", 1]]);
    const found = units.flatMap((u, k) => classifyUnit(u, `u${k + 1}`, rank, ["s1", "s2"], similarity, budget));
    expect(found).toEqual([expect.objectContaining({ category: "quote", severity: "substantive" })]);
    expect(found[0].variants.map((v) => v.core)).toEqual(["serious", "generous"]);
  });

  it("leaves a sentence between two quotations the writer's own", () => {
    const text = "“We came to talk,” the envoy said. The delegation left after an hour. “We will be back,” she added.";
    expect(version("s1", text).map((s) => s.quoted)).toEqual([false, false, false]);
  });
});
