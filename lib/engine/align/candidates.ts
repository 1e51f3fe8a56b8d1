/**
 * Which rows a paragraph might belong to, found through an inverted index (term → rows) instead of
 * comparing every paragraph with every row. Rare terms are looked up first and each lookup is
 * capped, so a pathological input (thousands of identical paragraphs) costs a bounded amount.
 */
import type { ParagraphTerms, TermSpace } from "./features";
import type { Row } from "./rows";
import { comparesVersionByVersion, matchScore, rowSimilarity, type Comparable, type TermBag, type TermCounts } from "./similarity";

/** How much work finding one paragraph's candidate rows may take. */
export interface SearchEffort {
  /** Rows kept after the cheap shared-weight ranking; each gets an exact score. */
  candidates: number;
  /** Rows read from one term's posting list. */
  postingsPerTerm: number;
  /** Postings read for the paragraph in all. */
  postings: number;
  /** Whether the exact score also compares the row's versions one by one (rowSimilarity). */
  versions: boolean;
}

export const THOROUGH_SEARCH: SearchEffort = { candidates: 8, postingsPerTerm: 64, postings: 2_000, versions: true };
/** Once the budget is spent: a few candidates, scored against the row's bag only. */
export const HURRIED_SEARCH: SearchEffort = { candidates: 4, postingsPerTerm: 32, postings: 800, versions: false };

export interface Candidate {
  row: number;
  /** The exact score; UNSCORED when it is known to lie below the caller's floor. */
  score: number;
  /**
   * For an unscored candidate: a ceiling on its score, and the row's bag and versions as they were
   * when it was found (while a source is placed, merges replace a row's bag and versions rather
   * than change them; bags grow only after), so that the exact score can still be had on demand
   * (scoreAtLeast), the candidate standing for the row. One object per row left unscored, not a
   * candidate and a copy of the row's pair: a search leaves most of the rows it keeps unscored.
   */
  ceiling?: number;
  bag?: TermBag;
  versions?: ParagraphTerms[];
}

/** A candidate left unscored: it carries the row's bag and versions as found (Candidate.ceiling). */
type UnscoredCandidate = Candidate & Comparable;

function isUnscored(candidate: Candidate): candidate is UnscoredCandidate {
  return candidate.bag !== undefined;
}

/** Scratch not yet made (RowIndex.order). */
const NO_POSITIONS = new Int32Array(0);

/** The versions of a row searched by its bag alone (never added to). */
const NO_VERSIONS: ParagraphTerms[] = [];

/** Below this many rows, a packed (length · 1024 + position) key fits a 32-bit integer. */
const PACKED_INT_ROWS = 2 ** 20;

/** Up to this many rows, candidates() finds the rows it gave weight to by a pass over all of them. */
const SCANNED_ROWS = 512;

/** Rows an extended index packs with a term (term · ROW_SPAN + row, exact in a double). */
const ROW_SPAN = 2 ** 21;

function ascending(a: number, b: number): number {
  return a - b;
}

/** What RowIndex.soleRowHoldingAll answers besides a row. */
export const NOT_KEPT = -1;
export const NO_SOLE_ROW = -2;

/** The score of a candidate left unscored: below every threshold, so sorted last. */
export const UNSCORED = -1;
/**
 * Slack between a ceiling and a score: the ceiling sums the same weights in another order, so it
 * may differ from the exact sums by rounding (far below this).
 */
const CEILING_SLACK = 1e-6;

export class RowIndex {
  /**
   * Term id → rows whose bag has it, ascending: the rows of term `id` are
   * `postings[start[id]] … postings[start[id + 1] - 1]` (the array may run on past
   * `start[vocabulary]`, room for terms to come). Ids are dense, so two flat typed arrays (filled
   * in two passes) beat a list per term.
   */
  private start: Int32Array;
  private postings: Int32Array;
  /** Each row's bag, and how many terms it had, when the postings were last brought up to date. */
  private bags: TermBag[];
  private indexedTerms: Int32Array;
  private shared: Float64Array;
  /** Rows given shared weight for the paragraph being searched (each row once). */
  private touched: Int32Array;
  /** The ids of the paragraph being scored, flagged (see termOverlap); cleared after each. */
  private marks: Uint8Array;
  private keys: Int32Array | Float64Array | undefined;
  /**
   * Scratch for rarestFirst: positions in the paragraph's ids, and a count per posting list length.
   * Made at the first search that needs them, then handed on from index to index: a typed array
   * made per index (one per source) costs a microsecond, its storage being kept off the heap.
   */
  private order = NO_POSITIONS;
  private byLength = NO_POSITIONS;
  /** Scratch of candidates(): the rows kept, their shared weight, what each is scored against, its ceiling, the scoring order. */
  private top: number[] = [];
  private sharedOf: number[] = [];
  private againsts: Comparable[] = [];
  private ceilings: number[] = [];
  private scoringOrder: number[] = [];

