/**
 * The alignment table while it is being built: rows in reading order, each holding, per source,
 * the indices of that source's paragraphs that say this, plus the row's term bag (what all of its
 * versions say, for matching the next source against).
 */
import type { AlignedRow, SegmentedSource } from "../types";
import { unionOfTerms, type ParagraphTerms, type TermSpace } from "./features";
import { addToBag, bagOf, type TermBag } from "./similarity";

/** Versions of a row a paragraph is compared with one by one; past this, the bag speaks for them. */
export const MAX_VERSIONS = 4;

export interface Row {
  /** Source index → paragraph indices in that source's order. */
  cells: Map<number, number[]>;
  /** Terms of all versions, counted by how many versions have them. */
  bag: TermBag;
  /** Each source's cell as one text, for the first MAX_VERSIONS sources placed in the row. */
  versions: ParagraphTerms[];
}

export function rowOfParagraph(source: number, paragraph: number, space: TermSpace): Row {
  const terms = space.paragraphs[source][paragraph];
  return { cells: new Map([[source, [paragraph]]]), bag: bagOf([terms], space), versions: [terms] };
}

export function refreshVersions(row: Row, space: TermSpace): void {
  // A new list, not the old one emptied: a candidate left unscored keeps the versions it was found with.
  const versions: ParagraphTerms[] = [];
  for (const [source, cell] of row.cells) {
    if (versions.length >= MAX_VERSIONS) break;
    const paragraphs = space.paragraphs[source];
    // Most cells hold one paragraph, its terms as they are (unionOfTerms of one): no list made for it.
    versions.push(cell.length === 1 ? paragraphs[cell[0]] : unionOfTerms(cell.map((p) => paragraphs[p]), space.weight));
  }
  row.versions = versions;
}

/** Puts a source's paragraph into a row's cell, keeping the cell in the source's order. */
export function addToCell(row: Row, source: number, paragraph: number): void {
  const cell = row.cells.get(source);
  if (!cell) {
    row.cells.set(source, [paragraph]);
    return;
  }
  cell.push(paragraph);
  cell.sort((a, b) => a - b);
}

/** After a source is placed, its paragraphs join the bags the next sources are matched against. */
export function absorbSourceIntoBags(rows: Row[], source: number, space: TermSpace): void {
  for (const row of rows) {
    const cell = row.cells.get(source);
    if (!cell) continue;
    // A row made from this source's paragraph already has it in its bag.
    if (row.cells.size === 1) continue;
    addToBag(row.bag, cell.map((p) => space.paragraphs[source][p]), space.weight);
    if (isVersionOf(row, source)) refreshVersions(row, space);
  }
}

/**
 * Whether the source's cell is one of the row's versions (the first MAX_VERSIONS cells). Placing a
 * source changes only its own cells (a merge of rows refreshes them itself), so a row whose
 * versions are full with other sources' cells keeps them as they are.
 */
export function isVersionOf(row: Row, source: number): boolean {
  let k = 0;
  for (const s of row.cells.keys()) {
    if (s === source) return true;
    if (++k >= MAX_VERSIONS) return false;
  }
  return false;
}

/** `target` takes in `absorbed` (a 2:1 or N:M group): every source's paragraphs, in each source's order. */
export function mergeRowInto(target: Row, absorbed: Row, mergedBag: TermBag, space: TermSpace): void {
  for (const [source, paragraphs] of absorbed.cells) {
    for (const p of paragraphs) addToCell(target, source, p);
  }
  target.bag = mergedBag;
  refreshVersions(target, space);
}

export function toAlignedRows(rows: Row[], sources: SegmentedSource[]): AlignedRow[] {
  const out: AlignedRow[] = [];
  for (const row of rows) {
    const cells: Record<string, string[]> = {};
    let filled = 0;
    // Sources in input order, so equal inputs give byte-identical reports. Cells mostly come in it
    // already: a row's cells are then read as they stand, without a list of its sources to sort.
    for (const s of inInputOrder(row.cells)) {
      const cell = row.cells.get(s)!;
      if (!cell.length) continue;
      const ids: string[] = new Array(cell.length);
      for (let k = 0; k < cell.length; k++) ids[k] = sources[s].paragraphs[cell[k]].id;
      cells[sources[s].id] = ids;
      filled++;
    }
    if (filled) out.push({ cells });
  }
  return out;
}

/** The sources of a row's cells, ascending. */
function inInputOrder(cells: Map<number, number[]>): Iterable<number> {
  let previous = -1;
  for (const s of cells.keys()) {
    if (s < previous) return Array.from(cells.keys()).sort((a, b) => a - b);
    previous = s;
  }
  return cells.keys();
}
