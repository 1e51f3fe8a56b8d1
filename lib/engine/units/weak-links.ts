/**
 * Candidate pairs of copy groups whose link was too weak when first met: their members matched
 * below LINK_MIN on average. A candidate stands for every sentence pair of its two groups, all of
 * one score; merged one sentence pair at a time, the two groups were met again at each of those
 * pairs, in the candidates' order, and may have grown in between (their average then changed). So
 * each such candidate waits here for its next sentence pair, to be tried again in its place: best
 * score first, then by first sentence, then by second (by key, first·n + second). Rare: a weak
 * link is usually between groups no merge will bring closer.
 */
export class WeakLinks {
  private readonly heap: Waiting[] = [];

  get size(): number {
    return this.heap.length;
  }

  /** Whether the next waiting pair comes before a candidate pair of this score and key. */
  before(score: number, key: number): boolean {
    const top = this.heap[0];
    return top !== undefined && comesBefore(top.score, top.keys[top.at], score, key);
  }

  /** The next waiting pair (its key is `keys[at]`), taken out: `retry` puts its groups back while still weak. */
  take(): Waiting {
    const top = this.heap[0];
    const last = this.heap.pop()!;
    if (this.heap.length) {
      this.heap[0] = last;
      this.down(0);
    }
    return top;
  }

  /**
   * The two groups' link was weak at the pair `key`: they wait for their next sentence pair. `keys`
   * are all their sentence pairs' keys, ascending (built on the first retry, then passed back as
   * `waiting.keys`).
   */
  retry(score: number, keys: number[], key: number): void {
    let at = 0;
    while (at < keys.length && keys[at] <= key) at++;
    if (at === keys.length) return;
    this.heap.push({ score, keys, at });
    this.up(this.heap.length - 1);
  }

  private up(k: number): void {
    const { heap } = this;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!earlier(heap[k], heap[parent])) break;
      [heap[k], heap[parent]] = [heap[parent], heap[k]];
      k = parent;
    }
  }

  private down(k: number): void {
    const { heap } = this;
    for (;;) {
      let first = k;
      for (const child of [2 * k + 1, 2 * k + 2]) if (child < heap.length && earlier(heap[child], heap[first])) first = child;
      if (first === k) return;
      [heap[k], heap[first]] = [heap[first], heap[k]];
      k = first;
    }
  }
}

export interface Waiting {
  score: number;
  /** The group pair's sentence pairs, ascending by key; `at` is the next to try. */
  keys: number[];
  at: number;
}

function earlier(a: Waiting, b: Waiting): boolean {
  return comesBefore(a.score, a.keys[a.at], b.score, b.keys[b.at]);
}

function comesBefore(score: number, key: number, otherScore: number, otherKey: number): boolean {
  return score > otherScore || (score === otherScore && key < otherKey);
}
