import { describe, expect, it } from "vitest";
import { readingsConflict } from "./readings";

/** The definition readingsConflict answers: two versions each give a reading the other does not. */
function byPairs(sets: Array<Set<number>>): boolean {
  const lacks = (a: Set<number>, b: Set<number>) => [...a].some((r) => !b.has(r));
  return sets.some((a) => sets.some((b) => lacks(a, b) && lacks(b, a)));
}

describe("readingsConflict", () => {
  it("answers as every pair of versions would", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 0; n < 2000; n++) {
      const sets = Array.from({ length: 1 + Math.floor(random() * 6) }, () => new Set(Array.from({ length: Math.floor(random() * 4) }, () => Math.floor(random() * 4))));
      const bySource = new Map(sets.map((set, k) => [`s${k}`, set]));
      expect(readingsConflict(bySource)).toBe(byPairs(sets));
    }
  });
});
