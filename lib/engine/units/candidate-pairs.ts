/**
 * Candidate pairs of sentences for the unit aligner, from an inverted index over weighted terms,
 * scored once per pair of distinct *wordings*, listed once per pair of *copy groups*.
 *
 * Copies repeat most sentences word for word (wire copies about 99 %, edited ones most), and two
 * sentences with the same terms score the same against any third: so the index runs over distinct
 * term sets, each wording pair is scored once, and its score goes to every pair of sentences that
 * carry the two wordings. The scores are exactly those of scoring sentence by sentence (the same
 * terms are added in the same order), only without repeating the work per copy.
 *
 * The copies of a wording are joined into one group before the pairs are merged (alignUnits), and
 * every sentence pair of two such groups meets the same two groups when merged: so two groups make
 * one candidate, their first sentence pair, instead of one per sentence pair (fifty copies of each
 * of two wordings are 2,450 pairs). Two groups that already share a source are left out: no merge
 * can join them.
 */
import type { ParagraphTerms, TermSpace } from "../align/features";
import * as similarityOf from "../align/similarity";
import type { Overlap } from "../align/similarity";
import type { Budget } from "../types";
import { ScoreTable } from "./score-table";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the engine worker, CLI and benchmarks run so), and matchScore is called once per pair of wordings.
const { matchScore } = similarityOf;

/** Sentences joined before scoring as copies of one wording (alignUnits' joinCopies): a group's sentences share one terms object. */
export interface CopyGroups {
  /** Per sentence: its group's id, a sentence index (its own, for a sentence without copies). */
  of: Int32Array;
  /** Whether two groups (by id) hold sentences of one source. */
  shareSource(a: number, b: number): boolean;
}

export interface CandidatePairs {
  /**
   * Per two copy groups of no common source that score at least `minScore`, their first pair of
   * sentences (first < second, the first sentence matched), best first (ties: by the first sentence,
   * then the second): pair k is (first[k], second[k]). The sentence pairs of two groups are these
   * groups' other pairs; they all have its score.
   */
  first: Int32Array;
  second: Int32Array;
  /** Sentences before this one were matched (all, unless the work budget ran out): pairs start there. */
  matched: number;
  /**
   * How clearly two sentences make the same statement: their candidate score where they were a
   * candidate pair, else the score of all the terms they share.
   */
  score(a: number, b: number): number;
}

/**
 * `terms` per sentence (identical texts share one `ids` array, as buildTermSpace hands them out);
 * `sourceRank` per sentence; terms found in more than `cap` sentences are not looked up.
 * `copies` (optional): the groups of copies already joined; without, each sentence is a group.
 */
