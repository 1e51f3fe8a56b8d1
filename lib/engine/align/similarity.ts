/**
 * How strongly two pieces of text make the same statement, from their weighted terms (features.ts).
 *
 * Both directions of containment are measured: a short paragraph wholly inside a long one (a bullet
 * that compresses a paragraph, half of a split paragraph) is a match even though the two are far
 * from equal. A row is compared as a bag of its versions' terms (counted by how many versions have
 * each) and version by version (rowSimilarity).
 */
import type { ParagraphTerms, TermSpace } from "./features";

export interface TermBag {
  /** Term id → how many members contain it. */
  counts: TermCounts;
  /** How many paragraphs (or cells) the bag was built from. */
  members: number;
  /** Σ weight × share of members containing the term. */
  mass: number;
}

/**
 * A bag's counts by term id: in an array indexed by id while the comparison's rows × terms stay
 * small (TermSpace.denseBags; a lookup is then an index, and every candidate row's score looks up
 * every term of the paragraph), else in a map. Either way `ids` keeps the terms in the order they
 * were first counted, which is the order the bag's mass is summed in.
 */
export class TermCounts {
  readonly ids: number[] = [];
  /**
   * The counts by id when dense, read directly by the scoring loops (which look up every term of
   * every paragraph scored): a byte each while every count fits one, which keeps a row's array a
   * quarter of the size and the lookups in the cache; 32 bits from the first count past 255.
   */
  dense: Uint8Array | Int32Array | undefined;
  private readonly sparse: Map<number, number> | undefined;

  constructor(vocabulary: number | undefined) {
    if (vocabulary === undefined) this.sparse = new Map();
    else this.dense = zeroedCounts(vocabulary);
  }

  /** 0 when no member has the term. */
  get(id: number): number {
    return this.dense ? this.dense[id] : (this.sparse!.get(id) ?? 0);
  }

  /** Counts `n` (≥ 1) more members with the term. */
  add(id: number, n: number): void {
    if (this.dense) {
      const count = this.dense[id];
      if (count === 0) this.ids.push(id);
      if (count + n > 255 && this.dense instanceof Uint8Array) this.dense = Int32Array.from(this.dense);
      this.dense[id] = count + n;
      return;
    }
    const count = this.sparse!.get(id);
    if (count === undefined) this.ids.push(id);
    this.sparse!.set(id, (count ?? 0) + n);
  }

  /** Counts one more member with each of the (distinct) ids: add(id, 1) for each, in order. */
  addEach(ids: Int32Array): void {
    const { dense } = this;
    if (!(dense instanceof Uint8Array)) {
      for (let k = 0; k < ids.length; k++) this.add(ids[k], 1);
      return;
    }
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k];
      const count = dense[id];
      // The first count past a byte widens the array: the rest go through add.
      if (count === 255) {
        for (let j = k; j < ids.length; j++) this.add(ids[j], 1);
        return;
      }
      if (count === 0) this.ids.push(id);
      dense[id] = count + 1;
    }
  }

  copy(): TermCounts {
    const out = new TermCounts(this.dense ? this.dense.length : undefined);
    for (const id of this.ids) out.add(id, this.get(id));
    return out;
  }
}

/**
 * Zeroed bytes for a bag's counts by id, cut from shared blocks: every row's bag (and every merged
 * bag) takes one the size of the vocabulary, and a typed array of its own past 64 bytes is kept
 * off the heap, which costs about a microsecond to make. No part of a block is handed out twice;
 * a block goes once no bag cut from it is left.
 */
function zeroedCounts(size: number): Uint8Array {
  if (size > COUNTS_BLOCK >> 2) return new Uint8Array(size);
  if (countsUsed + size > countsBlock.length) {
    countsBlock = new Uint8Array(COUNTS_BLOCK);
    countsUsed = 0;
  }
  const counts = countsBlock.subarray(countsUsed, countsUsed + size);
  countsUsed += size;
  return counts;
}
const COUNTS_BLOCK = 1 << 16;
let countsBlock = new Uint8Array(0);
let countsUsed = 0;

export function bagOf(paragraphs: ParagraphTerms[], space: Pick<TermSpace, "weight" | "denseBags">): TermBag {
  const bag: TermBag = { counts: new TermCounts(space.denseBags ? space.weight.length : undefined), members: 0, mass: 0 };
  addToBag(bag, paragraphs, space.weight);
  return bag;
}

/** The mass is a function of the final counts alone, so it is summed once, after all the paragraphs. */
export function addToBag(bag: TermBag, paragraphs: ParagraphTerms[], weight: Float64Array): void {
  for (const paragraph of paragraphs) {
    bag.counts.addEach(paragraph.ids);
    bag.members += 1;
  }
  bag.mass = bagMass(bag, weight);
}

