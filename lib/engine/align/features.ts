/**
 * Paragraphs as sets of weighted terms. A term's weight is its rarity across every paragraph in the
 * comparison (IDF), raised for numbers and names: a word most paragraphs share says little about
 * which statement a paragraph makes; "Petraeus" or "2022" says a lot.
 */
import type { SegmentedSource } from "../types";
import { contentTermsBySentence, type Term } from "./normalise";

/**
 * A paragraph of 1,000,000 characters is placed by its first terms; cost stays bounded. (Under
 * 1024: candidates.ts packs a term's position in a paragraph into 10 bits.)
 */
export const MAX_TERMS_PER_PARAGRAPH = 300;
/** How much more a number or a name counts than another word of the same rarity. */
export const STRONG_TERM_BOOST = 1.5;
/**
 * Pairs of neighbouring content terms ("voted against") are features too, weighted down: they tell
 * a shared phrase (a quote, a copied clause) from the same words used apart. On BASIL, weights
 * 0–0.5 found about as many within-event matches at an equal cross-event false-match rate; a light
 * weight keeps the phrase evidence without penalising rewrites much.
 */
export const PAIR_WEIGHT = 0.25;

export interface ParagraphTerms {
  /** Distinct term ids, ascending. */
  ids: Int32Array;
  /** Sum of the terms' weights. */
  mass: number;
}

export interface TermSpace {
  /** Weight by term id. */
  weight: Float64Array;
  /** Mean weight of a term occurrence: the unit in which "how much text" is measured. */
  meanWeight: number;
  /** Per source (in input order), per paragraph. */
  paragraphs: ParagraphTerms[][];
  /** Whether rows' bags count terms in an array by id (similarity.ts): while paragraphs × terms ≤ DENSE_BAG_CELLS. */
  denseBags: boolean;
}

/**
 * Rows are never more than paragraphs, so bags of an array by term id each take at most this many
 * cells in all (16 MB): 50 copies of a 2,000-word story make ~2,000 paragraphs of ~1,500 terms.
 */
export const DENSE_BAG_CELLS = 2 ** 22;

export function buildTermSpace(sources: SegmentedSource[]): TermSpace {
  const vocabulary = new Vocabulary();
  // Identical paragraphs (boilerplate, copies) are read once: each distinct wording gets a number,
  // its ids and how many paragraphs have it.
  const wordingOf = new Map<string, number>();
  const wordingIds: Int32Array[] = [];
  const occurrences: number[] = [];
  // The distinct ids of the paragraph being read, in the order met: a stamp per id (the
  // vocabulary's) marks those already taken (cheaper than a set per paragraph).
  const ids: number[] = [];

  const idsStore = new IdsStore();
  const idSorter = new IdSorter();
  const raw: number[][] = [];
  let paragraphCount = 0;
  for (const source of sources) {
    const wordings: number[] = [];
    for (const paragraph of source.paragraphs) {
      paragraphCount++;
      let w = wordingOf.get(paragraph.text);
      if (w !== undefined) {
        occurrences[w]++;
        wordings.push(w);
        continue;
      }
      w = wordingIds.length;
      const reading = w + 1;
      ids.length = 0;
      let previous = -1;
      for (const term of contentTermsBySentence(paragraph.text, paragraph.sentences)) {
        if (ids.length >= MAX_TERMS_PER_PARAGRAPH) break;
        const id = vocabulary.term(term);
        takeOnce(id, ids, vocabulary.stamp, reading);
        if (PAIR_WEIGHT > 0 && previous >= 0 && ids.length < MAX_TERMS_PER_PARAGRAPH) {
          const pair = vocabulary.pair(previous, id);
          // (Read after pair(): a new id may have made the vocabulary's lists anew.)
          takeOnce(pair, ids, vocabulary.stamp, reading);
        }
        previous = id;
      }
      const sorted = idsStore.take(ids.length);
      idSorter.sortInto(ids, sorted);
      wordingOf.set(paragraph.text, w);
      wordingIds.push(sorted);
      occurrences.push(1);
      wordings.push(w);
    }
    raw.push(wordings);
  }
  const { flags, size } = vocabulary;

  // Each wording's terms are counted once, as often as it occurs.
  const documentFrequency = new Int32Array(size);
  for (let w = 0; w < wordingIds.length; w++) {
    const wordingTerms = wordingIds[w];
    const n = occurrences[w];
    for (let k = 0; k < wordingTerms.length; k++) documentFrequency[wordingTerms[k]] += n;
  }
  const weight = new Float64Array(size);
  for (let id = 0; id < weight.length; id++) {
    const idf = Math.log(1 + paragraphCount / documentFrequency[id]);
    weight[id] = flags[id] & PAIR ? idf * PAIR_WEIGHT : flags[id] & STRONG ? idf * STRONG_TERM_BOOST : idf;
  }

  // One ParagraphTerms per wording, shared by its copies like its ids; the totals still add every
  // paragraph's in reading order.
  const termsOf: ParagraphTerms[] = [];
  for (const wordingTerms of wordingIds) {
    let mass = 0;
    for (let k = 0; k < wordingTerms.length; k++) mass += weight[wordingTerms[k]];
    termsOf.push({ ids: wordingTerms, mass });
  }
  let termCount = 0;
  let totalWeight = 0;
  const paragraphs: ParagraphTerms[][] = [];
  for (const wordings of raw) {
    const list: ParagraphTerms[] = [];
    for (const w of wordings) {
      const terms = termsOf[w];
      termCount += terms.ids.length;
      totalWeight += terms.mass;
      list.push(terms);
    }
    paragraphs.push(list);
  }
  return { weight, meanWeight: termCount ? totalWeight / termCount : 1, paragraphs, denseBags: paragraphCount * weight.length <= DENSE_BAG_CELLS };
}

