/**
 * Places one more source's paragraphs into the alignment table built from the sources before it.
 *
 *  1. backbone: the best monotonic set of paragraph ↔ row matches (heaviestIncreasingChain);
 *  2. gaps: between two backbone matches, weaker matches count, since their position agrees;
 *  3. groups: a paragraph split in two in one copy (1:2), two merged (2:1), or split differently (N:M);
 *  4. moved: a paragraph out of order still goes to its counterpart's row when clearly the same;
 *  5. what is left becomes new rows, each after the row holding the source's previous paragraph.
 *
 * Once the budget is spent, steps 2–4 are skipped and candidates are sought with less effort: the
 * result is then monotonic only, never partial.
 */
import { unionOfTerms, type ParagraphTerms, type TermSpace } from "./features";
import { HURRIED_SEARCH, RowIndex, THOROUGH_SEARCH, scoreAtLeast, type Candidate } from "./candidates";
import { heaviestIncreasingChain, type ScoredPair } from "./chain";
import { rowsOfVerbatimParagraphs, takesEveryBestPair } from "./verbatim-copy";
import { addToCell, mergeRowInto, rowOfParagraph, type Row } from "./rows";
import { mergedBag, mergedOverlap, mutualOf, paragraphOverlap, rowContainment, rowSimilarity, termOverlap, type TermBag } from "./similarity";

/**
 * Score thresholds (0…1, see matchScore), read from measurements (align.measure.test.ts): on
 * BASIL, the share of paragraphs whose best match in an article about a *different* event reaches
 * 0.20 is ~1%, 0.30 ~0.15%, 0.35 ~0.03% (within one event: 29%, 15%, 11%). The group settings were
 * set on synthetic versions with split, merged and moved paragraphs (≥ 98.8% placed with their
 * origin at 50 sources).
 */
export const THRESHOLDS = {
  /** A backbone match: rarely reached by chance. */
  anchor: 0.3,
  /** A match between two backbone matches: its position vouches for it, so less is needed. */
  gap: 0.2,
  /** A match out of order: no positional support, so a little more than a backbone match. */
  moved: 0.33,
  /** Share of a split-off piece (or of a merged-in row) that must be found in its partner. */
  groupContainment: 0.5,
  /** How much a group must improve the overlap to be formed. */
  groupGain: 0.05,
  /** The least mutual overlap a merged group of rows must reach: groups are for clear cases. */
  group: 0.5,
};
/** A row never holds more than this many paragraphs of one source: groups stay small. */
export const MAX_GROUP = 4;
/** Gaps up to this many paragraphs × rows are scored exhaustively. */
const DENSE_GAP_CELLS = 144;

export interface PlaceOptions {
  /** True once the comparison's time budget is spent: the remaining steps are then skipped. */
  overBudget: () => boolean;
  /** The index of the table the source before was placed in (Placed.index), which the new one may extend. */
  previousIndex?: RowIndex;
}

export interface Placed {
  rows: Row[];
  /** Whether steps 2–4 were skipped for lack of time. */
  cutShort: boolean;
  /** The index of the table the source was placed in, for the next source's (PlaceOptions.previousIndex). */
  index?: RowIndex;
}

export function placeSource(rows: Row[], source: number, space: TermSpace, options: PlaceOptions): Placed {
  const hurried = options.overBudget();
  const placement = new Placement(rows, source, space, hurried, options.previousIndex);
  placement.backbone();
  const steps = [
    () => placement.fillGaps(),
    () => placement.formGroups(),
    () => placement.placeMoved(),
    () => placement.attachSplits(),
  ];
  let cutShort = hurried;
  for (const step of steps) {
    if (options.overBudget()) {
      cutShort = true;
      break;
    }
    step();
  }
  return { rows: placement.finish(), cutShort, index: placement.index ?? undefined };
}

class Placement {
  /** Row (position in `rows`) of each of the source's paragraphs; -1 while unplaced. */
  private readonly rowOf: number[];
  /** Rows absorbed by a neighbour (2:1 and N:M groups) point to it; others to themselves. */
  private readonly alias: number[];
  private readonly candidates: Candidate[][];
  private readonly terms: ParagraphTerms[];
  /**
   * Row of each paragraph that repeats a row's version word for word, which goes into the backbone
   * without a search (verbatim-copy.ts); -1 for the others. Null when none does (any more).
   */
  private copyRows: number[] | null;
  /** Searches a paragraph's candidate rows in the table as it stands before any merge (RowIndex.candidates). */
  private readonly search: (paragraph: number, clearlyBest?: boolean) => Candidate[];
  readonly index: RowIndex | null;

