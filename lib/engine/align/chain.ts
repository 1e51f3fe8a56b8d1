/**
 * The monotonic backbone of an alignment: among candidate pairs (paragraph i ↔ row j, score), the
 * set with the greatest total score in which i strictly increases and j never decreases (several
 * consecutive paragraphs may share a row: a paragraph split in two). Works on the sparse candidate
 * list, O(P log rows), instead of a dense paragraphs × rows table.
 */

export interface ScoredPair {
  paragraph: number;
  row: number;
  score: number;
}

export function heaviestIncreasingChain(pairs: ScoredPair[], rowCount: number): ScoredPair[] {
  if (!pairs.length) return [];
  // Pairs already one chain (one per paragraph, rows rising: a copy placed in order) are all of
  // it: scores are positive, so each pair's total tops every one before it, which makes the pair
  // before it its predecessor and the last pair the end.
  if (isOneChain(pairs)) return pairs.slice();
  // Same paragraph: higher rows first, so one paragraph never chains onto itself.
  const order = byParagraphThenRowDown(pairs);
  const best = new PrefixMax(rowCount);
  const total = new Float64Array(order.length);
  const previous = new Int32Array(order.length).fill(-1);
  let end = -1;
  for (let k = 0; k < order.length; k++) {
    const { row, score } = order[k];
    const [before, at] = best.query(row);
    total[k] = before + score;
    previous[k] = at;
    best.update(row, total[k], k);
    if (end < 0 || total[k] > total[end]) end = k;
  }
  const chain: ScoredPair[] = [];
  for (let k = end; k >= 0; k = previous[k]) chain.push(order[k]);
  return chain.reverse();
}

/** Whether paragraphs and rows both strictly rise along the pairs, each score above 0. */
function isOneChain(pairs: ScoredPair[]): boolean {
  if (!(pairs[0].score > 0)) return false;
  for (let k = 1; k < pairs.length; k++) {
    if (pairs[k].paragraph <= pairs[k - 1].paragraph || pairs[k].row <= pairs[k - 1].row || !(pairs[k].score > 0)) return false;
  }
  return true;
}

/**
 * The pairs stably sorted by paragraph, then row descending. Callers list them paragraph by
 * paragraph, so only each paragraph's few pairs are put in order (an insertion sort, stable like
 * the built-in one); pairs in another order are sorted whole.
 */
function byParagraphThenRowDown(pairs: ScoredPair[]): ScoredPair[] {
  const order = pairs.slice();
  for (let k = 1; k < order.length; k++) {
    if (order[k].paragraph < order[k - 1].paragraph) return order.sort((a, b) => a.paragraph - b.paragraph || b.row - a.row);
  }
  for (let k = 1; k < order.length; k++) {
    const pair = order[k];
    let at = k;
    while (at > 0 && order[at - 1].paragraph === pair.paragraph && order[at - 1].row < pair.row) {
      order[at] = order[at - 1];
      at--;
    }
    order[at] = pair;
  }
  return order;
}

/** Fenwick tree of (best total, pair index) over row positions, queried by prefix. */
class PrefixMax {
  private readonly value: Float64Array;
  private readonly index: Int32Array;

  constructor(size: number) {
    this.value = new Float64Array(size + 1);
    this.index = new Int32Array(size + 1).fill(-1);
  }

  /** Best over rows 0..row (row may be -1: nothing). */
  query(row: number): [number, number] {
    let bestValue = 0;
    let bestIndex = -1;
    for (let i = row + 1; i > 0; i -= i & -i) {
      if (this.value[i] > bestValue) {
        bestValue = this.value[i];
        bestIndex = this.index[i];
      }
    }
    return [bestValue, bestIndex];
  }

  update(row: number, value: number, index: number): void {
    for (let i = row + 1; i < this.value.length; i += i & -i) {
      if (value > this.value[i]) {
        this.value[i] = value;
        this.index[i] = index;
      }
    }
  }
}
