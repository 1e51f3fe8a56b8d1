/**
 * ALIGN (sentences, all versions at once): groups the sentences of every version into units, each
 * unit one statement as the versions make it — copied, edited, reworded, split in two or merged.
 *
 * Symmetric by construction: candidate pairs come from an inverted index over weighted content terms
 * (never all pairs of all sources), every pair is scored the same way whichever source it comes
 * from, and pairs are merged best-first into units that hold at most one sentence per source (plus
 * the halves of a split). The caller hands the sources in a canonical order, so ties — the only
 * place where order could matter — are broken the same way whatever order the editor uploaded in.
 */
import { buildTermSpace, type ParagraphTerms, type TermSpace } from "../align/features";
import { matchScore } from "../align/similarity";
import type { Budget, SegmentedSource } from "../types";
import type { SentenceRef } from "./sentences";


export interface Unit {
  /** Sentences of the statement, in canonical source order, then reading order. */
  members: SentenceRef[];
}

/** A pair of sentences below this score is not the same statement. */
export const PAIR_MIN = 0.3;
/** Two groups merge only when their members match this well on average (single links chain). */
export const LINK_MIN = 0.2;
/** A neighbouring sentence joins its neighbour's unit (a split) when this much of it is found there. */
export const SPLIT_MIN = 0.6;
/**
 * Terms found in more sentences than this say little about which statement a sentence makes and
 * would make the index quadratic; each statement has one sentence per version, hence the scale.
 */
const postingCap = (sources: number) => 3 * sources + 12;

export interface Alignment {
  units: Unit[];
  /** 0…1: how clearly two sentences make the same statement (the score units were built from). */
  similarity: (a: SentenceRef, b: SentenceRef) => number;
}

export function alignUnits(bySource: SentenceRef[][], budget: Budget): Alignment {
  const sentences = bySource.flat();
  const n = sentences.length;
  if (!n) return { units: [], similarity: () => 0 };
  const space = termSpaceOf(bySource);
  const terms = space.paragraphs.flat();
  const sourceRank = new Int32Array(n);
  let g = 0;
  bySource.forEach((list, k) => list.forEach(() => (sourceRank[g++] = k)));

  const pairs = candidatePairs(terms, sourceRank, space, postingCap(bySource.length), budget);
  const groups = clusterPairs(pairs, n, sourceRank, (a, b) => pairScore(pairs, a, b, terms, space));
  attachSplits(groups, sentences, sourceRank, terms, space);

  const units: Unit[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const root = groups.find(i);
    if (seen.has(root)) continue;
    seen.add(root);
    units.push({ members: groups.members(root).sort((a, b) => a - b).map((k) => sentences[k]) });
  }
  const length = new Map(bySource.map((list) => [list[0]?.source, list.length] as const));
  const position = (u: Unit) => u.members.reduce((sum, s) => sum + (s.order + 0.5) / (length.get(s.source) ?? 1), 0) / u.members.length;
  const keyed = units.map((u, i) => ({ u, at: position(u), i }));
  keyed.sort((a, b) => a.at - b.at || a.i - b.i);
  const index = new Map(sentences.map((s, i) => [s.id, i]));
  const similarity = (a: SentenceRef, b: SentenceRef) => pairScore(pairs, index.get(a.id)!, index.get(b.id)!, terms, space);
  return { units: keyed.map((k) => k.u), similarity };
}

function termSpaceOf(bySource: SentenceRef[][]): TermSpace {
  const pseudo: SegmentedSource[] = bySource.map((list, k) => ({
    id: String(k),
    name: String(k),
    paragraphs: list.map((s) => ({ id: s.id, text: s.text, sentences: [] })),
  }));
  return buildTermSpace(pseudo);
}

interface Pair {
  a: number;
  b: number;
  score: number;
}

interface Pairs {
  list: Pair[];
  score: Map<number, number>;
  n: number;
}

