/**
 * Whether a version skips a statement (for omissions.ts): where the statement would stand in that
 * version, between the statements the two versions share either side of it (Anchors), and whether
 * the version says it there in other words instead (RewordingTest). A version that goes straight
 * from the shared statement before to the one after, with no rewording in between, skipped it
 * (SkipTest).
 */
import * as collections from "../collections";
import type { SentenceRef } from "./sentences";
import type { Unit } from "./align-units";
import type { Wordings } from "./wordings";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the engine worker, CLI and benchmarks run so), and this is read per member of every unit.
const { firstAtOrAfter } = collections;

/** A column per source: the sources given, in their order, then any other a unit holds. */
export function sourceColumns(sources: Iterable<string>, units: Unit[]): Map<string, number> {
  const column = new Map<string, number>();
  for (const source of sources) if (!column.has(source)) column.set(source, column.size);
  for (const u of units) for (const m of u.members) if (!column.has(m.source)) column.set(m.source, column.size);
  return column;
}

/**
 * A version skipped a statement when, around the statement's place, it goes straight from the
 * statement before to the statement after (allowing this many sentences of its own in between).
 * With more of its own text there it told that part differently: a rewrite, not a cut.
 */
export const GAP_MAX = 8;

/**
 * Per source t and source s: the sentences of t whose statement s also makes (`at`, in t's order),
 * each with the position of s's first sentence for it (`there`). Two number lists rather than a
 * pair object per entry, and built for a pair of sources only when it is first asked about, from
 * one table of each unit's first sentence per source: 50 copies make hundreds of thousands of
 * entries, and units of dozens of members.
 */
export class Anchors {
  private readonly column: Map<string, number>;
  /** Unit × source column → the position of the source's first sentence in the unit, or -1. */
  private readonly first: Int32Array;
  private readonly built = new Map<number, { at: number[]; there: number[] }>();

  constructor(
    private readonly bySource: Map<string, SentenceRef[]>,
    /** Per source, the unit of each of its sentences in reading order (unitsBySource): read for every other source it is paired with. */
    private readonly unitAt: Map<string, Int32Array>,
    units: Unit[],
  ) {
    this.column = sourceColumns(bySource.keys(), units);
    const width = this.column.size;
    this.first = new Int32Array(units.length * width).fill(-1);
    // Members come in source order, then reading order: the first met is the source's first.
    units.forEach((u, k) => {
      for (const m of u.members) {
        const at = k * width + this.column.get(m.source)!;
        if (this.first[at] < 0) this.first[at] = m.order;
      }
    });
  }

  /**
   * The shared statements of t just before and just after its sentence `m` (as `of` lists them:
   * positions in t's reading order and of s's first sentence for each), found by stepping outwards
   * from m. Copies share their neighbouring statements, so this takes a step or two where `of`
   * lists all of t for every s asked about; undefined when either side is not settled within
   * NEAR_STEPS steps (the caller then reads `of`, which gives the very same answer).
   */
  near(m: SentenceRef, s: string): Neighbours | undefined {
    const placed = this.place(m);
    const sc = this.column.get(s);
    if (!placed || sc === undefined || placed.column === sc) return NO_NEIGHBOURS;
    return this.nearPlaced(placed, sc);
  }

  /** The column of a source; undefined for one neither given nor in a unit. */
  columnOf(source: string): number | undefined {
    return this.column.get(source);
  }

  /** Where near() starts from for m, whichever version it is asked about; undefined where it finds no neighbours for any. */
  place(m: SentenceRef): Placed | undefined {
    const column = this.column.get(m.source);
    const list = this.bySource.get(m.source);
    if (column === undefined || !list) return undefined;
    // m's place in t: where the binary search over `of`'s positions would land.
    const here = list[m.order] === m ? m.order : firstAtOrAfter(list, readingOrder, m.order);
    return { column, list, units: this.unitAt.get(m.source)!, here };
  }

  /** near() for a sentence placed so, asked about the source of column sc (not its own). */
  nearPlaced({ list, units, here }: Placed, sc: number, into?: Neighbours): Neighbours | undefined {
    const width = this.column.size;
    let before = -1;
    for (let k = here - 1; ; k--) {
      if (k < 0) return NO_NEIGHBOURS;
      if (here - k > NEAR_STEPS) return undefined;
      if (this.first[units[k] * width + sc] >= 0) {
        before = k;
        break;
      }
    }
    let after = -1;
    for (let k = here; k < list.length; k++) {
      if (k - here >= NEAR_STEPS) return undefined;
      if (this.first[units[k] * width + sc] >= 0) {
        after = k;
        break;
      }
    }
    const near = into ?? { beforeAt: -1, beforeThere: -1, afterThere: -1 };
    near.beforeAt = list[before].order;
    near.beforeThere = this.first[units[before] * width + sc];
    near.afterThere = after < 0 ? -1 : this.first[units[after] * width + sc];
    return near;
  }

