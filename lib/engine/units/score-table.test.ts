import { describe, expect, it } from "vitest";
import { ScoreTable } from "./score-table";

describe("ScoreTable", () => {
  it("gives back every score stored, through growth, and nothing for keys never stored", () => {
    const table = new ScoreTable(4);
    const expected = new Map<number, number>();
    // Keys in arithmetic runs (pair keys are `first * count + second`) and past 2^32.
    for (let first = 0; first < 60; first++) {
      for (let second = 0; second < 60; second += 7) {
        const key = first * 5_000_000_000 + second;
        table.set(key, first / (second + 1));
        expected.set(key, first / (second + 1));
      }
    }
    expect(table.size).toBe(expected.size);
    for (const [key, value] of expected) expect(table.get(key)).toBe(value);
    expect(table.get(3)).toBeUndefined();
    expect(table.get(5_000_000_001)).toBeUndefined();
  });

  it("keeps one entry per key, the last score set", () => {
    const table = new ScoreTable();
    table.set(42, 0.25);
    table.set(42, 0.75);
    expect(table.size).toBe(1);
    expect(table.get(42)).toBe(0.75);
  });
});
