import { describe, expect, it } from "vitest";
import { heaviestIncreasingChain } from "./chain";
import { seededRandom } from "./testing/synthetic";

describe("heaviestIncreasingChain", () => {
  it("keeps the order-consistent pairs with the greatest total", () => {
    const chain = heaviestIncreasingChain(
      [
        { paragraph: 0, row: 0, score: 0.9 },
        { paragraph: 1, row: 3, score: 0.5 }, // out of order: loses to the two below
        { paragraph: 2, row: 1, score: 0.8 },
        { paragraph: 3, row: 2, score: 0.7 },
      ],
      4,
    );
    expect(chain.map((p) => [p.paragraph, p.row])).toEqual([
      [0, 0],
      [2, 1],
      [3, 2],
    ]);
  });

  it("lets consecutive paragraphs share a row but never uses a paragraph twice", () => {
    const chain = heaviestIncreasingChain(
      [
        { paragraph: 0, row: 0, score: 0.6 },
        { paragraph: 0, row: 1, score: 0.6 },
        { paragraph: 1, row: 1, score: 0.6 },
      ],
      2,
    );
    expect(chain.map((p) => p.paragraph)).toEqual([0, 1]);
    expect(chain.reduce((sum, p) => sum + p.score, 0)).toBeCloseTo(1.2);
  });

  it("returns nothing for nothing", () => {
    expect(heaviestIncreasingChain([], 0)).toEqual([]);
  });

  it("keeps the chain increasing on many pairs", () => {
    const pairs = Array.from({ length: 40_000 }, (_, k) => ({ paragraph: k >> 3, row: (k * 7919) % 5_000, score: 0.5 }));
    const chain = heaviestIncreasingChain(pairs, 5_000);
    for (let k = 1; k < chain.length; k++) {
      expect(chain[k].paragraph).toBeGreaterThan(chain[k - 1].paragraph);
      expect(chain[k].row).toBeGreaterThanOrEqual(chain[k - 1].row);
    }
  });

  it("finds the same chain whether the pairs come paragraph by paragraph or in any order", () => {
    const random = seededRandom(11);
    for (let n = 0; n < 50; n++) {
      const pairs = [];
      for (let paragraph = 0; paragraph < 12; paragraph++) {
        const rows = new Set<number>();
        while (rows.size < 3) rows.add(Math.floor(random() * 15));
        for (const row of rows) pairs.push({ paragraph, row, score: Math.round(random() * 4) / 4 });
      }
      const shuffled = pairs.map((pair) => ({ pair, at: random() })).sort((a, b) => a.at - b.at).map(({ pair }) => pair);
      expect(heaviestIncreasingChain(pairs, 15)).toEqual(heaviestIncreasingChain(shuffled, 15));
    }
  });

  it("takes pairs that already form one chain whole, as the search over them would", () => {
    const random = seededRandom(12);
    for (let n = 0; n < 50; n++) {
      const pairs = [];
      let row = 0;
      for (let paragraph = 0; paragraph < 20; paragraph++) {
        row += 1 + Math.floor(random() * 3);
        if (random() < 0.8) pairs.push({ paragraph, row, score: 0.3 + random() * 0.7 });
      }
      const chain = heaviestIncreasingChain(pairs, row + 1);
      expect(chain).toEqual(pairs);
      // The same pairs in another order go through the search, which gives them all too.
      expect(heaviestIncreasingChain(pairs.slice().reverse(), row + 1)).toEqual(pairs);
    }
  });
});