  /** See Anchors; undefined when t has no sentences or s is t. */
  of(t: string, s: string): { at: number[]; there: number[] } | undefined {
    const tc = this.column.get(t);
    const sc = this.column.get(s);
    const list = this.bySource.get(t);
    if (tc === undefined || sc === undefined || tc === sc || !list) return undefined;
    const key = tc * this.column.size + sc;
    let lists = this.built.get(key);
    if (!lists) {
      const at: number[] = [];
      const there: number[] = [];
      const width = this.column.size;
      const units = this.unitAt.get(t)!;
      for (let k = 0; k < list.length; k++) {
        const position = this.first[units[k] * width + sc];
        if (position < 0) continue;
        at.push(list[k].order);
        there.push(position);
      }
      lists = { at, there };
      this.built.set(key, lists);
    }
    return lists;
  }
}

/** A sentence as Anchors.near starts from it: its source's column, list and units by position, and its own position there. */
interface Placed {
  column: number;
  list: SentenceRef[];
  units: Int32Array;
  here: number;
}

/**
 * A version rewrote rather than dropped a statement when, in the stretch where it would stand, it
 * has a sentence that says at least this much of it: looser than the aligner's bar, because the
 * place is already known.
 */
export const REWORDED_MIN = 0.2;

/**
 * Whether one sentence says at least REWORDED_MIN of another, remembered per pair of wordings
 * while omissions go through one unit's members: a dropped sentence is held against every
 * version's copy of the one that replaced it. The aligner's score of a pair depends on more than
 * its two wordings (candidate-pairs: the candidate score where the pair was listed by a sentence
 * the work budget reached, else the score of all shared terms), but not across this bar: a listed
 * score is at least PAIR_MIN, above REWORDED_MIN, and the score of all shared terms is never below
 * it (the same masses, more shared weight), so either clears the bar exactly when the score of all
 * shared terms does.
 */
export class RewordingTest {
  /** Per wording, its number among the wordings of the unit in hand (-1: none yet). */
  private readonly local: Int32Array;
  /** The unit's wordings by their number there. */
  private readonly ofUnit: number[] = [];
  /** Per wording of the unit (by its number there) × wording of another version: UNKNOWN, REWORDED or NOT_REWORDED. */
  private verdicts = new Uint8Array(0);
  /** Verdicts set for the unit in hand, cleared when the next begins. */
  private readonly set: number[] = [];

  constructor(
    private readonly wordings: Wordings,
    private readonly similarity: (a: SentenceRef, b: SentenceRef) => number,
  ) {
    this.local = new Int32Array(wordings.count).fill(-1);
  }

  /**
   * Forgets the unit before. A wording's pairs are asked while its unit is gone through (copies
   * of a wording are one unit's members), so verdicts kept per unit are as good as kept for all,
   * and a unit's few wordings × the versions' wordings make a small table read straight by index,
   * where a table of every pair asked spreads its look-ups over megabytes.
   */
  beginUnit(): void {
    for (const at of this.set) this.verdicts[at] = UNKNOWN;
    this.set.length = 0;
    for (const wording of this.ofUnit) this.local[wording] = -1;
    this.ofUnit.length = 0;
  }

  /** Where the verdicts on wording `wording` of the unit in hand start; -1 for a sentence not numbered. */
  rowOf(wording: number): number {
    if (wording < 0) return -1;
    let k = this.local[wording];
    if (k < 0) {
      k = this.local[wording] = this.ofUnit.length;
      this.ofUnit.push(wording);
      const size = (k + 1) * this.wordings.count;
      if (this.verdicts.length < size) {
        const grown = new Uint8Array(Math.max(size, 2 * this.verdicts.length));
        grown.set(this.verdicts);
        this.verdicts = grown;
      }
    }
    return k * this.wordings.count;
  }

  /** The verdict known on a sentence of row `row` and one of wording `other`: UNKNOWN when not yet asked. */
  known(row: number, other: number): number {
    return row < 0 || other < 0 ? UNKNOWN : this.verdicts[row + other];
  }