export function mergedBag(a: TermBag, b: TermBag, weight: Float64Array): TermBag {
  const counts = a.counts.copy();
  for (const id of b.counts.ids) counts.add(id, b.counts.get(id));
  const bag = { counts, members: a.members + b.members, mass: 0 };
  bag.mass = bagMass(bag, weight);
  return bag;
}

/**
 * paragraphOverlap(p, mergedBag(a, b)) without making the merged bag (a copy of every count): the
 * same counts, a's plus b's, read term by term, and the same mass, summed in the order mergedBag
 * keeps its terms (a's, then b's others), so the figures are the same to the last bit.
 */
export function mergedOverlap(p: ParagraphTerms, a: TermBag, b: TermBag, space: TermSpace): Overlap {
  const { weight, meanWeight } = space;
  const members = a.members + b.members;
  let sum = 0;
  for (const id of a.counts.ids) sum += weight[id] * (a.counts.get(id) + b.counts.get(id));
  for (const id of b.counts.ids) if (a.counts.get(id) === 0) sum += weight[id] * b.counts.get(id);
  const mass = members ? sum / members : 0;
  const roots = rootShares(members);
  const { ids } = p;
  let inA = 0;
  let inB = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    const n = a.counts.get(id) + b.counts.get(id);
    if (n === 0) continue;
    inA += weight[id] * (n < roots.length ? roots[n] : Math.sqrt(n / members));
    inB += (weight[id] * n) / members;
  }
  return {
    aInB: p.mass ? inA / p.mass : 0,
    bInA: mass ? inB / mass : 0,
    aTerms: p.mass / meanWeight,
    bTerms: mass / meanWeight,
  };
}

function bagMass(bag: TermBag, weight: Float64Array): number {
  let sum = 0;
  const { counts } = bag;
  const { ids, dense } = counts;
  if (dense) for (let k = 0; k < ids.length; k++) sum += weight[ids[k]] * dense[ids[k]];
  else for (const id of ids) sum += weight[id] * counts.get(id);
  return bag.members ? sum / bag.members : 0;
}

export interface Overlap {
  /** Share of A's mass whose terms B also has. */
  aInB: number;
  /** Share of B's mass whose terms A also has. */
  bInA: number;
  /** A's and B's mass in "average terms" (mass / mean term weight). */
  aTerms: number;
  bTerms: number;
}

/** Overlap of a paragraph (or a group of them) with a bag: one lookup per paragraph term. */
export function paragraphOverlap(p: ParagraphTerms, bag: TermBag, space: TermSpace): Overlap {
  const { weight, meanWeight } = space;
  const { ids } = p;
  const { members, counts } = bag;
  const dense = counts.dense;
  const roots = rootShares(members);
  let inA = 0;
  let inB = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    const n = dense ? dense[id] : counts.get(id);
    if (n === 0) continue;
    // A term only one version of many has is only partly "in the row" (√ of the share): stray
    // words that many sources' edits add must not make every paragraph look contained in a
    // large row. Measured on the synthetic versions: √ beat both all-or-nothing and the share.
    inA += weight[id] * (n < roots.length ? roots[n] : Math.sqrt(n / members));
    inB += (weight[id] * n) / members;
  }
  return {
    aInB: p.mass ? inA / p.mass : 0,
    bInA: bag.mass ? inB / bag.mass : 0,
    aTerms: p.mass / meanWeight,
    bTerms: bag.mass / meanWeight,
  };
}

/**
 * √(n / members) for n = 0 … members, by members: the share root paragraphOverlap weighs a term
 * by, computed once per count rather than per term read (the same expression, so the same value).
 */
const ROOT_SHARES: Float64Array[] = [];
const MAX_TABLED_MEMBERS = 1024;

function rootShares(members: number): Float64Array {
  if (members > MAX_TABLED_MEMBERS) return EMPTY_ROOTS;
  let roots = ROOT_SHARES[members];
  if (!roots) {
    roots = new Float64Array(members + 1);
    for (let n = 0; n <= members; n++) roots[n] = Math.sqrt(n / members);
    ROOT_SHARES[members] = roots;
  }
  return roots;
}
const EMPTY_ROOTS = new Float64Array(0);

/**
 * Overlap of two plain term sets (sorted ids), walking both once; or, when `aMarks` flags a's ids
 * (by id), walking b only. Either way the shared weights are added in ascending id order, so the
 * two give the very same figure. The marks pay off when one paragraph is scored against many rows.
 */