/**
 * Adds `id` to the paragraph's ids unless already taken while `reading` it. Module level rather than
 * a closure per paragraph: keepNames transpilers (tsx runs the benchmarks so) name each closure made.
 */
function takeOnce(id: number, ids: number[], stamp: Int32Array, reading: number): void {
  if (stamp[id] === reading) return;
  stamp[id] = reading;
  ids.push(id);
}

/**
 * Puts a wording's distinct ids in ascending order. Where they are not spread far wider than
 * their number, through a bitmap over their span (a bit per id, read 32 at a time): a wording has a
 * few hundred ids out of some thousands, and the built-in sort of a typed array takes several
 * microseconds per wording, which every new wording (each edited paragraph) pays.
 */
class IdSorter {
  private bits = new Uint32Array(1024);

  /** `ids` (distinct) into `out` (of their length), ascending. */
  sortInto(ids: number[], out: Int32Array): void {
    let lowest = Infinity;
    let highest = -1;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k];
      if (id < lowest) lowest = id;
      if (id > highest) highest = id;
    }
    const first = lowest >> 5;
    const last = highest >> 5;
    if (ids.length < 16 || last - first + 1 > 8 * ids.length) {
      // Copied in a plain loop: Int32Array.from walks an array through its iterator.
      for (let k = 0; k < ids.length; k++) out[k] = ids[k];
      out.sort();
      return;
    }
    if (this.bits.length <= last) this.bits = new Uint32Array(Math.max(last + 1, 2 * this.bits.length));
    const { bits } = this;
    for (let k = 0; k < ids.length; k++) bits[ids[k] >>> 5] |= 1 << (ids[k] & 31);
    let at = 0;
    for (let w = first; w <= last; w++) {
      let word = bits[w];
      if (word === 0) continue;
      bits[w] = 0;
      const base = w << 5;
      // Lowest set bit first: ascending.
      while (word !== 0) {
        const bit = word & -word;
        out[at++] = base + 31 - Math.clz32(bit);
        word ^= bit;
      }
    }
  }
}

const PAIR_SLOTS = 1 << 12;
/** Term spaces built so far in this process (Vocabulary.build). */
let builds = 0;