  constructor(
    private readonly rows: Row[],
    private readonly source: number,
    private readonly space: TermSpace,
    hurried: boolean,
    previousIndex?: RowIndex,
  ) {
    const terms = (this.terms = space.paragraphs[source]);
    // Lists, not typed arrays: a typed array past 64 bytes keeps its storage off the heap, which
    // costs a microsecond to make, and a source makes these anew.
    this.rowOf = new Array<number>(terms.length).fill(-1);
    // Filled in a plain loop: Array.from with a mapping function walks the rows through an iterator and a call each.
    const alias: number[] = (this.alias = new Array<number>(rows.length));
    for (let j = 0; j < alias.length; j++) alias[j] = j;
    const index = (this.index = rows.length ? new RowIndex(rows, space, previousIndex) : null);
    // Where each paragraph would sit if the source kept the table's order.
    const scale = terms.length > 1 ? (rows.length - 1) / (terms.length - 1) : 0;
    const effort = hurried ? HURRIED_SEARCH : THOROUGH_SEARCH;
    // Scores below a backbone match are read only between matches (fillGaps) and by bestFreeScore,
    // which both ask for them on demand.
    this.search = (p, clearlyBest) => (index ? index.candidates(terms[p], Math.round(p * scale), effort, THRESHOLDS.anchor, clearlyBest) : []);
    const copyRows = (this.copyRows = index && !hurried ? rowsOfVerbatimParagraphs(terms, rows, index) : null);
    // Beside copied paragraphs, the backbone needs only each other paragraph's best pairs (verbatim-copy.ts).
    this.candidates = terms.map((_, p) => (!copyRows ? this.search(p) : copyRows[p] >= 0 ? [] : this.search(p, true)));
  }

  backbone(): void {
    const pairs = this.backbonePairs();
    let chain = heaviestIncreasingChain(pairs, this.rows.length);
    // Without the copied paragraphs' other pairs and the others' pairs clearly below their best,
    // the chain is the search's when it takes every paragraph at its best (verbatim-copy.ts); else
    // they are all had after all.
    if (this.copyRows && !takesEveryBestPair(chain, pairs)) {
      this.completeLists(() => true);
      chain = heaviestIncreasingChain(this.backbonePairs(), this.rows.length);
    }
    this.placeChain(chain);
    // Later steps read the candidates of the paragraphs left unplaced; no merge has happened yet.
    if (this.copyRows) this.completeLists((p) => this.rowOf[p] < 0);
  }

  /** The backbone's pairs, paragraph by paragraph: a copied paragraph's is its own row (verbatim-copy.ts). */
  private backbonePairs(): ScoredPair[] {
    const pairs: ScoredPair[] = [];
    const { copyRows } = this;
    this.candidates.forEach((list, paragraph) => {
      if (copyRows && copyRows[paragraph] >= 0) {
        const row = copyRows[paragraph];
        pairs.push({ paragraph, row, score: rowSimilarity(this.terms[paragraph], this.rows[row], this.space) });
        return;
      }
      for (const { row, score } of list) if (score >= THRESHOLDS.anchor) pairs.push({ paragraph, row, score });
    });
    return pairs;
  }

  /**
   * Gives the paragraphs that `which` picks the candidates the search without copies finds, by
   * that search: a copied paragraph has none yet, another only its clearly best rows (the rows
   * and the index are as that search read them: no merge has happened). After it, no paragraph
   * counts as copied.
   */
  private completeLists(which: (paragraph: number) => boolean): void {
    const copyRows = this.copyRows!;
    for (let p = 0; p < copyRows.length; p++) if (which(p)) this.candidates[p] = this.search(p);
    this.copyRows = null;
  }

