/**
 * A source that repeats, word for word and in order, paragraphs the table already holds (wire
 * copies often do) is placed without searching candidates for its paragraphs, when that provably
 * gives what the search would.
 *
 * Why it does: each paragraph scores at least 1 against the row holding its wording as a version
 * (rowSimilarity), and every other row scores clearly below 1: a row none of whose versions has
 * the paragraph's very terms has a version or bag that lacks one of them or holds another, which
 * costs at least a term's weight over a few hundred terms' (far above rounding). So the heaviest
 * chain is exactly the paragraphs on their own rows, when those rows come in the source's order;
 * every paragraph is then placed by the backbone, and no later step reads a placed paragraph's
 * candidates. The search must also have found that row: it reads every posting (RowIndex
 * .readsAllPostings), so the row, having all the paragraph's terms, ranks first, tied only by rows
 * whose bag has them all too; fewer of those than the candidates kept leaves it in the list.
 */
import type { ParagraphTerms } from "./features";
import { THOROUGH_SEARCH, type RowIndex } from "./candidates";
import type { Row } from "./rows";

/** Row of each of the source's paragraphs, when the source is such a copy; else null. */
export function rowsOfVerbatimCopy(terms: ParagraphTerms[], rows: Row[], index: RowIndex): Int32Array | null {
  if (!terms.length) return null;
  // Most sources are no such copy: one of their paragraphs is no row's version, which identity
  // tells before versions are grouped by mass.
  const held = new Set<ParagraphTerms>();
  for (const row of rows) for (const version of row.versions) held.add(version);
  for (const paragraph of terms) if (!held.has(paragraph)) return null;
  // Versions by their mass: equal term sets have equal masses (summed in ascending id order).
  const byMass = new Map<number, Array<{ row: number; version: ParagraphTerms }>>();
  rows.forEach((row, j) => {
    for (const version of row.versions) {
      const list = byMass.get(version.mass);
      if (list) list.push({ row: j, version });
      else byMass.set(version.mass, [{ row: j, version }]);
    }
  });
  const rowOf = new Int32Array(terms.length);
  let previous = -1;
  for (let p = 0; p < terms.length; p++) {
    const row = onlyRowWithVersion(terms[p], byMass);
    if (row <= previous) return null;
    if (!index.readsAllPostings(terms[p], THOROUGH_SEARCH)) return null;
    if (index.rowsHoldingAll(terms[p], row) >= THOROUGH_SEARCH.candidates) return null;
    rowOf[p] = row;
    previous = row;
  }
  return rowOf;
}

/**
 * The one row that holds the paragraph itself as a version and no other row holds a version with
 * the same terms; -1 if there is no such row (or the paragraph has no terms: it scores 0).
 */
function onlyRowWithVersion(paragraph: ParagraphTerms, byMass: Map<number, Array<{ row: number; version: ParagraphTerms }>>): number {
  if (!(paragraph.mass > 0)) return -1;
  let found = -1;
  let itself = false;
  for (const { row, version } of byMass.get(paragraph.mass) ?? []) {
    if (!sameTerms(version.ids, paragraph.ids)) continue;
    if (found >= 0 && found !== row) return -1;
    found = row;
    if (version === paragraph) itself = true;
  }
  return itself ? found : -1;
}

function sameTerms(a: Int32Array, b: Int32Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