/** 32 well-mixed bits of a pair of ids (a table of any size takes its low bits). */
function pairHash(first: number, second: number): number {
  let h = Math.imul(first, 0x9e3779b1) ^ second;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/**
 * Hands out each wording's ids as a view of a shared block: a typed array of its own per wording
 * (a few hundred bytes, kept outside the heap) costs more to allocate than to fill. Blocks start
 * small and double up to IDS_BLOCK: a block is zeroed when made, and a comparison of ten copies
 * of a story fills a small part of the largest.
 */
class IdsStore {
  private block = new Int32Array(0);
  private used = 0;
  private size = FIRST_IDS_BLOCK;

  take(length: number): Int32Array {
    if (this.used + length > this.block.length) {
      this.block = new Int32Array(Math.max(this.size, length));
      this.size = Math.min(IDS_BLOCK, 2 * this.size);
      this.used = 0;
    }
    const ids = this.block.subarray(this.used, this.used + length);
    this.used += length;
    return ids;
  }
}
const FIRST_IDS_BLOCK = 1 << 12;
const IDS_BLOCK = 1 << 16;

const STRONG = 1;
const PAIR = 2;

/** Term ids: words by their key, neighbouring pairs by their two word ids. */
class Vocabulary {
  /**
   * Per id: STRONG and PAIR flags, and the stamp buildTermSpace marks it with; typed arrays grown by
   * doubling (`size` ids in use): lists of booleans grown by pushing were most of what a build allocated.
   */
  flags = new Uint8Array(1024);
  stamp = new Int32Array(1024);
  size = 0;
  private readonly words = new Map<string, number>();

  /** This build's number, which the terms it read carry with their id (Term.spaceId). */
  private readonly build = ++builds;

  term(term: Term): number {
    let id: number;
    if (term.spaceBuild === this.build) id = term.spaceId;
    else {
      const known = this.words.get(term.key);
      id = known === undefined ? this.add(false) : known;
      if (known === undefined) this.words.set(term.key, id);
      term.spaceBuild = this.build;
      term.spaceId = id;
    }
    // Numbers and names are strong, whichever of the key's terms says so.
    if (term.kind === "number" || term.kind === "name") this.flags[id] |= STRONG;
    return id;
  }

  /**
   * A pair's id. Pairs are looked up once per term of every wording read: by open addressing over
   * typed arrays, which costs a fraction of a Map lookup and allocates nothing per pair.
   */
  pair(first: number, second: number): number {
    let mask = this.pairSlots.length - 1;
    let at = pairHash(first, second) & mask;
    for (let slot = this.pairSlots[at]; slot !== 0; slot = this.pairSlots[at]) {
      if (slot === first + 1 && this.pairSeconds[at] === second) return this.pairIds[at];
      at = (at + 1) & mask;
    }
    const id = this.add(true);
    if (2 * (this.pairCount + 1) > this.pairSlots.length) {
      this.growPairs();
      mask = this.pairSlots.length - 1;
      at = pairHash(first, second) & mask;
      while (this.pairSlots[at] !== 0) at = (at + 1) & mask;
    }
    this.pairSlots[at] = first + 1;
    this.pairSeconds[at] = second;
    this.pairIds[at] = id;
    this.pairCount++;
    return id;
  }

  /** Pair slots: the first term's id + 1 (0: empty), the second's, the pair's id. */
  private pairSlots = new Int32Array(PAIR_SLOTS);
  private pairSeconds = new Int32Array(PAIR_SLOTS);
  private pairIds = new Int32Array(PAIR_SLOTS);
  private pairCount = 0;

  private growPairs(): void {
    const { pairSlots, pairSeconds, pairIds } = this;
    const size = 2 * pairSlots.length;
    this.pairSlots = new Int32Array(size);
    this.pairSeconds = new Int32Array(size);
    this.pairIds = new Int32Array(size);
    const mask = size - 1;
    for (let k = 0; k < pairSlots.length; k++) {
      if (pairSlots[k] === 0) continue;
      let at = pairHash(pairSlots[k] - 1, pairSeconds[k]) & mask;
      while (this.pairSlots[at] !== 0) at = (at + 1) & mask;
      this.pairSlots[at] = pairSlots[k];
      this.pairSeconds[at] = pairSeconds[k];
      this.pairIds[at] = pairIds[k];
    }
  }

  private add(isPair: boolean): number {
    if (this.size === this.flags.length) {
      const flags = new Uint8Array(2 * this.size);
      flags.set(this.flags);
      this.flags = flags;
      const stamp = new Int32Array(2 * this.size);
      stamp.set(this.stamp);
      this.stamp = stamp;
    }
    if (isPair) this.flags[this.size] = PAIR;
    return this.size++;
  }
}


/**
 * The terms of several paragraphs taken as one text (a source's cell of a row, a split pair). Each
 * part's ids are ascending and distinct, so they are merged rather than sorted; the mass is summed
 * over the union in ascending order either way.
 */
export function unionOfTerms(parts: ParagraphTerms[], weight: Float64Array): ParagraphTerms {
  if (parts.length === 1) return parts[0];
  let ids = parts[0].ids;
  for (let k = 1; k < parts.length; k++) ids = mergeAscending(ids, parts[k].ids);
  let mass = 0;
  for (let k = 0; k < ids.length; k++) mass += weight[ids[k]];
  return { ids, mass };
}

/** The union of two ascending runs of distinct ids, ascending, in an array of its own. */
function mergeAscending(a: Int32Array, b: Int32Array): Int32Array {
  let size = a.length + b.length;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      size--;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  const out = new Int32Array(size);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out[n++] = a[i++];
      j++;
    } else if (a[i] < b[j]) out[n++] = a[i++];
    else out[n++] = b[j++];
  }
  while (i < a.length) out[n++] = a[i++];
  while (j < b.length) out[n++] = b[j++];
  return out;
}