  /**
   * Places a chain's pairs. Several paragraphs may share a row only as one run of consecutive
   * paragraphs (a split), at most MAX_GROUP long: otherwise the run with the best total is kept.
   */
  private placeChain(chain: ScoredPair[]): void {
    // Rows rising along the chain: each row has one run of one pair, kept where the cell has room.
    if (risesRowByRow(chain)) {
      for (const { paragraph, row } of chain) if (this.cellOf(this.resolve(row)).length < MAX_GROUP) this.place(paragraph, row);
      return;
    }
    const byRow = new Map<number, ScoredPair[][]>();
    for (const pair of chain) {
      const runs = byRow.get(pair.row);
      const last = runs?.[runs.length - 1];
      if (!runs) byRow.set(pair.row, [[pair]]);
      else if (last![last!.length - 1].paragraph === pair.paragraph - 1) last!.push(pair);
      else runs.push([pair]);
    }
    for (const [row, runs] of byRow) {
      const best = runs.reduce((a, b) => (totalScore(b) > totalScore(a) ? b : a));
      const room = MAX_GROUP - this.cellOf(this.resolve(row)).length;
      const kept = best.length <= room ? best : best.slice().sort((a, b) => b.score - a.score).slice(0, Math.max(0, room));
      for (const { paragraph } of kept) this.place(paragraph, row);
    }
  }

  /** Between consecutive placed paragraphs, match the unplaced ones to the free rows in between. */
  fillGaps(): void {
    const anchors: Array<[number, number]> = [[-1, -1]];
    this.rowOf.forEach((row, p) => {
      if (row >= 0) anchors.push([p, row]);
    });
    anchors.push([this.terms.length, this.rows.length]);
    for (let k = 1; k < anchors.length; k++) {
      const [p0, r0] = anchors[k - 1];
      const [p1, r1] = anchors[k];
      if (p1 - p0 < 2 || r1 - r0 < 2) continue;
      const pairs: ScoredPair[] = [];
      if ((p1 - p0 - 1) * (r1 - r0 - 1) <= DENSE_GAP_CELLS) {
        for (let p = p0 + 1; p < p1; p++) {
          for (let r = r0 + 1; r < r1; r++) {
            const score = rowSimilarity(this.terms[p], this.rows[r], this.space);
            if (score >= THRESHOLDS.gap) pairs.push({ paragraph: p, row: r, score });
          }
        }
      } else {
        for (let p = p0 + 1; p < p1; p++) {
          for (const c of this.candidates[p]) {
            if (c.row <= r0 || c.row >= r1) continue;
            const score = scoreAtLeast(c, this.terms[p], THRESHOLDS.gap, this.space);
            if (score >= THRESHOLDS.gap) pairs.push({ paragraph: p, row: c.row, score });
          }
        }
      }
      this.placeChain(heaviestIncreasingChain(pairs, this.rows.length));
    }
  }

  /** N:M, then 2:1 groups among the placed paragraphs, then 1:2 splits of the unplaced ones. */
  formGroups(): void {
    this.mergeCrossingSplits();
    this.mergeRowsCoveredByOneParagraph();
    this.attachSplits();
  }

  /** Two adjacent paragraphs on two adjacent rows that match better taken together (N:M). */
  private mergeCrossingSplits(): void {
    // How well each row's cell covers the row, asked of every row twice (as the row of p and of
    // p + 1); only a merge changes it.
    const cover = new Map<number, number>();
    for (let p = 0; p + 1 < this.terms.length; p++) {
      const r1 = this.rowOf[p];
      const r2 = this.rowOf[p + 1];
      if (r1 < 0 || r2 < 0 || r1 === r2 || this.nextAlive(r1) !== r2) continue;
      const apart = Math.max(this.coverOf(r1, cover), this.coverOf(r2, cover));
      // Mutual overlap never exceeds 1 (but for rounding): past this, no merged bag can gain enough.
      if (apart + THRESHOLDS.groupGain * 2 > 1 + 1e-9 || !this.groupFits(r1, r2)) continue;
      // Scored against the two bags as one without making it (mergedOverlap): most pairs stay apart.
      const together = mutualOf(mergedOverlap(this.unionTerms(this.cellOf(r1).concat(this.cellOf(r2))), this.rows[r1].bag, this.rows[r2].bag, this.space));
      if (together >= THRESHOLDS.group && together >= apart + THRESHOLDS.groupGain * 2) {
        this.mergeRows(r1, r2, mergedBag(this.rows[r1].bag, this.rows[r2].bag, this.space.weight));
        cover.clear();
      }
    }
  }

  /** How well the row's cell covers the row, kept in `cover` until a merge (a method: keepNames transpilers name each closure made). */
  private coverOf(row: number, cover: Map<number, number>): number {
    let value = cover.get(row);
    if (value === undefined) cover.set(row, (value = this.mutual(this.cellOf(row), this.rows[row].bag)));
    return value;
  }

