/**
 * ALIGN: which paragraphs of the sources say the same thing. Produces the alignment table (rows ×
 * sources, as collation tools call it) in the primary's reading order.
 *
 * Progressive: the primary's paragraphs are the first rows; each further source is placed against
 * the rows so far (see align/place-source.ts), a row being matched through the terms of all the
 * versions it already holds. Unmatched paragraphs become new rows. Cost grows with the number of
 * sources, not with the number of pairs of sources.
 */
import type { AlignedRow, Budget, SegmentedSource } from "./types";
import { buildTermSpace } from "./align/features";
import type { RowIndex } from "./align/candidates";
import { placeSource } from "./align/place-source";
import { absorbSourceIntoBags, rowOfParagraph, toAlignedRows, type Row } from "./align/rows";

export function alignSources(sources: SegmentedSource[], primaryId: string, budget: Budget): AlignedRow[] {
  if (!sources.length) return [];
  let primary = sources.findIndex((s) => s.id === primaryId);
  if (primary < 0) {
    budget.notices.push({ kind: "input", message: `Primary source "${primaryId}" not found; aligned against ${sources[0].name}.` });
    primary = 0;
  }

  const space = buildTermSpace(sources);
  let rows: Row[] = space.paragraphs[primary].map((_, p) => rowOfParagraph(primary, p, space));

  // Each look at the budget pays for a pass over the rows so far.
  const overBudget = () => !budget.work.spend(rows.length + 1);
  const hurried: string[] = [];
  let index: RowIndex | undefined;
  for (let s = 0; s < sources.length; s++) {
    if (s === primary || !sources[s].paragraphs.length) continue;
    const placed = placeSource(rows, s, space, { overBudget, previousIndex: index });
    if (placed.cutShort) hurried.push(sources[s].name);
    rows = placed.rows;
    index = placed.index;
    absorbSourceIntoBags(rows, s, space);
  }
  if (hurried.length) {
    budget.notices.push({
      kind: "budget",
      message:
        `Alignment ran out of its work budget and matched ${hurried.length === 1 ? "one source" : `${hurried.length} sources`} ` +
        `(${hurried.join(", ")}) in reading order only: their moved, split or merged paragraphs may sit in rows of their own.`,
    });
  }
  return toAlignedRows(rows, sources);
}