  /**
   * `previous`: the index made for the source before, over the same space, which this one takes
   * over (it must not be used after). Between two sources bags only gain terms
   * (absorbSourceIntoBags appends them to `counts.ids`): where every row is where it was with the
   * same bag (a wire copy adds no row and merges none), the new terms' rows are put into the
   * previous postings where they go (extendPostings), which gives the very arrays a build from
   * scratch gives, without making them anew per source. Else they are built from scratch.
   */
  constructor(
    private readonly rows: Row[],
    private readonly space: TermSpace,
    previous?: RowIndex,
  ) {
    if (previous && previous.space === space && rows.length < ROW_SPAN && previous.extendPostings(rows)) {
      ({ start: this.start, postings: this.postings, bags: this.bags, indexedTerms: this.indexedTerms } = previous);
      ({ shared: this.shared, touched: this.touched, marks: this.marks, keys: this.keys, order: this.order, byLength: this.byLength } = previous);
      return;
    }
    this.bags = rows.map((row) => row.bag);
    const indexedTerms = (this.indexedTerms = new Int32Array(rows.length));
    for (let row = 0; row < rows.length; row++) indexedTerms[row] = rows[row].bag.counts.ids.length;
    const start = (this.start = new Int32Array(space.weight.length + 1));
    for (const { bag } of rows) for (const id of bag.counts.ids) start[id + 1]++;
    for (let id = 0; id < space.weight.length; id++) start[id + 1] += start[id];
    const next = start.slice(0, space.weight.length);
    const total = start[space.weight.length];
    // Room for the terms later sources add to the bags (extendPostings).
    const postings = (this.postings = new Int32Array(total + (total >> 3) + 64));
    rows.forEach(({ bag }, row) => {
      for (const id of bag.counts.ids) postings[next[id]++] = row;
    });
    this.shared = new Float64Array(rows.length);
    this.touched = new Int32Array(rows.length);
    this.marks = new Uint8Array(space.weight.length);
  }

  /**
   * Brings the postings up to date with `rows` when they hold this index's bags in its order,
   * putting each term a bag gained since into its term's list in row order; false, changing
   * nothing, when they do not. Lists are moved up from the last, in place, within the array's room.
   */
  private extendPostings(rows: Row[]): boolean {
    const { bags, indexedTerms } = this;
    if (rows.length !== bags.length) return false;
    for (let row = 0; row < rows.length; row++) if (rows[row].bag !== bags[row]) return false;
    // New (term, row) pairs, packed term · ROW_SPAN + row: sorted, by term, then row.
    const added: number[] = [];
    for (let row = 0; row < rows.length; row++) {
      const { ids } = rows[row].bag.counts;
      for (let k = indexedTerms[row]; k < ids.length; k++) added.push(ids[k] * ROW_SPAN + row);
      indexedTerms[row] = ids.length;
    }
    if (!added.length) return true;
    added.sort(ascending);
    const { start } = this;
    const terms = start.length - 1;
    const total = start[terms];
    if (total + added.length > this.postings.length) {
      const wider = new Int32Array(2 * (total + added.length));
      wider.set(this.postings.subarray(0, total));
      this.postings = wider;
    }
    const postings = this.postings;
    // From the end: `read` ends what is still to move, `write` where it goes; they meet below the first term gained.
    let read = total;
    let write = total + added.length;
    let a = added.length - 1;
    let shifted = added.length;
    for (let t = terms; a >= 0; ) {
      const id = Math.floor(added[a] / ROW_SPAN);
      for (; t > id; t--) start[t] += shifted;
      const end = start[id + 1] - shifted; // the term's old end: start[id + 1] has moved already
      postings.copyWithin(write - (read - end), end, read);
      write -= read - end;
      let at = end;
      const first = start[id];
      for (; a >= 0 && added[a] >= id * ROW_SPAN; a--) {
        const row = added[a] - id * ROW_SPAN;
        while (at > first && postings[at - 1] > row) postings[--write] = postings[--at];
        postings[--write] = row;
        shifted--;
      }
      postings.copyWithin(write - (at - first), first, at);
      write -= at - first;
      read = first;
      start[id] += shifted;
      t = id - 1;
    }
    // Every pair is in: nothing below the first term gained moved.
    return true;
  }