export function termOverlap(a: ParagraphTerms, b: ParagraphTerms, space: TermSpace, aMarks?: Uint8Array): Overlap {
  const { weight, meanWeight } = space;
  let shared = 0;
  if (aMarks) {
    for (const y of b.ids) if (aMarks[y]) shared += weight[y];
  } else {
    let i = 0;
    let j = 0;
    while (i < a.ids.length && j < b.ids.length) {
      const x = a.ids[i];
      const y = b.ids[j];
      if (x === y) {
        shared += weight[x];
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
  }
  return {
    aInB: a.mass ? shared / a.mass : 0,
    bInA: b.mass ? shared / b.mass : 0,
    aTerms: a.mass / meanWeight,
    bTerms: b.mass / meanWeight,
  };
}

/**
 * Containment is only evidence when enough is shared: three common words fit inside many
 * paragraphs. Below this much shared text (in average terms) the containment score is scaled down.
 */
export const RELIABLE_SHARED_TERMS = 8;
/** Containment counts a little less than mutual overlap: the longer side may say more besides. */
export const CONTAINMENT_DISCOUNT = 0.85;

/** Both containments at once (their harmonic mean): high only when each side covers the other. */
export function mutualOf(o: Overlap): number {
  return o.aInB + o.bInA > 0 ? (2 * o.aInB * o.bInA) / (o.aInB + o.bInA) : 0;
}

/** 0…1: how clearly the two make the same statement. */
export function matchScore(o: Overlap): number {
  const contained = Math.max(containment(o.aInB, o.aTerms), containment(o.bInA, o.bTerms));
  return Math.max(mutualOf(o), CONTAINMENT_DISCOUNT * contained);
}

function containment(share: number, terms: number): number {
  return share * Math.min(1, (share * terms) / RELIABLE_SHARED_TERMS);
}

export function paragraphSimilarity(p: ParagraphTerms, bag: TermBag, space: TermSpace): number {
  return matchScore(paragraphOverlap(p, bag, space));
}

/** What rows are compared through: their bag and their first few versions (rows.ts). */
export interface Comparable {
  bag: TermBag;
  versions: ParagraphTerms[];
}

/**
 * A paragraph against a row: the better of its match with the row as a whole (all versions'
 * terms, which helps a rewrite that borrows from several) and with the row's closest version (so a
 * copy finds its twin even in a row that other sources' merges have made large).
 */
export function rowSimilarity(p: ParagraphTerms, row: Comparable, space: TermSpace, pMarks?: Uint8Array): number {
  // A copy of one of the row's versions (most paragraphs of wire copies) matches that version
  // with a score of exactly 1 (see IDENTICAL_SCORE), which no other version can beat. (A paragraph
  // without terms scores 0 against anything.)
  if (p.mass > 0 && holdsCopyOf(row.versions, p)) {
    return row.bag.counts.ids.length > p.ids.length ? IDENTICAL_SCORE : Math.max(paragraphSimilarity(p, row.bag, space), IDENTICAL_SCORE);
  }
  if (!comparesVersionByVersion(row, space)) return rowSimilarityInOneWalk(p, row, space);
  let best = paragraphSimilarity(p, row.bag, space);
  for (let v = 0; v < row.versions.length; v++) {
    if (!repeatsEarlierVersion(row.versions, v)) best = Math.max(best, matchScore(termOverlap(p, row.versions[v], space, pMarks)));
  }
  return best;
}

/**
 * Whether rowSimilarity compares the paragraph with the row's versions one by one (termOverlap,
 * which reads `pMarks`), rather than with all of them in one walk.
 */
export function comparesVersionByVersion(row: Comparable, space: TermSpace): boolean {
  return !(row.versions.length <= MASKED_VERSIONS && space.denseBags && hasTwoWordings(row.versions));
}

/**
 * Whether the versions hold two wordings or more. Copies fill most rows' versions with one
 * wording: such a row is scored against its bag and that version (two walks) rather than through
 * masks made for its list of versions (a typed array the size of the vocabulary, each time the
 * list changes, which it does as each of the first sources is placed into the row).
 */
function hasTwoWordings(versions: ParagraphTerms[]): boolean {
  for (let v = 1; v < versions.length; v++) if (!repeatsEarlierVersion(versions, v)) return true;
  return false;
}

/** Up to this many versions, which of them has a term fits in the bits of a byte per term id. */
const MASKED_VERSIONS = 4;

/**
 * Which of a row's versions has each term (bit v of the byte at the term's id), per versions list:
 * rows keep their versions while source after source is scored against them (a change of versions
 * is a new list). A repeated version gets no bit: it scores what the first one did.
 */
const versionMasks = new WeakMap<ParagraphTerms[], Uint8Array>();

function versionMasksOf(versions: ParagraphTerms[], vocabulary: number): Uint8Array {
  let masks = versionMasks.get(versions);
  if (!masks) {
    masks = new Uint8Array(vocabulary);
    for (let v = 0; v < versions.length; v++) {
      if (repeatsEarlierVersion(versions, v)) continue;
      for (const id of versions[v].ids) masks[id] |= 1 << v;
    }
    versionMasks.set(versions, masks);
  }
  return masks;
}

/**
 * rowSimilarity in one walk over the paragraph's terms instead of one per version: each term's
 * count in the bag and the versions that have it are read together. The sums are the very ones
 * paragraphOverlap and termOverlap make (the same terms, added in ascending id order), so the score
 * is the same to the last bit.
 */
function rowSimilarityInOneWalk(p: ParagraphTerms, row: Comparable, space: TermSpace): number {
  const { weight, meanWeight } = space;
  const { bag, versions } = row;
  const masks = versionMasksOf(versions, weight.length);
  const { ids } = p;
  const { members, counts } = bag;
  const dense = counts.dense;
  const roots = rootShares(members);
  let inA = 0;
  let inB = 0;
  let shared0 = 0;
  let shared1 = 0;
  let shared2 = 0;
  let shared3 = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    const n = dense ? dense[id] : counts.get(id);
    if (n !== 0) {
      inA += weight[id] * (n < roots.length ? roots[n] : Math.sqrt(n / members));
      inB += (weight[id] * n) / members;
    }
    const mask = masks[id];
    if (mask === 0) continue;
    if (mask & 1) shared0 += weight[id];
    if (mask & 2) shared1 += weight[id];
    if (mask & 4) shared2 += weight[id];
    if (mask & 8) shared3 += weight[id];
  }
  const aTerms = p.mass / meanWeight;
  let best = matchScore({ aInB: p.mass ? inA / p.mass : 0, bInA: bag.mass ? inB / bag.mass : 0, aTerms, bTerms: bag.mass / meanWeight });
  for (let v = 0; v < versions.length; v++) {
    if (repeatsEarlierVersion(versions, v)) continue;
    const shared = v === 0 ? shared0 : v === 1 ? shared1 : v === 2 ? shared2 : shared3;
    const b = versions[v];
    best = Math.max(best, matchScore({ aInB: p.mass ? shared / p.mass : 0, bInA: b.mass ? shared / b.mass : 0, aTerms, bTerms: b.mass / meanWeight }));
  }
  return best;
}

/** Share of a paragraph found in a row: in the row as a whole, or in its closest version. */
export function rowContainment(p: ParagraphTerms, row: Comparable, space: TermSpace): number {
  let best = paragraphOverlap(p, row.bag, space).aInB;
  for (let v = 0; v < row.versions.length; v++) {
    if (!repeatsEarlierVersion(row.versions, v)) best = Math.max(best, termOverlap(p, row.versions[v], space).aInB);
  }
  return best;
}

/**
 * matchScore of a paragraph against itself. Its terms are shared in the order its mass was summed
 * in, so both shares are exactly 1 and the mutual overlap is 1; containment is at most
 * CONTAINMENT_DISCOUNT. Against any other text neither share exceeds 1 (a subset of a sum's
 * non-negative terms, added in the same order, never rounds above it), so neither does the score.
 */
const IDENTICAL_SCORE = 1;
/*
 * Against the bag of a row holding it, a paragraph scores below 1 unless the bag holds no other
 * term: the paragraph's share in the bag never exceeds 1 (each term adds at most its weight, in
 * the order its mass was summed), and a term of the bag the paragraph lacks keeps the bag's share
 * in the paragraph below 1 by its weight over the bag's mass (far above rounding); the harmonic
 * mean of a share at most 1 and one clearly below 1 is clearly below 1, and containment counts at
 * most CONTAINMENT_DISCOUNT. A bag of more terms than the paragraph has one it lacks: the row's
 * score is then IDENTICAL_SCORE without a walk over the bag.
 */

/** Whether one of the versions is the paragraph itself (copies share one ParagraphTerms per wording). */
function holdsCopyOf(versions: ParagraphTerms[], p: ParagraphTerms): boolean {
  for (let v = 0; v < versions.length; v++) if (versions[v] === p) return true;
  return false;
}

/**
 * Whether version `v` has the very terms of an earlier one: copies of a paragraph share one `ids`
 * array (features.ts reads each wording once), and a repeat scores exactly what the first did.
 * Wire copies fill most rows' versions with one wording, so this skips most of the comparisons.
 */
function repeatsEarlierVersion(versions: ParagraphTerms[], v: number): boolean {
  for (let u = 0; u < v; u++) if (versions[u].ids === versions[v].ids) return true;
  return false;
}
