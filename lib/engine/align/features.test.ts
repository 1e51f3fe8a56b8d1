import { describe, expect, it } from "vitest";
import { PAIR_WEIGHT, buildTermSpace } from "./features";

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
