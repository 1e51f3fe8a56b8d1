import { describe, expect, it } from "vitest";
import { markSegments, type MarkSpan } from "./mark-segments";

const span = (start: number, end: number, discrepancy: string, over: Partial<MarkSpan> = {}): MarkSpan => ({
  start,
  end,
  discrepancy,
  severity: "substantive",
  category: "entity",
  ...over,
});

describe("markSegments", () => {
  const text = "head of the North Atlantic department";

  it("marks only the spanned words and leaves the rest plain", () => {
    expect(markSegments(text, [span(12, 26, "d1")])).toEqual([
      { kind: "text", text: "head of the " },
      { kind: "mark", text: "North Atlantic", span: span(12, 26, "d1") },
      { kind: "text", text: " department" },
    ]);
  });

  it("never nests: the gravest discrepancy owns overlapping words", () => {
    const minor = span(0, 26, "d2", { severity: "minor", category: "characterization" });
    const segments = markSegments(text, [minor, span(18, 26, "d1")]);
    expect(segments.map((s) => (s.kind === "gap" ? "^" : `${s.kind}:${s.text}`))).toEqual([
      "mark:head of the North ",
      "mark:Atlantic",
      "text: department",
    ]);
    expect(segments.flatMap((s) => (s.kind === "mark" ? [s.span.discrepancy] : []))).toEqual(["d2", "d1"]);
  });

  it("draws words that only some versions have as an underline, not a mark", () => {
    const segments = markSegments(text, [span(0, 4, "d3", { category: "omission" })]);
    expect(segments[0]).toMatchObject({ kind: "extra", text: "head" });
  });

  it("puts one gap marker where this version lacks words, even at the very end", () => {
    const gap = span(37, 37, "d4", { category: "omission", severity: "minor" });
    const segments = markSegments(text, [gap, { ...gap }]);
    expect(segments).toEqual([{ kind: "text", text }, { kind: "gap", span: gap }]);
  });
});
