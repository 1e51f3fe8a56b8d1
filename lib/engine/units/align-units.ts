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
import type { Budget, SegmentedSource, SentenceSpan } from "../types";
import { candidatePairs, type CandidatePairs } from "./candidate-pairs";
import type { SentenceRef } from "./sentences";
import { WeakLinks, type Waiting } from "./weak-links";

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
  const sentences = concatenated(bySource);
  const n = sentences.length;
  if (!n) return { units: [], similarity: () => 0 };
  const space = termSpaceOf(bySource);
  const terms = concatenated(space.paragraphs);
  const sourceRank = new Int32Array(n);
  let g = 0;
  for (let k = 0; k < bySource.length; k++) for (let i = 0; i < bySource[k].length; i++) sourceRank[g++] = k;

  const groups = new Groups(n, sourceRank);
  joinCopies(groups, sentences, sourceRank);
  const copies = new Int32Array(n);
  for (let i = 0; i < n; i++) copies[i] = groups.find(i);
  // Before any merge, the copy groups are the groups: which share a source is asked of them.
  const copyGroups = { of: copies, shareSource: (a: number, b: number) => groups.shareSource(a, b) };
  const pairs = candidatePairs(terms, sourceRank, space, postingCap(bySource.length), PAIR_MIN, budget, copyGroups);
  clusterPairs(groups, pairs, copies);
  attachSplits(groups, sentences, sourceRank, terms, space);

  const units: Unit[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const root = groups.find(i);
    if (seen.has(root)) continue;
    seen.add(root);
    const indices = ascending(groups.members(root));
    const members: SentenceRef[] = new Array(indices.length);
    for (let k = 0; k < indices.length; k++) members[k] = sentences[indices[k]];
    units.push({ members });
  }
  const length = new Map(bySource.map((list) => [list[0]?.source, list.length] as const));
  const keyed = units.map((u, i) => ({ u, at: meanPosition(u, length), i }));
  keyed.sort((a, b) => a.at - b.at || a.i - b.i);
  const at = sentenceIndex(bySource);
  // Identical wordings are the same statement whether or not the index paired them.
  const similarity = (a: SentenceRef, b: SentenceRef) => (a.text === b.text ? 1 : pairs.score(at(a), at(b)));
  return { units: keyed.map((k) => k.u), similarity };
}

/**
 * The list sorted, in place. Most units' members are in order already (a wording's copies join the
 * group of its first one as the sources come): those are only checked.
 */
function ascending(list: number[]): number[] {
  for (let k = 1; k < list.length; k++) if (list[k - 1] > list[k]) return list.sort(byValue);
  return list;
}
const byValue = (a: number, b: number) => a - b;

/** Where a unit sits in the versions' reading order: its members' relative positions, averaged. */
function meanPosition(unit: Unit, length: Map<string, number>): number {
  let sum = 0;
  for (const s of unit.members) sum += (s.order + 0.5) / (length.get(s.source) ?? 1);
  return sum / unit.members.length;
}

/**
 * The lists one after the other (Array.prototype.flat takes a generic path several times slower),
 * in a list made at its length: one grown by pushing is made over several times.
 */
export function concatenated<T>(lists: readonly T[][]): T[] {
  let length = 0;
  for (const list of lists) length += list.length;
  const all: T[] = new Array(length);
  let at = 0;
  for (const list of lists) for (let i = 0; i < list.length; i++) all[at++] = list[i];
  return all;
}

/**
 * A sentence's position among all sentences: its source's first position plus its place in its
 * source's reading order, as sentencesOf numbers them. Omissions and the medoid ask similarity
 * hundreds of thousands of times over 50 copies, and this is several times cheaper than a lookup
 * by id or by object. Lists numbered otherwise are looked up by id.
 */
function sentenceIndex(bySource: SentenceRef[][]): (s: SentenceRef) => number {
  const first = new Map<string, number>();
  let numbered = true;
  let at = 0;
  for (const list of bySource) {
    list.forEach((s, k) => {
      if (!first.has(s.source)) first.set(s.source, at);
      if (s.order !== k || first.get(s.source) !== at - k) numbered = false;
      at++;
    });
  }
  if (numbered) return (s) => first.get(s.source)! + s.order;
  const byId = new Map(bySource.flat().map((s, i) => [s.id, i]));
  return (s) => byId.get(s.id)!;
}

/** A sentence read as a paragraph has no spans of its own (one list for all: nothing changes it). */
const NO_SPANS: SentenceSpan[] = [];

function termSpaceOf(bySource: SentenceRef[][]): TermSpace {
  const pseudo: SegmentedSource[] = bySource.map((list, k) => ({
    id: String(k),
    name: String(k),
    paragraphs: list.map((s) => ({ id: s.id, text: s.text, sentences: NO_SPANS })),
  }));
  return buildTermSpace(pseudo);
}

/**
 * Union-find over sentences whose groups remember their members and their sources. Sources are a
 * bitset per group (a word per 32 sources): whether two groups share a source is asked for every
 * candidate pair, and units grow to dozens of members.
 */
