/**
 * Words of plain ASCII letters and their normal forms, found by their characters where they stand
 * in a text: a story repeats its words, and finding one again this way cuts no string from the text
 * and hashes none (a Map would do both for every word read). Open addressing over flat arrays;
 * emptied when full and, like the memos, as a comparison starts (memo.ts). Only ever a cost: an
 * entry is what normalizeWord says of the word.
 */
import * as normalization from "./normalize";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of the modules.
const { normalizeWord } = normalization;

export interface PlainWord {
  text: string;
  norm: string;
  /** What the table's owner asks of each normal form (tokenize.ts: whether it opens a name phrase), asked once per word. */
  marked: boolean;
}

const MAX_WORDS = 100_000;

/** FNV-1a over character codes: the seed, and one character's step. */
export const HASH_SEED = 0x811c9dc5;
export const hashStep = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193);

export class PlainWords {
  private words: Array<PlainWord | undefined> = new Array(4096);
  private hashes = new Int32Array(4096);
  private count = 0;

  constructor(private readonly marks: (norm: string) => boolean) {}

  /** text[start, end): the word and its normal form. */
  find(text: string, start: number, end: number): PlainWord {
    let hash = HASH_SEED;
    for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
    return this.findHashed(text, start, end, hash);
  }

  /** find, with the hash of the word's characters (hashStep from HASH_SEED) taken by a caller that scanned them already. */
  findHashed(text: string, start: number, end: number, hash: number): PlainWord {
    const mask = this.hashes.length - 1;
    let at = hash & mask;
    for (let word = this.words[at]; word !== undefined; word = this.words[at]) {
      if (this.hashes[at] === hash && word.text.length === end - start && text.startsWith(word.text, start)) return word;
      at = (at + 1) & mask;
    }
    const raw = text.slice(start, end);
    const norm = normalizeWord(raw);
    const word: PlainWord = { text: raw, norm, marked: this.marks(norm) };
    if (this.count >= MAX_WORDS) this.resize(this.hashes.length, false);
    else if (2 * (this.count + 1) > this.hashes.length) this.resize(2 * this.hashes.length, true);
    this.put(word, hash);
    return word;
  }

  clear(): void {
    this.resize(4096, false);
  }

  private put(word: PlainWord, hash: number): void {
    const mask = this.hashes.length - 1;
    let at = hash & mask;
    while (this.words[at] !== undefined) at = (at + 1) & mask;
    this.words[at] = word;
    this.hashes[at] = hash;
    this.count++;
  }

  /** Makes the table `size` slots, keeping its entries when asked (growing). */
  private resize(size: number, keep: boolean): void {
    const { words, hashes } = this;
    this.words = new Array(size);
    this.hashes = new Int32Array(size);
    this.count = 0;
    if (!keep) return;
    for (let at = 0; at < words.length; at++) if (words[at] !== undefined) this.put(words[at]!, hashes[at]);
  }
}
