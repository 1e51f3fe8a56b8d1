import { describe, expect, it } from "vitest";
import { PAIR_WEIGHT, buildTermSpace, unionOfTerms } from "./features";

const source = (id: string, ...texts: string[]) => ({ id, name: id, paragraphs: texts.map((text, k) => ({ id: `${id}-p${k + 1}`, text, sentences: [] })) });

describe("buildTermSpace", () => {
  it("counts a wording's terms once for every copy of it, and gives its copies one set of terms", () => {
    const space = buildTermSpace([source("s1", "Glaciers retreat", "Volcano"), source("s2", "Glaciers retreat")]);
    const [[copy, volcano], [again]] = space.paragraphs;
    expect(again).toBe(copy);
    // Three paragraphs; "glaciers" and "retreat" are in two of them, "volcano" in one.
    const shared = Math.log(1 + 3 / 2);
    expect(copy.mass).toBeCloseTo(shared * (2 + PAIR_WEIGHT), 12);
    expect(volcano.mass).toBeCloseTo(Math.log(1 + 3 / 1), 12);
    expect(space.meanWeight).toBeCloseTo((2 * copy.mass + volcano.mass) / 7, 12);
  });
});

describe("buildTermSpace's pairs", () => {
  it("gives a pair of words one id however many pairs there are", () => {
    // Thousands of distinct neighbouring pairs (past the pair table's first size), and the same
    // words again in other wordings (a function word added): the same terms, so the same ids.
    const letters = "bcfhjkmnpqrtvwxz";
    const word = (k: number) => "zq" + letters[k % 16] + letters[(k >> 4) % 16] + letters[(k >> 8) % 16];
    const texts = Array.from({ length: 40 }, (_, p) => Array.from({ length: 100 }, (_, k) => word(p * 100 + k)).join(" "));
    const space = buildTermSpace([source("s1", ...texts), source("s2", ...texts.map((text) => `the ${text}`))]);
    expect(space.weight.length).toBeGreaterThan(5000);
    space.paragraphs[0].forEach((terms, p) => {
      expect(space.paragraphs[1][p]).not.toBe(terms);
      expect([...space.paragraphs[1][p].ids]).toEqual([...terms.ids]);
    });
  });
});

describe("unionOfTerms", () => {
  it("takes each term of the parts once, ascending, and sums its mass in that order", () => {
    const weight = Float64Array.from({ length: 12 }, (_, id) => 0.1 + id / 7);
    const part = (...ids: number[]) => ({ ids: Int32Array.from(ids), mass: ids.reduce((sum, id) => sum + weight[id], 0) });
    const union = unionOfTerms([part(1, 4, 7), part(0, 4, 9, 11), part(2, 7, 11)], weight);
    expect([...union.ids]).toEqual([0, 1, 2, 4, 7, 9, 11]);
    expect(union.mass).toBe([0, 1, 2, 4, 7, 9, 11].reduce((sum, id) => sum + weight[id], 0));
    const alone = part(3, 5);
    expect(unionOfTerms([alone], weight)).toBe(alone);
  });
});
