/**
 * What a reader makes of a slice of text, found again by the slice's characters where it stands in
 * a text: news text repeats its words, and finding one this way cuts no string from the text and
 * hashes none (a Map would do both for every word read). Open addressing over flat arrays; emptied
 * when it holds `maxEntries`. Only ever a cost: an entry is what `read` says of the slice.
 */

/** FNV-1a over character codes: the seed, and one character's step. */
export const HASH_SEED = 0x811c9dc5;
export const hashStep = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193);

const INITIAL_SLOTS = 4096;

export class SliceTable<T> {
  private slices: Array<string | undefined> = new Array(INITIAL_SLOTS);
  private values: T[] = new Array(INITIAL_SLOTS);
  private hashes = new Int32Array(INITIAL_SLOTS);
  private count = 0;

  constructor(
    private readonly read: (slice: string) => T,
    private readonly maxEntries: number,
  ) {}

  /** What `read` makes of text[start, end). */
  get(text: string, start: number, end: number): T {
    let hash = HASH_SEED;
    for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
    return this.getHashed(text, start, end, hash);
  }

  /** get, with the hash of the slice's characters (hashStep from HASH_SEED) taken by a caller that scanned them already. */
  getHashed(text: string, start: number, end: number, hash: number): T {
    const mask = this.hashes.length - 1;
    let at = hash & mask;
    for (let slice = this.slices[at]; slice !== undefined; slice = this.slices[at]) {
      if (this.hashes[at] === hash && slice.length === end - start && text.startsWith(slice, start)) return this.values[at];
      at = (at + 1) & mask;
    }
    const slice = text.slice(start, end);
    const value = this.read(slice);
    if (this.count >= this.maxEntries) this.resize(this.hashes.length, false);
    else if (2 * (this.count + 1) > this.hashes.length) this.resize(2 * this.hashes.length, true);
    this.put(slice, hash, value);
    return value;
  }

  private put(slice: string, hash: number, value: T): void {
    const mask = this.hashes.length - 1;
    let at = hash & mask;
    while (this.slices[at] !== undefined) at = (at + 1) & mask;
    this.slices[at] = slice;
    this.values[at] = value;
    this.hashes[at] = hash;
    this.count++;
  }

  /** Makes the table `size` slots, keeping its entries when asked (growing). */
  private resize(size: number, keep: boolean): void {
    const { slices, values, hashes } = this;
    this.slices = new Array(size);
    this.values = new Array(size);
    this.hashes = new Int32Array(size);
    this.count = 0;
    if (!keep) return;
    for (let at = 0; at < slices.length; at++) if (slices[at] !== undefined) this.put(slices[at]!, hashes[at], values[at]);
  }
}
