import { describe, expect, it } from "vitest";
import { isVersionOf, MAX_VERSIONS, type Row } from "./rows";
import { TermCounts } from "./similarity";

const rowWithCells = (...sources: number[]): Row => ({
  cells: new Map(sources.map((s) => [s, [0]])),
  bag: { counts: new TermCounts(undefined), members: 0, mass: 0 },
  versions: [],
});

describe("isVersionOf", () => {
  it("is true for the sources among a row's first versions, false for those after them", () => {
    const sources = Array.from({ length: MAX_VERSIONS + 2 }, (_, k) => k * 3);
    const row = rowWithCells(...sources);
    sources.forEach((s, k) => expect(isVersionOf(row, s)).toBe(k < MAX_VERSIONS));
    expect(isVersionOf(row, 1)).toBe(false);
  });
});