export function candidatePairs(
  terms: ParagraphTerms[],
  sourceRank: Int32Array,
  space: TermSpace,
  cap: number,
  minScore: number,
  budget: Budget,
  copies: CopyGroups = singleSentences(sourceRank),
): CandidatePairs {
  const n = terms.length;
  const startOf = firstSentences(copies.of);
  const { wordingOf, wordings, copiesOf } = wordingsOf(terms, copies.of, startOf);
  const count = wordings.length;
  const { start, postings, sentenceCount } = invertedIndex(wordings, copiesOf, space.weight.length);
  const { weight } = space;

  // Copy groups: per wording, its groups and their first sentences (ascending).
  const { groupsFrom, groups, starts } = copyGroupsOf(wordingOf, count, copies.of, startOf);
  // Two groups make one candidate, their first pair of sentences (a·n + b, a < b), with the entry
  // of `entryScore` holding their wordings' score.
  const keys: number[] = [];
  const entries: number[] = [];
  const emit = (w: number, other: number, entry: number) => {
    for (let a = groupsFrom[w], aEnd = groupsFrom[w + 1]; a < aEnd; a++) {
      // A wording's own groups pair up once each.
      for (let b = other === w ? a + 1 : groupsFrom[other], bEnd = groupsFrom[other + 1]; b < bEnd; b++) {
        if (copies.shareSource(groups[a], groups[b])) continue;
        const x = starts[a];
        const y = starts[b];
        keys.push(x < y ? x * n + y : y * n + x);
        entries.push(entry);
      }
    }
  };

  // The wording pairs scoring at least `minScore`, one entry each: `entryScore`, and the two
  // wordings (`owner` ≤ `partner`). A pair scores the same both ways (the same terms, added in the
  // same order; matchScore is symmetric), so each wording is scanned against itself and the
  // wordings after it only, in order; its pairs are entered by partner, ascending.
  const entryScore: number[] = [];
  const owner: number[] = [];
  const partner: number[] = [];
  const shared = new Float64Array(count);
  const touched = new Int32Array(count);
  const kept = new Int32Array(count);
  const keptScore = new Float64Array(count);
  // Per term: how many wordings scanned so far have it. Wordings are scanned in order, so this is
  // where the one being scanned sits in the term's postings: the later ones follow it.
  const seen = new Int32Array(space.weight.length);
  let scanned = 0;
  const scanWording = (w: number) => {
    const own = wordings[w];
    const ids = own.ids;
    let touchedCount = 0;
    for (let t = 0; t < ids.length; t++) {
      const id = ids[t];
      if (sentenceCount[id] > cap) continue;
      const termWeight = weight[id];
      for (let k = start[id] + seen[id]++, end = start[id + 1]; k < end; k++) {
        const other = postings[k];
        if (shared[other] === 0) touched[touchedCount++] = other;
        shared[other] += termWeight;
      }
    }
    budget.work.spend(touchedCount);
    let keptCount = 0;
    for (let t = 0; t < touchedCount; t++) {
      const other = touched[t];
      const sum = shared[other];
      shared[other] = 0;
      if (!mayReach(sum, own, wordings[other], minScore)) continue;
      const score = scoreOf(sum, own, wordings[other], space);
      if (score < minScore) continue;
      let at = keptCount++;
      for (; at > 0 && kept[at - 1] > other; at--) {
        kept[at] = kept[at - 1];
        keptScore[at] = keptScore[at - 1];
      }
      kept[at] = other;
      keptScore[at] = score;
    }
    for (let k = 0; k < keptCount; k++) {
      const entry = entryScore.length;
      entryScore.push(keptScore[k]);
      owner.push(w);
      partner.push(kept[k]);
      // Listed now rather than when the earlier group's first sentence is reached: bestFirst
      // sorts the pairs fully, and those of sentences the budget leaves unreached are dropped.
      emit(w, kept[k], entry);
    }
  };

  let matched = n;
  for (let i = 0; i < n; i++) {
    if (!budget.work.spend(terms[i].ids.length)) {
      matched = i;
      budget.notices.push({
        kind: "budget",
        message: `Sentence matching ran out of its work budget after ${i.toLocaleString("en-US")} of ${n.toLocaleString("en-US")} sentences; the rest are compared only where they repeat a matched statement.`,
      });
      break;
    }
    // A group's pairs are due once its first sentence is reached: by then its wording and every
    // earlier one are scanned, which finds all its wording's pairs.
    if (startOf[copies.of[i]] === i) while (scanned <= wordingOf[i]) scanWording(scanned++);
  }
  if (matched < n) keepMatched(keys, entries, matched, n);
  const { first, second } = bestFirst(keys, entries, entryScore, n);
  const candidateScore = new PartnerScores(owner, partner, entryScore, count);

  // Full scores are asked of the wordings near one another (omissions, the medoid, reworded
  // pairs): a few to fourteen per wording over 50 copies. Sized so that they seldom grow it.
  const fullScore = new ScoreTable(count * 8);
  const score = (a: number, b: number): number => {
    const x = a < b ? a : b;
    const y = a < b ? b : a;
    if (x < matched && sourceRank[x] !== sourceRank[y]) {
      const known = candidateScore.get(wordingOf[x], wordingOf[y]);
      if (known !== undefined) return known;
    }
    const key = wordingOf[x] * count + wordingOf[y];
    let full = fullScore.get(key);
    if (full === undefined) {
      full = scoreOf(sharedMass(terms[x], terms[y], space.weight), terms[x], terms[y], space);
      fullScore.set(key, full);
    }
    return full;
  };
  return { first, second, matched, score };
}