  /** Whether `b` (of wording `other`) says enough of `a` (of row `row`) to be its rewording. */
  holds(a: SentenceRef, row: number, b: SentenceRef, other: number): boolean {
    const reworded = this.similarity(a, b) >= REWORDED_MIN;
    if (row >= 0 && other >= 0) {
      this.verdicts[row + other] = reworded ? REWORDED : NOT_REWORDED;
      this.set.push(row + other);
    }
    return reworded;
  }
}
const UNKNOWN = 0;
const REWORDED = 1;
const NOT_REWORDED = 2;

/**
 * Whether a sentence of the stretch says enough of m's statement (its verdicts at `row`) to be its
 * rewording. The verdicts already known are read first: one that holds settles the question
 * without scoring a pair. Then the pairs are scored outwards from `expected`, where m would stand
 * (as far after the shared statement before it as in its own version): a rewording is most often
 * there, and any one that holds settles the question.
 */
function rewordedIn(m: SentenceRef, row: number, gap: { from: number; to: number }, expected: number, sSentences: SentenceRef[], sWordings: Int32Array, test: RewordingTest): boolean {
  let unknown = false;
  for (let i = gap.from; i < gap.to; i++) {
    const verdict = test.known(row, sWordings[i]);
    if (verdict === REWORDED) return true;
    if (verdict === UNKNOWN) unknown = true;
  }
  if (!unknown) return false;
  const middle = Math.min(Math.max(expected, gap.from), gap.to - 1);
  for (let step = 0; middle - step >= gap.from || middle + step < gap.to; step++) {
    const before = middle - step;
    if (before >= gap.from && test.known(row, sWordings[before]) === UNKNOWN && test.holds(m, row, sSentences[before], sWordings[before])) return true;
    const after = middle + step;
    if (step > 0 && after < gap.to && test.known(row, sWordings[after]) === UNKNOWN && test.holds(m, row, sSentences[after], sWordings[after])) return true;
  }
  return false;
}

/**
 * Whether a version tells the story on both sides of one of a unit's members' statement and skips
 * it (rather than rewording it), asked of one unit's members against version after version: where
 * each member sits in its own version, and its wording, are found once per unit, not once per
 * version asked about. Copies give a unit many members of one wording, whose stretches in a version
 * are mostly the same; whether a stretch rewords a member depends on their wordings alone (see
 * RewordingTest), so a member with the wording and stretch of one already found reworded there is
 * reworded there too and is not asked again.
 */
export class SkipTest {
  private members: SentenceRef[] = [];
  /** Per member: where Anchors.near starts from (undefined: no neighbours in any version), and its verdict row. */
  private readonly placed: Array<Placed | undefined> = [];
  private readonly rows: number[] = [];
  /**
   * Where skippedBy writes each member's neighbours and stretch, read before the next member's:
   * it asks of every member against every version that lacks a unit, and allocates nothing per ask.
   */
  private readonly near: Neighbours = { beforeAt: -1, beforeThere: -1, afterThere: -1 };
  private readonly gap = { from: 0, to: 0 };
  /** Verdict rows and stretches (from, to) found reworded in the version asked about. */
  private readonly reworded: number[] = [];

  /** Per version asked about (by its place in `versions`): its column in the anchors' tables (-1: none), its sentences and their wordings. */
  private readonly columns: number[] = [];
  private readonly lists: SentenceRef[][] = [];
  private readonly wordingsAt: Int32Array[] = [];

  constructor(
    private readonly anchors: Anchors,
    bySource: Map<string, SentenceRef[]>,
    private readonly versions: string[],
    private readonly wordings: Wordings,
    private readonly rewording: RewordingTest,
  ) {
    for (const s of versions) {
      this.columns.push(anchors.columnOf(s) ?? -1);
      this.lists.push(bySource.get(s) ?? []);
      this.wordingsAt.push(wordings.at(s));
    }
  }

  beginUnit(members: SentenceRef[]): void {
    this.rewording.beginUnit();
    this.members = members;
    this.placed.length = 0;
    this.rows.length = 0;
    for (const m of members) {
      this.placed.push(this.anchors.place(m));
      this.rows.push(this.rewording.rowOf(this.wordings.of(m)));
    }
  }

