import { describe, expect, it } from "vitest";
import { heatSegments, heatShade } from "./heat-segments";
import type { MarkSpan } from "./mark-segments";

const span = (start: number, end: number, discrepancy: string): MarkSpan => ({ start, end, discrepancy, severity: "substantive", category: "entity" });

describe("heatSegments", () => {
  const text = "Officials met in Istanbul on Thursday for six hours.";
  const weights: Record<string, number> = { d1: 1, d2: 3 };
  const weight = (id: string) => weights[id] ?? 0;

  it("shades each piece by the most versions that differ there", () => {
    const segments = heatSegments(text, [span(17, 37, "d1"), span(29, 37, "d2")], weight);
    expect(segments.map((s) => (s.kind === "heat" ? `${s.text}|${s.level}|${s.covers.join(" ")}` : s.kind === "text" ? s.text : "^"))).toEqual([
      "Officials met in ",
      "Istanbul on |1|d1",
      "Thursday|3|d2 d1",
      " for six hours.",
    ]);
  });

  it("leaves text plain where no version differs from the primary, and keeps gaps", () => {
    const segments = heatSegments(text, [span(0, 9, "d9"), span(13, 13, "d1")], weight);
    expect(segments.map((s) => s.kind)).toEqual(["text", "gap", "text"]);
  });

  it("grades the share of the other versions in four shades", () => {
    expect([1, 2, 3, 4].map((n) => heatShade(n, 4))).toEqual([1, 2, 3, 4]);
    expect(heatShade(1, 49)).toBe(1);
    expect(heatShade(49, 49)).toBe(4);
  });
});