const NO_MEMBERS: number[] = [];

export class Groups {
  private readonly parent: Int32Array;
  /**
   * A root's members; none yet for a sentence alone (most stay alone or join another group): a list
   * of one per sentence of every version was most of what grouping allocated.
   */
  private readonly lists: Array<number[] | undefined>;
  private readonly words: number;
  private readonly sourceBits: Uint32Array;
  constructor(n: number, sourceRank: Int32Array) {
    this.parent = new Int32Array(n);
    this.lists = new Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
    let sources = 0;
    for (const rank of sourceRank) sources = Math.max(sources, rank + 1);
    this.words = Math.max(1, Math.ceil(sources / 32));
    this.sourceBits = new Uint32Array(n * this.words);
    for (let i = 0; i < n; i++) this.sourceBits[i * this.words + (sourceRank[i] >>> 5)] = 1 << (sourceRank[i] & 31);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  members(root: number): number[] {
    return this.lists[root] ?? [root];
  }
  size(root: number): number {
    return this.lists[root]?.length ?? 1;
  }
  /** Whether the two groups hold sentences of one source. */
  shareSource(a: number, b: number): boolean {
    const { sourceBits, words } = this;
    for (let w = 0; w < words; w++) if (sourceBits[a * words + w] & sourceBits[b * words + w]) return true;
    return false;
  }
  /** Whether every sentence of the group is of this source. */
  onlyOf(root: number, source: number): boolean {
    const { sourceBits, words } = this;
    for (let w = 0; w < words; w++) if (sourceBits[root * words + w] !== (w === source >>> 5 ? (1 << (source & 31)) >>> 0 : 0)) return false;
    return true;
  }
  union(a: number, b: number): void {
    const big = this.size(a) >= this.size(b) ? a : b;
    const small = big === a ? b : a;
    this.parent[small] = big;
    const into = (this.lists[big] ??= [big]);
    const from = this.lists[small];
    if (from) for (const k of from) into.push(k);
    else into.push(small);
    for (let w = 0; w < this.words; w++) this.sourceBits[big * this.words + w] |= this.sourceBits[small * this.words + w];
    // No longer a root: never read or added to again.
    this.lists[small] = NO_MEMBERS;
  }
}

/**
 * Sentences worded identically in different versions make one statement before any scoring (wire
 * copies repeat most of theirs): the first occurrence of a wording in each version with the first
 * in the others, the second with the second. This holds even where the wording's terms are too
 * common for the index (a sentence a story repeats, copied fifty times).
 */
function joinCopies(groups: Groups, sentences: SentenceRef[], sourceRank: Int32Array): void {
  // Per wording (keyed by the text alone), the first sentence of each occurrence (first, second …),
  // and how often the source read last has used it: a source's sentences come together, so one
  // look-up per sentence serves both.
  const wordings = new Map<string, Wording>();
  for (let i = 0; i < sentences.length; i++) {
    const text = sentences[i].text;
    const wording = wordings.get(text);
    if (!wording) {
      wordings.set(text, { firsts: [i], source: sourceRank[i], used: 1 });
      continue;
    }
    if (wording.source !== sourceRank[i]) {
      wording.source = sourceRank[i];
      wording.used = 0;
    }
    const k = wording.used++;
    if (wording.firsts.length === k) wording.firsts.push(i);
    else groups.union(groups.find(wording.firsts[k]), groups.find(i));
  }
}

interface Wording {
  firsts: number[];
  /** The source (by rank) that used it last, and how often. */
  source: number;
  used: number;
}

/**
 * Merges the candidates best first, as if pair by pair of sentences: a candidate stands for every
 * sentence pair of its two copy groups, and once they are merged, or found to share a source, the
 * rest of those pairs change nothing. Only a link too weak on average is tried again, at the
 * groups' next sentence pair in the candidates' order (WeakLinks).
 */
export function clusterPairs(groups: Groups, pairs: CandidatePairs, copies: Int32Array): void {
  const n = copies.length;
  const weak = new WeakLinks();
  let copyMembers: number[][] | undefined;
  for (let k = 0; k < pairs.first.length || weak.size; ) {
    let a: number;
    let b: number;
    let waiting: Waiting | undefined;
    if (weak.size && (k === pairs.first.length || weak.before(pairs.score(pairs.first[k], pairs.second[k]), pairs.first[k] * n + pairs.second[k]))) {
      waiting = weak.take();
      const key = waiting.keys[waiting.at];
      a = Math.floor(key / n);
      b = key - a * n;
    } else {
      a = pairs.first[k];
      b = pairs.second[k++];
    }
    if (link(groups, a, b, pairs.score) !== WEAK) continue;
    copyMembers ??= membersOf(copies);
    const keys = waiting ? waiting.keys : sentencePairs(copyMembers[copies[a]], copyMembers[copies[b]], n, pairs.matched);
    weak.retry(pairs.score(a, b), keys, a * n + b);
  }
}

const JOINED = 0;
const APART = 1;
const WEAK = 2;

/** Merges the groups of sentences `a` and `b` unless they are one group, share a source, or match too weakly on average. */
function link(groups: Groups, a: number, b: number, score: (a: number, b: number) => number): number {
  const ra = groups.find(a);
  const rb = groups.find(b);
  if (ra === rb || groups.shareSource(ra, rb)) return APART;
  if (groups.size(ra) > 1 || groups.size(rb) > 1) {
    const ma = groups.members(ra);
    const mb = groups.members(rb);
    let sum = 0;
    for (const x of ma) for (const y of mb) sum += score(x, y);
    if (sum / (ma.length * mb.length) < LINK_MIN) return WEAK;
  }
  groups.union(ra, rb);
  return JOINED;
}

/** Per copy group (by id), its sentences, ascending. */
function membersOf(copies: Int32Array): number[][] {
  const members: number[][] = Array.from({ length: copies.length }, () => []);
  for (let i = 0; i < copies.length; i++) members[copies[i]].push(i);
  return members;
}

/** Keys (first·n + second) of the sentence pairs of two copy groups whose first sentence was matched, ascending. */
function sentencePairs(as: number[], bs: number[], n: number, matched: number): number[] {
  const keys: number[] = [];
  for (const x of as) {
    for (const y of bs) {
      const first = Math.min(x, y);
      if (first < matched) keys.push(first * n + Math.max(x, y));
    }
  }
  return keys.sort((x, y) => x - y);
}

/**
 * A sentence left alone whose neighbour (same source, next or previous) sits in a unit, and whose
 * terms are mostly found in that unit's other versions, is the other half of a split: "A, and B."
 * in one version, "A. B." in another.
 */
function attachSplits(groups: Groups, sentences: SentenceRef[], sourceRank: Int32Array, terms: ParagraphTerms[], space: TermSpace): void {
  const owners = new TermOwners(groups, sourceRank, terms);
  for (let i = 0; i < sentences.length; i++) {
    if (groups.size(groups.find(i)) !== 1) continue;
    let best = -1;
    let bestShare = SPLIT_MIN;
    for (const j of [i - 1, i + 1]) {
      if (j < 0 || j >= sentences.length || sourceRank[j] !== sourceRank[i]) continue;
      const root = groups.find(j);
      if (groups.onlyOf(root, sourceRank[i])) continue; // no other version to be found in
      const share = containedShare(terms[i], sourceRank[i], owners.of(root), space);
      if (share >= bestShare) {
        best = root;
        bestShare = share;
      }
    }
    if (best >= 0) {
      groups.union(best, groups.find(i));
      owners.joined(best, i);
    }
  }
}

/**
 * Per unit, which source has each of its terms: the one source's rank, or -1 when several have it.
 * Built once per unit a split half is checked against (and kept as halves join) rather than a set
 * of the unit's terms per check: copies make units of dozens of sentences.
 */
class TermOwners {
  private readonly byRoot = new Map<number, Map<number, number>>();
  constructor(
    private readonly groups: Groups,
    private readonly sourceRank: Int32Array,
    private readonly terms: ParagraphTerms[],
  ) {}

