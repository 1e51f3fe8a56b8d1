import { describe, expect, it } from "vitest";
import { buildTermSpace } from "./features";
import { RowIndex } from "./candidates";
import { rowOfParagraph } from "./rows";
import { rowsOfVerbatimParagraphs, takesEveryBestPair } from "./verbatim-copy";
import { bodyParagraphs, ISTANBUL_BODIES, sourceFromParagraphs } from "./testing/sources";

/** The table made of the first version's paragraphs, and the paragraphs of each other version. */
function tableAnd(primary: string[], ...others: string[][]) {
  const sources = [primary, ...others].map((texts, k) => sourceFromParagraphs(`s${k + 1}`, `${k}`, texts));
  const space = buildTermSpace(sources);
  const rows = space.paragraphs[0].map((_, p) => rowOfParagraph(0, p, space));
  const index = new RowIndex(rows, space);
  return others.map((_, k) => {
    const rowOf = rowsOfVerbatimParagraphs(space.paragraphs[k + 1], rows, index);
    return rowOf && Array.from(rowOf);
  });
}

describe("rowsOfVerbatimParagraphs", () => {
  const { file, from, to } = ISTANBUL_BODIES[0];
  const body = bodyParagraphs(file, from, to);

  it("places a copy of the paragraphs, or of some of them in order, on their rows", () => {
    const [whole, some] = tableAnd(body, body, [body[0], body[3], body[4]]);
    expect(whole).toEqual(body.map((_, p) => p));
    expect(some).toEqual([0, 3, 4]);
  });

  it("leaves edited paragraphs to the search, and rows holding a wording twice, and sources mostly edited", () => {
    const moved = [body[1], body[0], ...body.slice(2)];
    const edited = [`Diplomats reported that ${body[0]}`, ...body.slice(1)];
    const repeated = [body[0], body[0], ...body.slice(1)];
    const rest = body.slice(2).map((_, p) => p + 2);
    expect(tableAnd(body, moved, edited, repeated)).toEqual([
      [1, 0, ...rest],
      [-1, 1, ...rest],
      [0, ...body.map((_, p) => p)],
    ]);
    // A wording two rows hold could go to either.
    expect(tableAnd([body[0], ...body], body)).toEqual([[-1, 2, ...rest.map((row) => row + 1)]]);
    // No copied paragraph at all, or copies not most of the source.
    expect(tableAnd(body, [edited[0]])).toEqual([null]);
    expect(tableAnd(body, [body[0], `Reportedly ${body[1]}`, `Reportedly ${body[2]}`])).toEqual([null]);
  });
});

describe("takesEveryBestPair", () => {
  const pair = (paragraph: number, row: number, score: number) => ({ paragraph, row, score });
  const pairs = [pair(0, 0, 1), pair(1, 1, 0.9), pair(1, 5, 0.6), pair(3, 2, 0.5)];

  it("holds when each paragraph with a pair is in the chain at its best score", () => {
    expect(takesEveryBestPair([pairs[0], pairs[1], pairs[3]], pairs)).toBe(true);
    // A tie for the best: either pair will do.
    expect(takesEveryBestPair([pairs[0], pair(1, 3, 0.9)], [pairs[0], pairs[1], pair(1, 3, 0.9)])).toBe(true);
  });

  it("fails when a paragraph is left out or taken at a lower score", () => {
    expect(takesEveryBestPair([pairs[0], pairs[1]], pairs)).toBe(false);
    expect(takesEveryBestPair([pairs[0], pairs[2]], pairs.slice(0, 3))).toBe(false);
  });
});