  /** Whether version `versions[v]` skips the statement of the unit begun. */
  skippedBy(v: number): boolean {
    const sc = this.columns[v];
    if (sc < 0) return false;
    const s = this.versions[v];
    const sSentences = this.lists[v];
    const sWordings = this.wordingsAt[v];
    let found = 0;
    for (let k = 0; k < this.members.length; k++) {
      const placed = this.placed[k];
      if (!placed || placed.column === sc) continue;
      const m = this.members[k];
      const near = this.anchors.nearPlaced(placed, sc, this.near) ?? listedNeighbours(this.anchors, m, s);
      const gap = gapIn(near, m, placed.list.length, sSentences.length, this.gap);
      if (!gap) continue;
      const row = this.rows[k];
      if (row >= 0 && this.foundAmong(row, gap, found)) continue;
      if (!rewordedIn(m, row, gap, gap.from + m.order - near.beforeAt - 1, sSentences, sWordings, this.rewording)) return true;
      if (row < 0) continue;
      this.reworded[found++] = row;
      this.reworded[found++] = gap.from;
      this.reworded[found++] = gap.to;
    }
    return false;
  }

  /** Whether this verdict row was found reworded in this stretch, among the first `found` entries of `reworded`. */
  private foundAmong(row: number, gap: { from: number; to: number }, found: number): boolean {
    const reworded = this.reworded;
    for (let k = 0; k < found; k += 3) if (reworded[k] === row && reworded[k + 1] === gap.from && reworded[k + 2] === gap.to) return true;
    return false;
  }
}

/**
 * Where a statement would sit in another version past their last shared one is only an estimate
 * from the two lengths: this share of that version's length, and at most TAIL_LEEWAY_MAX
 * sentences, is leeway, so a version that closes a sentence or two sooner (a shorter last
 * paragraph) still covers the story's end, while one that stops well short does not.
 */
export const TAIL_LEEWAY = 0.2;
export const TAIL_LEEWAY_MAX = 2;

/** The stretch of a version (sentence positions from…to, written into `into`) between its statements either side of `m` (`near`: Anchors.near's answer). */
function gapIn(near: Neighbours, m: SentenceRef, tLength: number, sLength: number, into: { from: number; to: number }): { from: number; to: number } | undefined {
  if (near === NO_NEIGHBOURS) return undefined;
  const { beforeAt, beforeThere, afterThere } = near;
  if (afterThere >= 0) {
    if (afterThere <= beforeThere || afterThere - beforeThere - 1 > GAP_MAX) return undefined;
    into.from = beforeThere + 1;
    into.to = afterThere;
    return into;
  }
  // Past the last statement the two share: `s` covers this part when its own text goes on at
  // least as far (in proportion to the two lengths) as `t` goes to reach the statement. A version
  // whose excerpt ends there does not omit what lies beyond its end.
  const expected = ((m.order - beforeAt) * sLength) / tLength;
  const room = sLength - 1 - beforeThere;
  if (room + Math.min(TAIL_LEEWAY_MAX, TAIL_LEEWAY * sLength) < expected) return undefined;
  into.from = beforeThere + 1;
  into.to = Math.min(sLength, beforeThere + 1 + Math.ceil(expected) + GAP_MAX);
  return into;
}

/**
 * The shared statements either side of m (see Anchors.near): t's position of the one before and
 * s's positions of both (afterThere -1 where none follows). NO_NEIGHBOURS when none precedes m:
 * then s does not tell the story on both sides of it.
 */
export interface Neighbours {
  beforeAt: number;
  beforeThere: number;
  afterThere: number;
}
const NO_NEIGHBOURS: Neighbours = { beforeAt: -1, beforeThere: -1, afterThere: -1 };
/** Steps Anchors.near takes either way before it leaves the question to the lists. */
const NEAR_STEPS = 16;

/** Anchors.near's answer read from the lists of `of`, by binary search. */
export function listedNeighbours(anchors: Anchors, m: SentenceRef, s: string): Neighbours {
  const lists = anchors.of(m.source, s);
  if (!lists?.at.length) return NO_NEIGHBOURS;
  const { at, there } = lists;
  const lo = firstAtOrAfter(at, position, m.order);
  // The shared statements just before and just after m, where there are such.
  const before = lo - 1;
  if (before < 0) return NO_NEIGHBOURS;
  return { beforeAt: at[before], beforeThere: there[before], afterThere: lo < at.length ? there[lo] : -1 };
}

/** A sentence's place in its source's reading order. Module level: no closure per call. */
const readingOrder = (s: SentenceRef) => s.order;
const position = (n: number) => n;
