/**
 * Scores by pair key (a non-negative integer below 2^53, such as `first * count + second`), in
 * flat typed arrays with open addressing. Sentence similarity is asked for hundreds of thousands
 * of times over 50 versions (unit merging, the medoid, omissions); a Map of numbers spends most of
 * that time hashing and chasing its buckets.
 */
const EMPTY = -1;

export class ScoreTable {
  private keys: Float64Array;
  private values: Float64Array;
  private mask: number;
  private count = 0;

  constructor(expected = 64) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.values = new Float64Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The score stored for `key`, or undefined. */
  get(key: number): number | undefined {
    const { keys, mask } = this;
    for (let at = slotOf(key, mask); ; at = (at + 1) & mask) {
      const stored = keys[at];
      if (stored === key) return this.values[at];
      if (stored === EMPTY) return undefined;
    }
  }

  set(key: number, value: number): void {
    const { keys, mask } = this;
    let at = slotOf(key, mask);
    while (keys[at] !== key && keys[at] !== EMPTY) at = (at + 1) & mask;
    if (keys[at] === EMPTY) {
      keys[at] = key;
      this.count++;
    }
    this.values[at] = value;
    // At most half full: probe runs stay short.
    if (this.count * 2 > keys.length) this.grow();
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2).fill(EMPTY);
    this.values = new Float64Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.count = 0;
    for (let at = 0; at < keys.length; at++) if (keys[at] !== EMPTY) this.set(keys[at], values[at]);
  }
}

/** A slot from both 32-bit halves of the key, mixed so that keys in arithmetic runs spread out. */
function slotOf(key: number, mask: number): number {
  // A remainder of doubles is a call of its own: skipped for keys below 2^32 (most), their own low half.
  const low = key < 4294967296 ? key : key % 4294967296;
  const high = (key - low) / 4294967296;
  let h = Math.imul(low ^ Math.imul(high, 0x27d4eb2d), 0x9e3779b1);
  h ^= h >>> 15;
  return h & mask;
}