  /**
   * Best-scoring rows for a paragraph, best first, scored exactly. `expectedRow` is where the
   * paragraph would sit if the source followed the table's order: among equally good rows (repeated
   * text), and within over-long posting lists, the nearer ones are preferred.
   *
   * With `clearlyBest`, rows are scored by falling ceiling, and a row whose ceiling is clearly
   * below the best score found (by CLEARLY_BELOW), or below the floor, is left out: the list then
   * has the paragraph's best score exactly, and every row it leaves out scores clearly below it
   * (see verbatim-copy.ts for why that may do). Such a list is read for its best pairs alone
   * (until a search without clearlyBest gives the full one), so rows left out are not listed
   * unscored: most rows a search keeps are, and each would be an object made to be dropped.
   */
  candidates(paragraph: ParagraphTerms, expectedRow: number, effort: SearchEffort = THOROUGH_SEARCH, floor = 0, clearlyBest = false): Candidate[] {
    const { weight } = this.space;
    // Rarest terms first (shortest posting lists): they are the most telling and the cheapest,
    // so the postings cap cuts only the least useful lookups.
    const ids = paragraph.ids;
    const n = this.rarestFirst(ids);
    const { order, start, postings } = this;
    let budget = effort.postings;
    // Whether every posting of every term was read: then a row's shared weight is all the weight
    // of the paragraph's terms that the row has, which bounds its score (scoreCeiling).
    let complete = true;
    // The innermost loop of the alignment: its arrays are read from locals, not from `this`.
    const { shared, touched } = this;
    // Over a small table, rows given weight are found afterwards by a pass over all of them: the
    // innermost loop then only adds (noting each row as first met costs a branch per posting).
    const noteRows = this.rows.length > SCANNED_ROWS;
    let touchedCount = 0;
    for (let k = 0; k < n; k++) {
      const id = ids[order[k]];
      const first = start[id];
      const length = start[id + 1] - first;
      const take = Math.min(length, effort.postingsPerTerm, budget);
      if (take < length) complete = false;
      const from = first + (take < length ? windowStart(postings, first, length, expectedRow, take) : 0);
      const termWeight = weight[id];
      if (noteRows) {
        for (let at = from, end = from + take; at < end; at++) {
          const row = postings[at];
          if (shared[row] === 0) touched[touchedCount++] = row;
          shared[row] += termWeight;
        }
      } else {
        for (let at = from, end = from + take; at < end; at++) shared[postings[at]] += termWeight;
      }
      budget -= take;
      if (budget <= 0) {
        if (k < n - 1) complete = false;
        break;
      }
    }
    // (Weights are positive: a row given any has a sum above 0. topRows ranks by a strict order,
    // so the order rows are met in does not change its result.)
    if (!noteRows) for (let row = 0; row < shared.length; row++) if (shared[row] !== 0) touched[touchedCount++] = row;
    // Scratch lists of this index, reused by every search (one per paragraph of every source), which made them anew.
    // (Written by index up to a count: emptying a list by its length gives up its storage.)
    const { top, sharedOf, againsts, ceilings } = this;
    const kept = topRows(touched, touchedCount, effort.candidates, shared, expectedRow, top);
    for (let k = 0; k < kept; k++) sharedOf[k] = shared[top[k]];
    for (let k = 0; k < touchedCount; k++) shared[touched[k]] = 0;
    // The paragraph's ids are flagged only for a row scored version by version (termOverlap):
    // most rows are scored in one walk, which has no use for them.
    const { marks } = this;
    let marked = false;
    for (let k = 0; k < kept; k++) {
      const target = this.rows[top[k]];
      const against: Comparable = effort.versions ? target : { bag: target.bag, versions: NO_VERSIONS };
      againsts[k] = against;
      // Most candidates share a few common words only: their ceiling tells they are below every
      // threshold the caller reads, and their exact score is left until (if ever) it is asked for.
      ceilings[k] = complete ? scoreCeiling(sharedOf[k], paragraph, against, this.space, clearlyBest ? Infinity : floor - CEILING_SLACK) : Infinity;
    }
    // Made at its length (a row each, in scoring order; cut to the rows listed): a list grown by
    // pushing is made again as it grows.
    const scored: Candidate[] = new Array(kept);
    let listed = 0;
    const scoringOrder = clearlyBest && complete ? byFallingCeiling(ceilings, kept, this.scoringOrder) : null;
    let best = -Infinity;
    for (let j = 0; j < kept; j++) {
      const k = scoringOrder ? scoringOrder[j] : j;
      const row = top[k];
      const against = againsts[k];
      const ceiling = ceilings[k];
      if (ceiling < Math.max(floor, best - CLEARLY_BELOW) - CEILING_SLACK) {
        // The row's bag and versions as they are now (a merge replaces them).
        if (!clearlyBest) scored[listed++] = { row, score: UNSCORED, ceiling, bag: against.bag, versions: against.versions };
        continue;
      }
      if (!marked && comparesVersionByVersion(against, this.space)) {
        for (let i = 0; i < ids.length; i++) marks[ids[i]] = 1;
        marked = true;
      }
      const score = rowSimilarity(paragraph, against, this.space, marks);
      if (scoringOrder && score > best) best = score;
      scored[listed++] = { row, score };
    }
    scored.length = listed;
    if (marked) for (let k = 0; k < ids.length; k++) marks[ids[k]] = 0;
    // (The order is a strict one over rows: the order they were scored in does not change it.)
    return sortCandidates(scored, expectedRow);
  }