function candidatePairs(terms: ParagraphTerms[], sourceRank: Int32Array, space: TermSpace, cap: number, budget: Budget): Pairs {
  const n = terms.length;
  const postings = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    for (const id of terms[i].ids) {
      const list = postings.get(id);
      if (list) list.push(i);
      else postings.set(id, [i]);
    }
  }
  const shared = new Float64Array(n);
  const touched: number[] = [];
  const list: Pair[] = [];
  const score = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (!budget.work.spend(terms[i].ids.length)) {
      budget.notices.push({
        kind: "budget",
        message: `Sentence matching ran out of its work budget after ${i.toLocaleString("en-US")} of ${n.toLocaleString("en-US")} sentences; the rest are compared only where they repeat a matched statement.`,
      });
      break;
    }
    for (const id of terms[i].ids) {
      const posting = postings.get(id)!;
      if (posting.length > cap) continue;
      const w = space.weight[id];
      for (const j of posting) {
        if (j <= i || sourceRank[j] === sourceRank[i]) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j] += w;
      }
    }
    budget.work.spend(touched.length);
    touched.sort((x, y) => x - y);
    for (const j of touched) {
      const s = scoreOf(shared[j], terms[i], terms[j], space);
      shared[j] = 0;
      if (s < PAIR_MIN) continue;
      list.push({ a: i, b: j, score: s });
      score.set(i * n + j, s);
    }
    touched.length = 0;
  }
  list.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  return { list, score, n };
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

function pairScore(pairs: Pairs, a: number, b: number, terms: ParagraphTerms[], space: TermSpace): number {
  const [x, y] = a < b ? [a, b] : [b, a];
  const known = pairs.score.get(x * pairs.n + y);
  if (known !== undefined) return known;
  return scoreOf(sharedMass(terms[x], terms[y], space.weight), terms[x], terms[y], space);
}

/** Union-find over sentences whose groups remember their members and their sources. */
class Groups {
  private readonly parent: Int32Array;
  private readonly lists: number[][];
  private readonly sources: Set<number>[];
  constructor(n: number, sourceRank: Int32Array) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
    this.lists = Array.from({ length: n }, (_, i) => [i]);
    this.sources = Array.from({ length: n }, (_, i) => new Set([sourceRank[i]]));
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  members(root: number): number[] {
    return this.lists[root];
  }
  sourcesOf(root: number): Set<number> {
    return this.sources[root];
  }
  union(a: number, b: number): void {
    const [big, small] = this.lists[a].length >= this.lists[b].length ? [a, b] : [b, a];
    this.parent[small] = big;
    this.lists[big].push(...this.lists[small]);
    for (const s of this.sources[small]) this.sources[big].add(s);
    this.lists[small] = [];
  }
}

function clusterPairs(pairs: Pairs, n: number, sourceRank: Int32Array, score: (a: number, b: number) => number): Groups {
  const groups = new Groups(n, sourceRank);
  for (const { a, b } of pairs.list) {
    const ra = groups.find(a);
    const rb = groups.find(b);
    if (ra === rb) continue;
    const sa = groups.sourcesOf(ra);
    const sb = groups.sourcesOf(rb);
    let clash = false;
    for (const s of sb) if (sa.has(s)) clash = true;
    if (clash) continue;
    const ma = groups.members(ra);
    const mb = groups.members(rb);
    if (ma.length > 1 || mb.length > 1) {
      let sum = 0;
      for (const x of ma) for (const y of mb) sum += score(x, y);
      if (sum / (ma.length * mb.length) < LINK_MIN) continue;
    }
    groups.union(ra, rb);
  }
  return groups;
}

/**
 * A sentence left alone whose neighbour (same source, next or previous) sits in a unit, and whose
 * terms are mostly found in that unit's other versions, is the other half of a split: "A, and B."
 * in one version, "A. B." in another.
 */
function attachSplits(groups: Groups, sentences: SentenceRef[], sourceRank: Int32Array, terms: ParagraphTerms[], space: TermSpace): void {
  for (let i = 0; i < sentences.length; i++) {
    if (groups.members(groups.find(i)).length !== 1) continue;
    let best = -1;
    let bestShare = SPLIT_MIN;
    for (const j of [i - 1, i + 1]) {
      if (j < 0 || j >= sentences.length || sourceRank[j] !== sourceRank[i]) continue;
      const root = groups.find(j);
      const others = groups.members(root).filter((k) => sourceRank[k] !== sourceRank[i]);
      if (!others.length) continue;
      const share = containedShare(terms[i], others.map((k) => terms[k]), space);
      if (share >= bestShare) {
        best = root;
        bestShare = share;
      }
    }
    if (best >= 0) groups.union(best, groups.find(i));
  }
}

/** Share of a sentence's term mass found in any of the given sentences, scaled down when little is shared. */
function containedShare(p: ParagraphTerms, others: ParagraphTerms[], space: TermSpace): number {
  const found = new Set<number>();
  for (const o of others) for (const id of o.ids) found.add(id);
  let shared = 0;
  for (const id of p.ids) if (found.has(id)) shared += space.weight[id];
  const share = p.mass ? shared / p.mass : 0;
  const reliable = Math.min(1, shared / space.meanWeight / 4);
  return share * reliable;
}