  of(root: number): Map<number, number> {
    let owners = this.byRoot.get(root);
    if (!owners) {
      // Copies of a wording share their terms (buildTermSpace): each wording's are read once, for
      // the one source that has it or for several (-1). What a term ends with does not depend on
      // the order its sources are added in.
      const byWording = new Map<ParagraphTerms, number>();
      for (const k of this.groups.members(root)) {
        const rank = byWording.get(this.terms[k]);
        byWording.set(this.terms[k], rank === undefined || rank === this.sourceRank[k] ? this.sourceRank[k] : -1);
      }
      owners = new Map();
      for (const [terms, rank] of byWording) addTerms(owners, terms, rank);
      this.byRoot.set(root, owners);
    }
    return owners;
  }

  /** Sentence `k` has joined the unit whose root was `root`. */
  joined(root: number, k: number): void {
    const owners = this.byRoot.get(root);
    if (!owners) return;
    this.byRoot.delete(root);
    addTerms(owners, this.terms[k], this.sourceRank[k]);
    this.byRoot.set(this.groups.find(root), owners);
  }
}

/** Terms had by the source of this rank (or by several, -1) added to a unit's owners. */
function addTerms(owners: Map<number, number>, terms: ParagraphTerms, rank: number): void {
  for (const id of terms.ids) {
    const owner = owners.get(id);
    if (owner === undefined) owners.set(id, rank);
    else if (owner !== rank) owners.set(id, -1);
  }
}

/**
 * Share of a sentence's term mass found in the unit's versions from other sources than its own
 * (`rank`), scaled down when little is shared.
 */
function containedShare(p: ParagraphTerms, rank: number, owners: Map<number, number>, space: TermSpace): number {
  let shared = 0;
  for (const id of p.ids) {
    const owner = owners.get(id);
    if (owner !== undefined && owner !== rank) shared += space.weight[id];
  }
  const share = p.mass ? shared / p.mass : 0;
  const reliable = Math.min(1, shared / space.meanWeight / 4);
  return share * reliable;
}