  /**
   * Whether candidates() would keep `row`, whose bag has every term of the paragraph, among the
   * rows it scores: it reads every posting of every term (no term's list is longer than a lookup
   * may read, and all of them fit the paragraph's postings budget), so the row has the most shared
   * weight there is, tied only by other rows holding every term; fewer of those than the rows kept
   * leave it in. Such rows are all in the shortest list (the row among them): a list no longer
   * than the rows kept needs no count.
   */
  keepsRowHoldingAll(paragraph: ParagraphTerms, row: number, effort: SearchEffort): boolean {
    const { start } = this;
    const { ids } = paragraph;
    const rarest = this.rarestWithinEffort(ids, effort);
    if (rarest < 0) return false;
    if (start[rarest + 1] - start[rarest] <= effort.candidates) return true;
    let others = 0;
    for (let at = start[rarest]; at < start[rarest + 1]; at++) {
      const other = this.postings[at];
      if (other !== row && holdsAll(this.rows[other].bag.counts, ids)) others++;
    }
    return others < effort.candidates;
  }

  /**
   * For a paragraph some row holds as a version: the one row whose bag has every term of it, when
   * one of its terms is in that row's bag alone and keepsRowHoldingAll would keep the row;
   * NOT_KEPT when it would keep no row (a term's or the paragraph's postings exceed what a search
   * reads); else NO_SOLE_ROW. The same walk as keepsRowHoldingAll's.
   */
  soleRowHoldingAll(paragraph: ParagraphTerms, effort: SearchEffort): number {
    const { start } = this;
    const rarest = this.rarestWithinEffort(paragraph.ids, effort);
    if (rarest < 0) return NOT_KEPT;
    return start[rarest + 1] - start[rarest] === 1 ? this.postings[start[rarest]] : NO_SOLE_ROW;
  }