/**
 * The candidate scores by wording pair, for score(): per wording, its partners in ascending order
 * with their scores, in flat arrays, found by bisection (a few dozen per wording over 50 copies).
 * A hash table of every pair both ways is several times larger and read at random: score() is
 * asked hundreds of thousands of times (unit merging, the medoid, reworded pairs).
 */
class PartnerScores {
  /** The partners of wording `w` are `other[start[w]] … other[start[w + 1] - 1]`, ascending. */
  private readonly start: Int32Array;
  private readonly other: Int32Array;
  private readonly score: Float64Array;

  /**
   * From the wording pairs (`owner` ≤ `partner`, their score by entry), entered owner by owner and
   * each owner's by partner: a wording's list then takes the owners before it, ascending, and
   * then its own partners, ascending.
   */
  constructor(owner: number[], partner: number[], entryScore: number[], count: number) {
    const start = (this.start = new Int32Array(count + 1));
    for (let e = 0; e < owner.length; e++) {
      start[owner[e] + 1]++;
      if (partner[e] !== owner[e]) start[partner[e] + 1]++;
    }
    for (let w = 0; w < count; w++) start[w + 1] += start[w];
    const next = start.slice(0, count);
    const other = (this.other = new Int32Array(start[count]));
    const score = (this.score = new Float64Array(start[count]));
    for (let e = 0; e < owner.length; e++) {
      const a = owner[e];
      const b = partner[e];
      other[next[a]] = b;
      score[next[a]++] = entryScore[e];
      if (a === b) continue;
      other[next[b]] = a;
      score[next[b]++] = entryScore[e];
    }
  }

