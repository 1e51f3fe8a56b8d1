/**
 * A source's paragraphs that repeat, word for word, a paragraph the table already holds (wire
 * copies repeat most of theirs, changing a word here and there) go into the backbone without a
 * search for their candidates, when that provably gives the backbone the search would; only the
 * source's other paragraphs are searched, and for their clearly best rows only.
 *
 * Such a paragraph p scores 1 against the row o(p) holding its wording as a version
 * (rowSimilarity), and every other row scores clearly below 1: a row none of whose versions has
 * the paragraph's very terms has a version or bag that lacks one of them or holds another, which
 * costs at least a term's weight over a few hundred terms' (far above rounding). The search would
 * find o(p) (RowIndex.keepsRowHoldingAll). The source's other paragraphs are searched for their
 * clearly best rows only (RowIndex.candidates with clearlyBest): each gets its best score exactly,
 * and leaves out rows that score clearly below it. So the pairs the backbone gets are those
 * the full search would give, less "extra" pairs, each clearly below its paragraph's best pair.
 *
 * When the chain found without them takes every paragraph at one of its best pairs
 * (takesEveryBestPair), it is the chain the extra pairs would give too. No chain ending before a
 * paragraph q can beat the sum S(q) of the best scores of the paragraphs before q, and a chain
 * through an extra pair falls short of it by that pair's distance below its paragraph's best. The
 * found chain's part before each of its pairs reaches S(q); so wherever heaviestIncreasingChain
 * looks up the best chain before one of its pairs (and at its end), the best is clearly one
 * without extra pairs. Extra pairs change only the totals of pairs whose best chain runs through
 * one (a lower total never displaces a prefix maximum, which keeps the earliest pair reaching it),
 * so each of the found chain's pairs gets the same total and predecessor as without them.
 *
 * Once placed, a paragraph's candidates are read by no later step; for one the backbone leaves
 * unplaced (placeChain may keep another run on its row) the full search is made then, against the
 * very rows and index it would have read before (placing changes cells only, not bags or versions).
 */
import type { ParagraphTerms } from "./features";
import { NOT_KEPT, NO_SOLE_ROW, THOROUGH_SEARCH, type RowIndex } from "./candidates";
import type { ScoredPair } from "./chain";
import type { Row } from "./rows";

/**
 * Row of each of the source's paragraphs that repeats a row's version as above, -1 for the
 * others; null when there is none, or when such paragraphs are not most of the source: an edited
 * copy (a word changed in most paragraphs, some moved, split or merged) is seldom taken at its
 * best pairs, and then searching in full after all costs more than its few copies spare.
 */
export function rowsOfVerbatimParagraphs(terms: ParagraphTerms[], rows: Row[], index: RowIndex): number[] | null {
  // Most paragraphs of a source that is no copy are no row's version, which identity tells
  // before any paragraph's terms are read.
  const held = new Set<ParagraphTerms>();
  for (const row of rows) for (const version of row.versions) held.add(version);
  let copies = 0;
  for (const paragraph of terms) if (held.has(paragraph)) copies++;
  if (2 * copies <= terms.length) return null;
  // A list: a typed array of this size would be kept off the heap, which costs more to make (place-source.ts).
  const rowOf = new Array<number>(terms.length).fill(-1);
  let found = false;
  for (let p = 0; p < terms.length; p++) {
    const paragraph = terms[p];
    if (!held.has(paragraph) || !(paragraph.mass > 0)) continue;
    // A row's bag has every term of its versions, so a row holding a version of the paragraph's
    // terms is among the rows with its rarest term. Most copied paragraphs have a term (a pair of
    // words, mostly) that one row alone has: that row holds the paragraph, no other row can hold
    // a version of the same terms, and the search keeps it.
    const sole = index.soleRowHoldingAll(paragraph, THOROUGH_SEARCH);
    if (sole === NOT_KEPT) continue;
    let row = sole;
    if (row === NO_SOLE_ROW) {
      row = onlyRowWithVersion(paragraph, index.rowsWithRarestTerm(paragraph, THOROUGH_SEARCH), rows);
      if (row < 0 || !index.keepsRowHoldingAll(paragraph, row, THOROUGH_SEARCH)) continue;
    }
    rowOf[p] = row;
    found = true;
  }
  return found ? rowOf : null;
}

/**
 * Whether the chain holds, for every paragraph with a pair, one of that paragraph's best-scoring
 * pairs. `pairs` come paragraph by paragraph (the chain's order).
 */
export function takesEveryBestPair(chain: ScoredPair[], pairs: ScoredPair[]): boolean {
  let c = 0;
  for (let k = 0; k < pairs.length; ) {
    const { paragraph } = pairs[k];
    let best = pairs[k].score;
    for (k++; k < pairs.length && pairs[k].paragraph === paragraph; k++) best = Math.max(best, pairs[k].score);
    while (c < chain.length && chain[c].paragraph < paragraph) c++;
    if (c === chain.length || chain[c].paragraph !== paragraph || chain[c].score !== best) return false;
  }
  return true;
}

/**
 * The one row among `holders` (the rows with the paragraph's rarest term) that holds the
 * paragraph itself as a version while no other row holds a version with the same terms; -1 if
 * there is no such row.
 */
function onlyRowWithVersion(paragraph: ParagraphTerms, holders: Int32Array, rows: Row[]): number {
  let found = -1;
  let itself = false;
  for (let k = 0; k < holders.length; k++) {
    const row = holders[k];
    for (const version of rows[row].versions) {
      if (!sameTerms(version.ids, paragraph.ids)) continue;
      if (found >= 0 && found !== row) return -1;
      found = row;
      if (version === paragraph) itself = true;
    }
  }
  return itself ? found : -1;
}

function sameTerms(a: Int32Array, b: Int32Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