  /**
   * The paragraph's rarest term (the first of the rarest) when a search would read every posting of
   * every term (no list longer than a lookup reads, all within the paragraph's postings budget);
   * -1 when it would not, or the paragraph has no terms.
   */
  private rarestWithinEffort(ids: ArrayLike<number>, effort: SearchEffort): number {
    const { start } = this;
    let total = 0;
    let rarest = -1;
    let rarestLength = Infinity;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k];
      const length = start[id + 1] - start[id];
      if (length > effort.postingsPerTerm) return -1;
      total += length;
      if (length < rarestLength) {
        rarest = id;
        rarestLength = length;
      }
    }
    return total > effort.postings ? -1 : rarest;
  }

  /**
   * The rows whose bag has the paragraph's rarest term (as rarestWithinEffort picks it), ascending;
   * none when a search would not read every posting of its terms, or it has no terms.
   */
  rowsWithRarestTerm(paragraph: ParagraphTerms, effort: SearchEffort): Int32Array {
    const { start } = this;
    const rarest = this.rarestWithinEffort(paragraph.ids, effort);
    return rarest < 0 ? this.postings.subarray(0, 0) : this.postings.subarray(start[rarest], start[rarest + 1]);
  }

  /**
   * Fills `order` with the positions in `ids` of the terms some row has, the shortest posting list
   * first and, among equal lengths, in position order; returns how many. A counting sort by length
   * (lists are never longer than the table, and mostly far shorter), which gives the very order of
   * sorting (length, position); where the longest list dwarfs the paragraph, the sort itself.
   */
  private rarestFirst(ids: Int32Array): number {
    const { start } = this;
    if (this.order.length < ids.length) this.order = new Int32Array(Math.max(ids.length, 64));
    const order = this.order;
    let n = 0;
    let longest = 0;
    for (let k = 0; k < ids.length; k++) {
      const length = start[ids[k] + 1] - start[ids[k]];
      if (!length) continue;
      n++;
      if (length > longest) longest = length;
    }
    if (longest > 4 * ids.length + 64) return this.sortByLength(ids, n);
    if (this.byLength.length < longest + 1) this.byLength = new Int32Array(Math.max(longest + 1, 2 * this.byLength.length));
    // Per length, where its positions go: counted, then summed into starts.
    const next = this.byLength;
    next.fill(0, 0, longest + 1);
    for (let k = 0; k < ids.length; k++) next[start[ids[k] + 1] - start[ids[k]]]++;
    let at = 0;
    for (let length = 1; length <= longest; length++) {
      const count = next[length];
      next[length] = at;
      at += count;
    }
    for (let k = 0; k < ids.length; k++) {
      const length = start[ids[k] + 1] - start[ids[k]];
      if (length) order[next[length]++] = k;
    }
    return n;
  }

  /** rarestFirst by sorting packed (length · 1024 + position) keys. */
  private sortByLength(ids: Int32Array, n: number): number {
    const keys = this.keysFor(ids.length);
    const { start } = this;
    let count = 0;
    for (let k = 0; k < ids.length; k++) {
      const length = start[ids[k] + 1] - start[ids[k]];
      if (length) keys[count++] = length * 1024 + k;
    }
    const sorted = keys.subarray(0, n).sort();
    for (let k = 0; k < n; k++) this.order[k] = sorted[k] % 1024;
    return n;
  }

  /**
   * Scratch for one paragraph's sort keys, reused across paragraphs (a typed array per paragraph
   * costs more to allocate than to fill). 32-bit integers while they fit (a posting list is never
   * longer than the table): they sort faster than doubles and give their position back with a mask.
   */
  private keysFor(size: number): Int32Array | Float64Array {
    if (!this.keys || this.keys.length < size) {
      this.keys = this.rows.length < PACKED_INT_ROWS ? new Int32Array(Math.max(size, 64)) : new Float64Array(Math.max(size, 64));
    }
    return this.keys;
  }
}

function holdsAll(counts: TermCounts, ids: Int32Array): boolean {
  for (const id of ids) if (counts.get(id) === 0) return false;
  return true;
}

/**
 * Best score first; among equals the row nearer where the paragraph is expected, then the earlier.
 * An insertion sort (stable, as Array.prototype.sort is): lists hold at most a few candidates.
 */
function sortCandidates(list: Candidate[], expectedRow: number): Candidate[] {
  for (let i = 1; i < list.length; i++) {
    const item = list[i];
    let at = i;
    while (at > 0 && comesBefore(item, list[at - 1], expectedRow)) {
      list[at] = list[at - 1];
      at--;
    }
    list[at] = item;
  }
  return list;
}

