import { describe, expect, it } from "vitest";
import { buildTermSpace } from "./features";
import { RowIndex } from "./candidates";
import { rowOfParagraph } from "./rows";
import { rowsOfVerbatimCopy } from "./verbatim-copy";
import { bodyParagraphs, ISTANBUL_BODIES, sourceFromParagraphs } from "./testing/sources";

/** The table made of the first version's paragraphs, and the paragraphs of each other version. */
function tableAnd(primary: string[], ...others: string[][]) {
  const sources = [primary, ...others].map((texts, k) => sourceFromParagraphs(`s${k + 1}`, `${k}`, texts));
  const space = buildTermSpace(sources);
  const rows = space.paragraphs[0].map((_, p) => rowOfParagraph(0, p, space));
  const index = new RowIndex(rows, space);
  return others.map((_, k) => rowsOfVerbatimCopy(space.paragraphs[k + 1], rows, index));
}

describe("rowsOfVerbatimCopy", () => {
  const { file, from, to } = ISTANBUL_BODIES[0];
  const body = bodyParagraphs(file, from, to);

  it("places a copy of the paragraphs, or of some of them in order, on their rows", () => {
    const [whole, some] = tableAnd(body, body, [body[0], body[3], body[4]]);
    expect(Array.from(whole!)).toEqual(body.map((_, p) => p));
    expect(Array.from(some!)).toEqual([0, 3, 4]);
  });

  it("leaves moved, edited and repeated paragraphs to the search", () => {
    const moved = [body[1], body[0], ...body.slice(2)];
    const edited = [`Diplomats reported that ${body[0]}`, ...body.slice(1)];
    const repeated = [body[0], body[0], ...body.slice(1)];
    expect(tableAnd(body, moved, edited, repeated)).toEqual([null, null, null]);
    // A wording two rows hold could go to either.
    expect(tableAnd([body[0], ...body], body)).toEqual([null]);
  });
});