  /** A row the source lacks, next to a placed paragraph that contains it (2:1). */
  private mergeRowsCoveredByOneParagraph(): void {
    for (let p = 0; p < this.terms.length; p++) {
      for (const side of [-1, 1] as const) {
        const row = this.rowOf[p];
        if (row < 0) break;
        const neighbour = side < 0 ? this.previousAlive(row) : this.nextAlive(row);
        if (neighbour < 0 || this.rows[neighbour].cells.has(this.source)) continue;
        if (!this.groupFits(row, neighbour)) continue;
        const cell = this.cellOf(row);
        const covered = paragraphOverlap(this.unionTerms(cell), this.rows[neighbour].bag, this.space).bInA;
        if (covered < THRESHOLDS.groupContainment) continue;
        const together = mutualOf(mergedOverlap(this.unionTerms(cell), this.rows[row].bag, this.rows[neighbour].bag, this.space));
        if (together < THRESHOLDS.group || together < this.mutual(cell, this.rows[row].bag) + THRESHOLDS.groupGain) continue;
        const [first, second] = side < 0 ? [neighbour, row] : [row, neighbour];
        this.mergeRows(first, second, mergedBag(this.rows[row].bag, this.rows[neighbour].bag, this.space.weight));
      }
    }
  }

  /** An unplaced paragraph next to a placed one whose row also contains it (1:2). */
  attachSplits(): void {
    // Forward, then backward: a run of pieces joins a row one neighbour after the other.
    for (let p = 0; p < this.terms.length; p++) this.attachToNeighbour(p);
    for (let p = this.terms.length - 1; p >= 0; p--) this.attachToNeighbour(p);
  }

  private attachToNeighbour(p: number): void {
    if (this.rowOf[p] >= 0) return;
    let best = -1;
    // Next to one of its own paragraphs, any gain will do: the position speaks for it.
    let bestGain = 0;
    for (const q of [p - 1, p + 1]) {
      if (q < 0 || q >= this.terms.length || this.rowOf[q] < 0) continue;
      const row = this.resolve(this.rowOf[q]);
      const gain = this.completion(row, p);
      if (gain > bestGain) {
        best = row;
        bestGain = gain;
      }
    }
    // A clear match of its own elsewhere beats joining a neighbour's row.
    if (best >= 0 && this.bestFreeScore(p) <= rowSimilarity(this.terms[p], this.rows[best], this.space)) this.place(p, best);
  }

  /**
   * Unplaced paragraphs to their clearest row, whatever the order: a row the source lacks, or one
   * where the source's paragraphs cover only part of the row (a merged row; a moved split half).
   */
  placeMoved(): void {
    const offers: ScoredPair[] = [];
    this.rowOf.forEach((row, paragraph) => {
      if (row >= 0) return;
      for (const c of this.candidates[paragraph]) {
        if (c.score >= THRESHOLDS.moved) offers.push({ paragraph, row: c.row, score: c.score });
      }
    });
    offers.sort((a, b) => b.score - a.score || a.paragraph - b.paragraph || a.row - b.row);
    for (const { paragraph, row } of offers) {
      if (this.rowOf[paragraph] >= 0) continue;
      const target = this.resolve(row);
      // A merged row is scored afresh: the offer was made to part of it.
      if (target !== row && rowSimilarity(this.terms[paragraph], this.rows[target], this.space) < THRESHOLDS.moved) continue;
      if (this.rows[target].cells.has(this.source) && this.completion(target, paragraph) < THRESHOLDS.groupGain) continue;
      this.place(paragraph, target);
    }
  }

  /**
   * How much better the source's cell in this row covers the row with the paragraph added; -1
   * when the paragraph is not (mostly) inside the row or the cell is full.
   */
  private completion(row: number, paragraph: number): number {
    const cell = this.cellOf(row);
    if (cell.length >= MAX_GROUP) return -1;
    if (rowContainment(this.terms[paragraph], this.rows[row], this.space) < THRESHOLDS.groupContainment) return -1;
    return this.completionGain(cell, paragraph, row);
  }