/** Whether `a` sorts strictly before `b` (the comparator the list was once sorted with, negative). */
function comesBefore(a: Candidate, b: Candidate, expectedRow: number): boolean {
  return (b.score - a.score || Math.abs(a.row - expectedRow) - Math.abs(b.row - expectedRow) || a.row - b.row) < 0;
}

/**
 * The highest score a paragraph can reach against a row given `shared`, the weight of its terms the
 * row's bag has (every version's terms are in the bag): each side's share of the other is at most
 * that weight over its own mass, and matchScore only grows with the shares. Once a text's ceiling
 * reaches `least`, that is returned (the caller only asks whether the ceiling is below it).
 */
export function scoreCeiling(shared: number, paragraph: ParagraphTerms, row: Comparable, space: TermSpace, least = Infinity): number {
  const aInB = paragraph.mass ? Math.min(1, shared / paragraph.mass) : 0;
  const aTerms = paragraph.mass / space.meanWeight;
  let ceiling = ceilingAgainst(row.bag.mass, shared, aInB, aTerms, space.meanWeight);
  const { versions } = row;
  for (let v = 0; v < versions.length && ceiling < least; v++) {
    // A text of the same weight has the same ceiling (copies fill most rows' versions).
    if (versions[v].mass === row.bag.mass || (v > 0 && versions[v].mass === versions[v - 1].mass)) continue;
    ceiling = Math.max(ceiling, ceilingAgainst(versions[v].mass, shared, aInB, aTerms, space.meanWeight));
  }
  return ceiling;
}

/** scoreCeiling against one text of the row, of weight `mass`. */
function ceilingAgainst(mass: number, shared: number, aInB: number, aTerms: number, meanWeight: number): number {
  return matchScore({ aInB, bInA: mass ? Math.min(1, shared / mass) : 0, aTerms, bTerms: mass / meanWeight });
}

/**
 * How far below the best score a candidates(…, clearlyBest) row's ceiling must be for the row to
 * be left unscored: far above the rounding of any sum of scores.
 */
const CLEARLY_BELOW = 1e-5;

/** Positions of the ceilings, highest first (the earlier among equals): a few, so an insertion sort. */
function byFallingCeiling(ceilings: number[], count: number, order: number[]): number[] {
  for (let k = 0; k < count; k++) {
    let at = k;
    order[k] = k;
    while (at > 0 && ceilings[order[at - 1]] < ceilings[k]) {
      order[at] = order[at - 1];
      at--;
    }
    order[at] = k;
  }
  return order;
}

/** More shared weight first; among equals the row nearer where the paragraph is expected, then the earlier. */
function isBetterRow(shared: Float64Array, a: number, b: number, expectedRow: number): boolean {
  if (shared[a] !== shared[b]) return shared[a] > shared[b];
  const da = Math.abs(a - expectedRow);
  const db = Math.abs(b - expectedRow);
  return da < db || (da === db && a < b);
}

/**
 * A candidate's score when it is no lower than `least` (else any value no higher): an unscored
 * one is scored only when its ceiling reaches `least`.
 */
export function scoreAtLeast(candidate: Candidate, paragraph: ParagraphTerms, least: number, space: TermSpace): number {
  if (!isUnscored(candidate) || candidate.ceiling! < least - CEILING_SLACK) return candidate.score;
  return rowSimilarity(paragraph, candidate, space);
}

/** The `limit` best of the first `count` rows (isBetterRow), best first, without sorting them all: into `top`, their count returned. */
function topRows(rows: Int32Array, count: number, limit: number, shared: Float64Array, expectedRow: number, top: number[]): number {
  let size = 0;
  for (let k = 0; k < count; k++) {
    const row = rows[k];
    if (size === limit && !isBetterRow(shared, row, top[limit - 1], expectedRow)) continue;
    let at = Math.min(size, limit - 1);
    if (size < limit) top[size++] = row;
    while (at > 0 && isBetterRow(shared, row, top[at - 1], expectedRow)) {
      top[at] = top[at - 1];
      at--;
    }
    top[at] = row;
  }
  return size;
}

/** Start (from `first`) of the `size` postings centred on `row` among the `length` ascending rows at `first`. */
function windowStart(postings: Int32Array, first: number, length: number, row: number, size: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (postings[first + mid] < row) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, Math.min(length - size, lo - (size >> 1)));
}
