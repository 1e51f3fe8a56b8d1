import { describe, expect, it } from "vitest";
import { buildTermSpace, type ParagraphTerms, type TermSpace } from "./features";
import { RowIndex, scoreAtLeast, scoreCeiling, UNSCORED } from "./candidates";
import { rowOfParagraph, absorbSourceIntoBags, addToCell, type Row } from "./rows";
import { rowSimilarity } from "./similarity";
import { istanbulSources } from "./testing/sources";

/** The five demo versions: rows from the first two (every second paragraph of s2 joins a row), paragraphs of the others. */
function table() {
  const sources = istanbulSources();
  const space = buildTermSpace(sources);
  const rows: Row[] = space.paragraphs[0].map((_, p) => rowOfParagraph(0, p, space));
  space.paragraphs[1].forEach((_, p) => {
    if (p % 2 === 0 && p < rows.length) addToCell(rows[p], 1, p);
  });
  absorbSourceIntoBags(rows, 1, space);
  const paragraphs = space.paragraphs.slice(2).flat();
  return { space, rows, paragraphs };
}

function sharedWeight(p: ParagraphTerms, row: Row, space: TermSpace): number {
  let shared = 0;
  for (const id of p.ids) if (row.bag.counts.get(id) > 0) shared += space.weight[id];
  return shared;
}

describe("scoreCeiling", () => {
  it("is never below a paragraph's score against a row, and well below it for unrelated text", () => {
    const { space, rows, paragraphs } = table();
    let low = 0;
    for (const p of paragraphs) {
      for (const row of rows) {
        const ceiling = scoreCeiling(sharedWeight(p, row, space), p, row, space);
        expect(ceiling).toBeGreaterThanOrEqual(rowSimilarity(p, row, space) - 1e-12);
        if (ceiling < 0.2) low++;
      }
    }
    // Most pairs of paragraphs about different things share a few words only.
    expect(low).toBeGreaterThan((paragraphs.length * rows.length) / 2);
  });
});

describe("RowIndex.candidates with a floor", () => {
  it("scores exactly what may reach the floor, and leaves the rest to be scored on demand", () => {
    const { space, rows, paragraphs } = table();
    const index = new RowIndex(rows, space);
    let unscored = 0;
    paragraphs.forEach((p, k) => {
      const all = index.candidates(p, k % rows.length);
      const floored = index.candidates(p, k % rows.length, undefined, 0.2);
      expect(floored.map((c) => c.row).sort()).toEqual(all.map((c) => c.row).sort());
      for (const c of floored) {
        const exact = all.find((a) => a.row === c.row)!.score;
        if (c.score === UNSCORED) {
          unscored++;
          expect(exact).toBeLessThan(0.2);
          expect(scoreAtLeast(c, p, 0, space)).toBe(exact);
          expect(scoreAtLeast(c, p, 0.5, space)).toBeLessThanOrEqual(0.5);
        } else expect(c.score).toBe(exact);
      }
      // Above the floor the order is the order of the exact scores.
      const above = (list: typeof all) => list.filter((c) => c.score >= 0.2).map((c) => c.row);
      expect(above(floored)).toEqual(above(all));
    });
    expect(unscored).toBeGreaterThan(0);
  });
});

describe("RowIndex.candidates for the clearly best rows", () => {
  it("scores the best row exactly, and leaves out only rows clearly below it", () => {
    const { space, rows, paragraphs } = table();
    const index = new RowIndex(rows, space);
    let skipped = 0;
    paragraphs.forEach((p, k) => {
      const full = index.candidates(p, k % rows.length, undefined, 0.3);
      const best = index.candidates(p, k % rows.length, undefined, 0.3, true);
      const top = Math.max(...full.map((c) => c.score));
      if (top >= 0.3) expect(best[0].score).toBe(top);
      for (const c of best) expect(c.score).toBe(full.find((a) => a.row === c.row)!.score);
      for (const exact of full) {
        if (exact.score === UNSCORED || best.some((c) => c.row === exact.row)) continue;
        skipped++;
        expect(exact.score).toBeLessThan(top - 1e-6);
      }
    });
    expect(skipped).toBeGreaterThan(0);
  });
});

describe("RowIndex made from the one before", () => {
  it("has the postings a build from scratch has once bags gain terms, and is built afresh when a row's bag is replaced", () => {
    const sources = istanbulSources();
    const space = buildTermSpace(sources);
    const rows: Row[] = space.paragraphs[0].map((_, p) => rowOfParagraph(0, p, space));
    const first = new RowIndex(rows, space);
    const postings = (index: RowIndex) => {
      const { start, postings } = index as unknown as { start: Int32Array; postings: Int32Array };
      return { start: [...start], postings: [...postings.subarray(0, start[start.length - 1])] };
    };
    const before = postings(first);
    space.paragraphs[1].forEach((_, p) => {
      if (p < rows.length) addToCell(rows[p], 1, p);
    });
    absorbSourceIntoBags(rows, 1, space);
    const extended = new RowIndex(rows, space, first);
    const fresh = new RowIndex(rows, space);
    expect(postings(extended).postings.length).toBeGreaterThan(before.postings.length);
    expect(postings(extended)).toEqual(postings(fresh));
    for (const [k, p] of space.paragraphs.slice(2).flat().entries()) expect(extended.candidates(p, k % rows.length)).toEqual(fresh.candidates(p, k % rows.length));
    // A third source's terms, past the room the first build left.
    space.paragraphs[2].forEach((_, p) => {
      if (p < rows.length) addToCell(rows[p], 2, p);
    });
    absorbSourceIntoBags(rows, 2, space);
    expect(postings(new RowIndex(rows, space, extended))).toEqual(postings(new RowIndex(rows, space)));
    // A replaced bag (a merge) or another row count: built afresh.
    const moved = [...rows.slice(1), rows[0]];
    expect(postings(new RowIndex(moved, space, fresh))).toEqual(postings(new RowIndex(moved, space)));
  });
});
