import { describe, expect, it } from "vitest";
import { nestMarks, type MarkNode, type MarkSpan } from "./nest-marks";

const span = (discrepancy: string, start: number, end: number, severity: MarkSpan["severity"] = "minor"): MarkSpan => ({
  discrepancy,
  start,
  end,
  severity,
  category: "entity",
});

/** The tree as bracketed text: "a [d1:b] c". */
function show(nodes: MarkNode[]): string {
  return nodes.map((n) => (n.kind === "text" ? n.text : `[${n.span.discrepancy}:${show(n.children)}]`)).join("");
}

describe("nestMarks", () => {
  it("leaves unmarked text as one piece", () => {
    expect(show(nestMarks("plain words", []))).toBe("plain words");
  });

  it("marks disjoint spans in place and keeps every character", () => {
    expect(show(nestMarks("the North Atlantic department", [span("d1", 4, 18), span("d2", 19, 29)]))).toBe(
      "the [d1:North Atlantic] [d2:department]",
    );
  });

  it("nests a span inside a wider one", () => {
    expect(show(nestMarks("abcdefgh", [span("d2", 2, 4), span("d1", 1, 6)]))).toBe("a[d1:b[d2:cd]ef]gh");
  });

  it("splits crossing spans so the HTML stays well nested", () => {
    expect(show(nestMarks("abcdefgh", [span("d1", 1, 5), span("d2", 3, 7)]))).toBe("a[d1:bc[d2:de]][d2:fg]h");
  });

  it("puts the graver discrepancy outside when two cover the same words", () => {
    const nodes = nestMarks("US", [span("d2", 0, 2, "cosmetic"), span("d1", 0, 2, "substantive")]);
    expect(show(nodes)).toBe("[d1:[d2:US]]");
  });

  it("clamps spans that run past the text and drops empty ones", () => {
    expect(show(nestMarks("abc", [span("d1", 1, 99), span("d2", 2, 2)]))).toBe("a[d1:bc]");
  });
});