  /** The score of wordings `w` and `o` if they were candidates, else undefined. */
  get(w: number, o: number): number | undefined {
    const { other } = this;
    let lo = this.start[w];
    let hi = this.start[w + 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (other[mid] < o) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.start[w + 1] && other[lo] === o ? this.score[lo] : undefined;
  }
}

/**
 * The pairs sorted by score (descending), then by first sentence, then by second. Copies give
 * hundreds of thousands of pairs but few distinct scores: a counting sort by score rank, then the
 * few pairs at each score by their key (first · n + second orders them by first, then second). No
 * comparator call per pair.
 */
function bestFirst(keys: number[], entries: number[], entryScore: number[], n: number) {
  const { rank, distinct } = scoreRanks(entryScore);

  const start = new Int32Array(distinct + 1);
  for (const entry of entries) start[rank[entry] + 1]++;
  for (let r = 0; r < distinct; r++) start[r + 1] += start[r];
  const next = start.slice(0, distinct);
  const sorted = new Float64Array(keys.length);
  for (let k = 0; k < keys.length; k++) sorted[next[rank[entries[k]]]++] = keys[k];
  for (let r = 0; r < distinct; r++) sortRun(sorted, start[r], start[r + 1]);
  const first = new Int32Array(keys.length);
  const second = new Int32Array(keys.length);
  for (let k = 0; k < sorted.length; k++) {
    first[k] = Math.floor(sorted[k] / n);
    second[k] = sorted[k] - first[k] * n;
  }
  return { first, second };
}

/** Sorts `values[from … to - 1]` ascending: by insertion while few (most runs), else by the built-in sort. */
function sortRun(values: Float64Array, from: number, to: number): void {
  if (to - from > 16) {
    values.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const value = values[i];
    let at = i;
    for (; at > from && values[at - 1] > value; at--) values[at] = values[at - 1];
    values[at] = value;
  }
}

/**
 * Rank of each entry's score among the distinct scores, best first (equal scores share a rank),
 * and how many distinct scores there are. The entries are put in order of their scores by a radix
 * sort on the scores' bits, which order non-negative doubles as their values do; digits all entries
 * share (the exponent of scores between 0.3 and 1) take no pass.
 */
function scoreRanks(entryScore: number[]): { rank: Int32Array; distinct: number } {
  const count = entryScore.length;
  const rank = new Int32Array(count);
  if (!count) return { rank, distinct: 0 };
  const scores = new Float64Array(count);
  for (let e = 0; e < count; e++) scores[e] = entryScore[e];
  const halves = new Uint32Array(scores.buffer);
  const low = LITTLE_ENDIAN ? 0 : 1;
  let order = new Int32Array(count);
  let next = new Int32Array(count);
  for (let e = 0; e < count; e++) order[e] = e;
  const buckets = new Int32Array(RADIX + 1);
  for (let digit = 0; digit < 64; digit += RADIX_BITS) {
    const half = digit < 32 ? low : 1 - low;
    const shift = digit % 32;
    buckets.fill(0);
    for (let e = 0; e < count; e++) buckets[((halves[2 * e + half] >>> shift) & (RADIX - 1)) + 1]++;
    if (buckets[((halves[half] >>> shift) & (RADIX - 1)) + 1] === count) continue;
    for (let b = 0; b < RADIX; b++) buckets[b + 1] += buckets[b];
    for (let k = 0; k < count; k++) {
      const e = order[k];
      next[buckets[(halves[2 * e + half] >>> shift) & (RADIX - 1)]++] = e;
    }
    [order, next] = [next, order];
  }
  let distinct = 0;
  for (let k = count - 1; k >= 0; k--) {
    if (k === count - 1 || scores[order[k]] !== scores[order[k + 1]]) distinct++;
    rank[order[k]] = distinct - 1;
  }
  return { rank, distinct };
}

const RADIX_BITS = 8;
const RADIX = 1 << RADIX_BITS;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Per copy group (by id), its first sentence; -1 for an id no sentence has. */
function firstSentences(groupOf: Int32Array): Int32Array {
  const startOf = new Int32Array(groupOf.length).fill(-1);
  for (let i = 0; i < groupOf.length; i++) if (startOf[groupOf[i]] < 0) startOf[groupOf[i]] = i;
  return startOf;
}

/**
 * Sentences grouped by their term set: one wording per distinct `ids` array, in order of first use,
 * and how many sentences have it. The copies of a group share their first sentence's terms: only
 * a group's first sentence is looked up (a map read per sentence of every version was most of the
 * cost), and a wording's first use is always one.
 */
function wordingsOf(terms: ParagraphTerms[], groupOf: Int32Array, startOf: Int32Array) {
  const wordingOf = new Int32Array(terms.length);
  const wordings: ParagraphTerms[] = [];
  const copiesOf: number[] = [];
  const byIds = new Map<Int32Array, number>();
  for (let i = 0; i < terms.length; i++) {
    const first = startOf[groupOf[i]];
    let w = first < i ? wordingOf[first] : byIds.get(terms[i].ids);
    if (w === undefined) {
      w = wordings.length;
      byIds.set(terms[i].ids, w);
      wordings.push(terms[i]);
      copiesOf.push(0);
    }
    wordingOf[i] = w;
    copiesOf[w]++;
  }
  return { wordingOf, wordings, copiesOf };
}

/**
 * Per wording w, its copy groups and their first sentences (`startOf`), in order of those
 * (ascending): groups[k] and starts[k] for k from groupsFrom[w] to groupsFrom[w + 1] - 1. Flat
 * arrays filled in two passes, not two lists per wording (every new wording of the copies made
 * two). The copies of a group have one wording.
 */
function copyGroupsOf(wordingOf: Int32Array, count: number, groupOf: Int32Array, startOf: Int32Array) {
  const groupsFrom = new Int32Array(count + 1);
  for (let i = 0; i < groupOf.length; i++) if (startOf[groupOf[i]] === i) groupsFrom[wordingOf[i] + 1]++;
  for (let w = 0; w < count; w++) groupsFrom[w + 1] += groupsFrom[w];
  const next = groupsFrom.slice(0, count);
  const groups = new Int32Array(groupsFrom[count]);
  const starts = new Int32Array(groupsFrom[count]);
  for (let i = 0; i < groupOf.length; i++) {
    if (startOf[groupOf[i]] !== i) continue;
    const at = next[wordingOf[i]]++;
    groups[at] = groupOf[i];
    starts[at] = i;
  }
  return { groupsFrom, groups, starts };
}

/** Each sentence a group of its own: two share a source when the sentences do. */
function singleSentences(sourceRank: Int32Array): CopyGroups {
  return { of: Int32Array.from(sourceRank, (_, i) => i), shareSource: (a, b) => sourceRank[a] === sourceRank[b] };
}

/**
 * Term id → the wordings that have it, ascending: those of term `id` are `postings[start[id]] …
 * postings[start[id + 1] - 1]` (two flat arrays, filled in two passes, rather than a list per term);
 * and how many sentences have each term (what the cap counts).
 */
function invertedIndex(wordings: ParagraphTerms[], copiesOf: number[], vocabulary: number) {
  const start = new Int32Array(vocabulary + 1);
  const sentenceCount = new Int32Array(vocabulary);
  for (let w = 0; w < wordings.length; w++) {
    for (const id of wordings[w].ids) {
      start[id + 1]++;
      sentenceCount[id] += copiesOf[w];
    }
  }
  for (let id = 0; id < vocabulary; id++) start[id + 1] += start[id];
  const next = start.slice(0, vocabulary);
  const postings = new Int32Array(start[vocabulary]);
  for (let w = 0; w < wordings.length; w++) for (const id of wordings[w].ids) postings[next[id]++] = w;
  return { start, postings, sentenceCount };
}

/** Drops the pairs whose first sentence the budget left unreached (`matched` and after). */
function keepMatched(keys: number[], entries: number[], matched: number, n: number): void {
  let kept = 0;
  for (let k = 0; k < keys.length; k++) {
    if (Math.floor(keys[k] / n) >= matched) continue;
    keys[kept] = keys[k];
    entries[kept++] = entries[k];
  }
  keys.length = kept;
  entries.length = kept;
}

/** Slack for rounding between a share and the score made from it (a few units in the last place). */
const ROUNDING_SLACK = 1e-9;

/**
 * Whether two wordings sharing `shared` weight may score `least`. matchScore never exceeds the
 * larger of the two shares (a containment is at most its share, a harmonic mean at most the larger
 * of the two, but for rounding), and the larger share is the shared weight over the smaller mass.
 * Most wordings a scan meets share a few common words only: they are left without a score.
 */
function mayReach(shared: number, a: ParagraphTerms, b: ParagraphTerms, least: number): boolean {
  const smaller = a.mass < b.mass ? a.mass : b.mass;
  return !(smaller > 0) || shared / smaller >= least - ROUNDING_SLACK;
}

function scoreOf(shared: number, a: ParagraphTerms, b: ParagraphTerms, space: TermSpace): number {
  // One overlap filled per call, not one made: matchScore only reads it, and 50 copies ask tens of
  // thousands of pair scores per comparison.
  const o = OVERLAP;
  o.aInB = a.mass ? shared / a.mass : 0;
  o.bInA = b.mass ? shared / b.mass : 0;
  o.aTerms = a.mass / space.meanWeight;
  o.bTerms = b.mass / space.meanWeight;
  return matchScore(o);
}
const OVERLAP: Overlap = { aInB: 0, bInA: 0, aTerms: 0, bTerms: 0 };

function sharedMass(a: ParagraphTerms, b: ParagraphTerms, weight: Float64Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] === b.ids[j]) {
      shared += weight[a.ids[i]];
      i++;
      j++;
    } else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return shared;
}