  /** The table with this source in it: new rows for what matched nothing. */
  finish(): Row[] {
    const { rows, source, terms, space } = this;
    const after = new Map<Row | null, Row[]>();
    const homeOf = new Map<Row, Row | null>();
    let previous: Row | null = null;
    for (let p = 0; p < terms.length; p++) {
      if (this.rowOf[p] >= 0) {
        previous = rows[this.resolve(this.rowOf[p])];
        continue;
      }
      const row = rowOfParagraph(source, p, space);
      // After the row of the previous paragraph; a run of new rows stays in the source's order.
      const home = previous && homeOf.has(previous) ? homeOf.get(previous)! : previous;
      const list = after.get(home) ?? [];
      if (previous && homeOf.has(previous)) list.splice(list.indexOf(previous) + 1, 0, row);
      else list.unshift(row);
      after.set(home, list);
      homeOf.set(row, home);
      previous = row;
    }
    const table: Row[] = [...(after.get(null) ?? [])];
    rows.forEach((row, j) => {
      if (this.alias[j] !== j) return;
      table.push(row, ...(after.get(row) ?? []));
    });
    return table;
  }

  // ---- helpers ----

  private place(paragraph: number, row: number): void {
    const target = this.resolve(row);
    this.rowOf[paragraph] = target;
    addToCell(this.rows[target], this.source, paragraph);
  }

  private cellOf(row: number): number[] {
    return this.rows[row].cells.get(this.source) ?? [];
  }

  private resolve(row: number): number {
    let r = row;
    while (this.alias[r] !== r) r = this.alias[r];
    return r;
  }

  private nextAlive(row: number): number {
    for (let r = row + 1; r < this.rows.length; r++) if (this.alias[r] === r) return r;
    return -1;
  }

  private previousAlive(row: number): number {
    for (let r = row - 1; r >= 0; r--) if (this.alias[r] === r) return r;
    return -1;
  }

  /** Every source keeps at most MAX_GROUP paragraphs in the merged row. */
  private groupFits(a: number, b: number): boolean {
    for (const [s, cell] of this.rows[a].cells) {
      if (cell.length + (this.rows[b].cells.get(s)?.length ?? 0) > MAX_GROUP) return false;
    }
    for (const [s, cell] of this.rows[b].cells) {
      if (!this.rows[a].cells.has(s) && cell.length > MAX_GROUP) return false;
    }
    return true;
  }

  private mergeRows(first: number, second: number, bag: TermBag): void {
    mergeRowInto(this.rows[first], this.rows[second], bag, this.space);
    this.alias[second] = first;
    this.rowOf.forEach((row, p) => {
      if (row === second) this.rowOf[p] = first;
    });
  }

  /**
   * How much better the cell matches the row with the paragraph added. Measured against the one
   * reference (the row as a whole, or one of its versions) that the extended cell matches best: a
   * row may hold a version of just part of the text besides one of all of it.
   */
  private completionGain(cell: number[], paragraph: number, row: number): number {
    const before = this.unionTerms(cell);
    const after = this.unionTerms(cell.concat(paragraph));
    const { bag, versions } = this.rows[row];
    let bestAfter = mutualOf(paragraphOverlap(after, bag, this.space));
    let gain = bestAfter - mutualOf(paragraphOverlap(before, bag, this.space));
    for (const version of versions) {
      const withIt = mutualOf(termOverlap(after, version, this.space));
      if (withIt <= bestAfter) continue;
      bestAfter = withIt;
      gain = withIt - mutualOf(termOverlap(before, version, this.space));
    }
    return gain;
  }

  /** Mutual overlap (F1 of both containments) of some of this source's paragraphs with a bag. */
  private mutual(paragraphs: number[], bag: TermBag): number {
    return mutualOf(paragraphOverlap(this.unionTerms(paragraphs), bag, this.space));
  }

  private unionTerms(paragraphs: number[]): ParagraphTerms {
    return unionOfTerms(paragraphs.map((p) => this.terms[p]), this.space.weight);
  }

  /** Best score the paragraph has with a row this source has not yet filled. */
  private bestFreeScore(paragraph: number): number {
    let best = 0;
    for (const c of this.candidates[paragraph]) {
      const row = this.resolve(c.row);
      if (this.rows[row].cells.has(this.source)) continue;
      const score = scoreAtLeast(c, this.terms[paragraph], best, this.space);
      if (score > best) best = score;
    }
    return best;
  }
}


function risesRowByRow(chain: ScoredPair[]): boolean {
  for (let k = 1; k < chain.length; k++) if (chain[k].row <= chain[k - 1].row) return false;
  return true;
}

/** A run's summed score (module level: a closure per row would be named per call under keepNames transpilers). */
function totalScore(run: ScoredPair[]): number {
  return run.reduce((sum, pair) => sum + pair.score, 0);
}
