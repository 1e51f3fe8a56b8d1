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
import { matchScore } from "../align/similarity";
import type { Budget } from "../types";
import { ScoreTable } from "./score-table";

/** Sentences joined before scoring as copies of one wording (alignUnits' joinCopies). */
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
  const { wordingOf, wordings, copiesOf } = wordingsOf(terms);
  const count = wordings.length;
  const { start, postings, sentenceCount } = invertedIndex(wordings, copiesOf, space.weight.length);
  const { weight } = space;

  // Per wording: the wordings it scores at least `minScore` against, each with the entry of
  // `entryScore` that holds their score (one per wording pair, so that pairs of sentences carry a
  // small entry number). A pair scores the same both ways (the same terms, added in the same order;
  // matchScore is symmetric), so each wording is scanned against itself and the wordings after it
  // only, in order: by then every earlier one has listed it.
  const partners = new PartnerLists(count);
  const entryScore: number[] = [];
  const shared = new Float64Array(count);
  const touched = new Int32Array(count);
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
    for (let t = 0; t < touchedCount; t++) {
      const other = touched[t];
      const sum = shared[other];
      shared[other] = 0;
      if (!mayReach(sum, own, wordings[other], minScore)) continue;
      const score = scoreOf(sum, own, wordings[other], space);
      if (score < minScore) continue;
      const entry = entryScore.length;
      entryScore.push(score);
      partners.add(w, other, entry);
      if (other !== w) partners.add(other, w, entry);
    }
  };
  const scanThrough = (w: number) => {
    while (scanned <= w) scanWording(scanned++);
  };

  // Copy groups as they are found: their first pair (a·n + b) and its wording pair's entry.
  const { startOf, groupsOf, startsOf } = copyGroupsOf(wordingOf, count, copies.of);
  const keys: number[] = [];
  const entries: number[] = [];
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
    // A group is listed from its first sentence, against the groups that start after it: the
    // pair of the two first sentences is then the groups' first pair (no source in common).
    const mine = copies.of[i];
    if (startOf[mine] !== i) continue;
    const w = wordingOf[i];
    scanThrough(w);
    // The order partners are listed in does not matter: bestFirst sorts the pairs fully.
    for (let at = partners.head[w]; at >= 0; at = partners.next[at]) {
      const other = partners.other[at];
      const entry = partners.entry[at];
      const theirs = groupsOf[other];
      const starts = startsOf[other];
      for (let k = firstAfter(starts, i); k < theirs.length; k++) {
        if (copies.shareSource(mine, theirs[k])) continue;
        keys.push(i * n + starts[k]);
        entries.push(entry);
      }
    }
  }
  const { first, second } = bestFirst(keys, entries, entryScore, n);
  const candidateScore = new PartnerScores(partners, entryScore, count);

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

  constructor(partners: PartnerLists, entryScore: number[], count: number) {
    const start = (this.start = new Int32Array(count + 1));
    for (let w = 0; w < count; w++) {
      let length = 0;
      for (let at = partners.head[w]; at >= 0; at = partners.next[at]) length++;
      start[w + 1] = start[w] + length;
    }
    const other = (this.other = new Int32Array(start[count]));
    const score = (this.score = new Float64Array(start[count]));
    for (let w = 0; w < count; w++) {
      let end = start[w];
      for (let at = partners.head[w]; at >= 0; at = partners.next[at]) {
        // Insertion into the sorted run so far (lists are short).
        const o = partners.other[at];
        const value = entryScore[partners.entry[at]];
        let k = end++;
        while (k > start[w] && other[k - 1] > o) {
          other[k] = other[k - 1];
          score[k] = score[k - 1];
          k--;
        }
        other[k] = o;
        score[k] = value;
      }
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
 * hundreds of thousands of pairs but few distinct scores, and pairs come in order of their first
 * sentence: a counting sort by score rank keeps that order, and only the pairs of one sentence at
 * one score are left to sort by their second. No comparator call per pair.
 */
function bestFirst(keys: number[], entries: number[], entryScore: number[], n: number) {
  // Rank of each entry's score among the distinct scores, best first; equal scores share a rank.
  // Copied and ranked in plain loops: typed-array `from` walks an array through its iterator.
  const ascending = new Float64Array(entryScore).sort();
  let distinct = 0;
  for (let k = 0; k < ascending.length; k++) if (k === 0 || ascending[k] !== ascending[distinct - 1]) ascending[distinct++] = ascending[k];
  const rank = new Int32Array(entryScore.length);
  for (let e = 0; e < entryScore.length; e++) rank[e] = distinct - 1 - lastAtMost(ascending, distinct, entryScore[e]);

  const start = new Int32Array(distinct + 1);
  for (const entry of entries) start[rank[entry] + 1]++;
  for (let r = 0; r < distinct; r++) start[r + 1] += start[r];
  const next = start.slice(0, distinct);
  const first = new Int32Array(keys.length);
  const second = new Int32Array(keys.length);
  keys.forEach((key, k) => {
    const at = next[rank[entries[k]]]++;
    first[at] = Math.floor(key / n);
    second[at] = key - first[at] * n;
  });
  for (let r = 0; r < distinct; r++) {
    for (let from = start[r], to = from; from < start[r + 1]; from = to) {
      while (to < start[r + 1] && first[to] === first[from]) to++;
      if (to - from > 1) second.subarray(from, to).sort();
    }
  }
  return { first, second };
}

/** Index of the last of the first `length` (ascending) values that is at most `value`. */
function lastAtMost(sorted: Float64Array, length: number, value: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Sentences grouped by their term set: one wording per distinct `ids` array, in order of first use, and how many sentences have it. */
function wordingsOf(terms: ParagraphTerms[]) {
  const wordingOf = new Int32Array(terms.length);
  const wordings: ParagraphTerms[] = [];
  const copiesOf: number[] = [];
  const byIds = new Map<Int32Array, number>();
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    let w = byIds.get(t.ids);
    if (w === undefined) {
      w = wordings.length;
      byIds.set(t.ids, w);
      wordings.push(t);
      copiesOf.push(0);
    }
    wordingOf[i] = w;
    copiesOf[w]++;
  }
  return { wordingOf, wordings, copiesOf };
}

/**
 * Per copy group (by id), its first sentence; per wording, its copy groups and their first
 * sentences, in order of those (ascending). The copies of a group have one wording.
 */
function copyGroupsOf(wordingOf: Int32Array, count: number, groupOf: Int32Array) {
  const startOf = new Int32Array(groupOf.length).fill(-1);
  const groupsOf: number[][] = [];
  const startsOf: number[][] = [];
  for (let w = 0; w < count; w++) {
    groupsOf.push([]);
    startsOf.push([]);
  }
  for (let i = 0; i < groupOf.length; i++) {
    const group = groupOf[i];
    if (startOf[group] >= 0) continue;
    startOf[group] = i;
    groupsOf[wordingOf[i]].push(group);
    startsOf[wordingOf[i]].push(i);
  }
  return { startOf, groupsOf, startsOf };
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

/**
 * Per wording, its partners (the other wording and their entry) as linked lists in flat arrays:
 * tens of thousands of links over 50 edited copies, an object each in a list per wording otherwise.
 */
class PartnerLists {
  /** First link of each wording, -1 for none; each link's next, -1 at the end. */
  readonly head: Int32Array;
  readonly next: number[] = [];
  readonly other: number[] = [];
  readonly entry: number[] = [];

  constructor(count: number) {
    this.head = new Int32Array(count).fill(-1);
  }

  add(wording: number, other: number, entry: number): void {
    this.next.push(this.head[wording]);
    this.head[wording] = this.other.length;
    this.other.push(other);
    this.entry.push(entry);
  }
}

/** Index of the first entry above `i` in an ascending list. */
function firstAfter(sorted: number[], i: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
  return matchScore({
    aInB: a.mass ? shared / a.mass : 0,
    bInA: b.mass ? shared / b.mass : 0,
    aTerms: a.mass / space.meanWeight,
    bTerms: b.mass / space.meanWeight,
  });
}

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
