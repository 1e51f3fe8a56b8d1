/**
 * SAID ELSEWHERE: whether a version states a statement somewhere in its text, in one sentence or
 * two neighbouring ones, wherever they sit. Versions move facts about: a rewritten lede folds in
 * what another version tells in its fifth paragraph, a list item is merged into the sentence before.
 * The aligner pairs sentences that say about the same; this asks the looser, one-sided question
 * "is what this sentence says contained there?", so a fact a version carries in another place is
 * not reported as missing from it.
 */
import * as normalise from "../align/normalise";
import * as numbers from "../lexicon/numbers";
import * as quantity from "../facts/quantity";
import type { Quantity } from "../facts/quantity";
import * as quantityConflicts from "../facts/quantity-conflicts";
import type { SentenceRef } from "./sentences";
import { Wordings } from "./wordings";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the engine worker, CLI and benchmarks run so), and these are read per sentence of every version.
const { contentTerms } = normalise;
const { WRITTEN_FIGURE } = numbers;
const { quantitiesOfText } = quantity;
const { statesFigure } = quantityConflicts;

/**
 * Share of a statement's weighted words that must be found together, with every one of its figures
 * (by value and what it counts: "1/2 percentage point" is "50 basis points", "4-3/4" is "4.75";
 * other numbers, such as a date's day or a year, as the same digits): half of what it says, its
 * rarer words counting more, is more than a shared topic; a version that only touches the same
 * subject keeps far less of it.
 */
export const SAID_ELSEWHERE_MIN = 0.5;

/** What a statement says, apart from its words: its figures. */
interface Figures {
  /** Figures with what they count: stated elsewhere when a figure there has the same value and unit ("1/2 percentage point" / "50 basis points"). */
  quantities: Quantity[];
  /** Other numbers (a date's day, a year): stated elsewhere as the same digits. */
  numbers: string[];
  /** Every figure as written in the sentence: where another statement's numbers are looked for. */
  written: Set<string>;
}

function figuresIn(text: string): Figures {
  const quantities = quantitiesOfText(text);
  const figures = [...text.matchAll(WRITTEN_FIGURE)];
  const numbers = figures.filter((m) => !quantities.some((q) => m.index! >= q.start && m.index! < q.end)).map((m) => m[0]);
  return { quantities, numbers: [...new Set(numbers)], written: new Set(figures.map((m) => m[0])) };
}

export class StatementIndex {
  private readonly wordings: Wordings;
  /**
   * Per wording w: its distinct words as vocabulary ids, in the order met, at wordIds[idsStart[w]]
   * … wordIds[idsStart[w + 1] - 1]. One flat array for all wordings: a typed array of its own per
   * wording (every new wording of the copies) cost more to allocate than to fill.
   */
  private readonly wordIds: Int32Array;
  private readonly idsStart: Int32Array;
  /** Per word id: its weight, rarer words more. */
  private readonly weights: Float64Array;
  /**
   * Per wording: its figures, read when first needed. Only the sentences where a statement's words
   * are found together are searched for its figures: a few of the thousands of wordings of 50 copies.
   */
  private readonly figures: Array<Figures | undefined> = [];
  /** Per source: word id → positions (reading order) of its sentences that use it. Built on demand. */
  private readonly postings = new Map<string, Postings>();
  private readonly buffers: [Float64Array, Float64Array] = [new Float64Array(0), new Float64Array(0)];
  /** Per source, per wording of a statement: whether the source states it (copies ask again and again): UNKNOWN, SAID or NOT_SAID. */
  private readonly answers = new Map<string, Uint8Array>();

  /** `wordings` numbers the sentences of `bySource` (omissions has them already). */
  constructor(
    private readonly bySource: Map<string, SentenceRef[]>,
    wordings: Wordings = new Wordings(bySource),
  ) {
    this.wordings = wordings;
    // Copies repeat most wordings: each wording's words are numbered and counted once, as often as it occurs.
    const occurrences = new Int32Array(wordings.count);
    let count = 0;
    for (const source of bySource.keys()) {
      const at = wordings.at(source);
      count += at.length;
      for (let k = 0; k < at.length; k++) occurrences[at[k]]++;
    }
    const vocabulary = new Map<string, number>();
    const frequency: number[] = [];
    // Per word id, the wording last met with it: a wording's distinct words without a set per wording.
    const metIn: number[] = [];
    const ids: number[] = [];
    const idsStart = (this.idsStart = new Int32Array(wordings.count + 1));
    for (let w = 0; w < wordings.count; w++) {
      // Content words only: figures are checked apart, by value.
      for (const term of contentTerms(wordings.texts[w])) {
        if (term.kind === "number") continue;
        let id = vocabulary.get(term.key);
        if (id === undefined) {
          id = frequency.length;
          vocabulary.set(term.key, id);
          frequency.push(0);
          metIn.push(-1);
        }
        if (metIn[id] === w) continue;
        metIn[id] = w;
        frequency[id] += occurrences[w];
        ids.push(id);
      }
      idsStart[w + 1] = ids.length;
    }
    this.wordIds = new Int32Array(ids.length);
    for (let k = 0; k < ids.length; k++) this.wordIds[k] = ids[k];
    this.weights = new Float64Array(frequency.length);
    for (let id = 0; id < frequency.length; id++) this.weights[id] = Math.log(1 + count / frequency[id]);
  }

  /** Whether `source` states `statement` in one sentence or two neighbouring ones. */
  says(source: string, statement: SentenceRef): boolean {
    const wording = this.wordings.of(statement);
    if (wording < 0) return this.saysUnnumbered(source, statement);
    if (this.idsStart[wording] === this.idsStart[wording + 1]) return false;
    let known = this.answers.get(source);
    if (!known) this.answers.set(source, (known = new Uint8Array(this.wordings.count)));
    if (known[wording] === UNKNOWN) known[wording] = this.statesTerms(source, this.figuresOf(wording), wording) ? SAID : NOT_SAID;
    return known[wording] === SAID;
  }

  /** says() for a statement that is not where its source's list and order put it: its words are those of the sentence of its id. */
  private saysUnnumbered(source: string, statement: SentenceRef): boolean {
    const list = this.bySource.get(statement.source) ?? [];
    const place = list.findIndex((s) => s.id === statement.id);
    if (place < 0) return false;
    const wording = this.wordings.at(statement.source)[place];
    return this.idsStart[wording] < this.idsStart[wording + 1] && this.statesTerms(source, figuresIn(statement.text), wording);
  }

  /** A wording's figures, read once. */
  private figuresOf(wording: number): Figures {
    return (this.figures[wording] ??= figuresIn(this.wordings.texts[wording]));
  }

  /** Whether `source` states what a statement with these figures and the words of `wording` says: the answer depends on its wording alone. */
  private statesTerms(source: string, own: Figures, wording: number): boolean {
    const { start, at: positions } = this.postingsOf(source);
    const there = this.wordings.at(source);
    const length = there.length;
    const single = this.scratch(0, length);
    const pair = this.scratch(1, length);
    const { wordIds, idsStart } = this;
    let mass = 0;
    for (let k = idsStart[wording], end = idsStart[wording + 1]; k < end; k++) {
      const id = wordIds[k];
      const w = this.weights[id];
      mass += w;
      let lastPair = -1;
      for (let p = start[id], end = start[id + 1]; p < end; p++) {
        const at = positions[p];
        single[at] += w;
        // Pair p covers sentences p and p + 1: count the word once per pair (p = at - 1, then at).
        if (at >= 1 && at - 1 > lastPair) {
          pair[at - 1] += w;
          lastPair = at - 1;
        }
        if (at + 1 < length && at > lastPair) {
          pair[at] += w;
          lastPair = at;
        }
      }
    }
    for (let at = 0; at < length; at++) {
      if (single[at] >= SAID_ELSEWHERE_MIN * mass && this.statesFigures(own, there, at, at + 1)) return true;
      if (pair[at] >= SAID_ELSEWHERE_MIN * mass && this.statesFigures(own, there, at, at + 2)) return true;
    }
    return false;
  }

  /**
   * Whether the sentences at positions from…to - 1 (of wordings `there`) state every figure of
   * `own`: each of its figures with the same value and unit in one of them, each of its other
   * numbers written in one of them.
   */
  private statesFigures(own: Figures, there: Int32Array, from: number, to: number): boolean {
    const end = Math.min(to, there.length);
    for (const q of own.quantities) {
      let found = false;
      for (let at = from; at < end && !found; at++) found = statesFigure(this.figuresOf(there[at]).quantities, q);
      if (!found) return false;
    }
    for (const n of own.numbers) {
      let found = false;
      for (let at = from; at < end && !found; at++) found = this.figuresOf(there[at]).written.has(n);
      if (!found) return false;
    }
    return true;
  }

  /**
   * Zeroed sums for one call, reused: says() runs for every version that seems to skip a statement
   * (thousands of times over 50 copies), so it allocates nothing per call.
   */
  private scratch(which: 0 | 1, length: number): Float64Array {
    let buffer = this.buffers[which];
    if (buffer.length < length) buffer = this.buffers[which] = new Float64Array(length);
    buffer.fill(0, 0, length);
    return buffer;
  }

  /**
   * Counted, then filled: two walks over the source's word ids into two flat arrays, where a map
   * of lists would allocate a list per word for each of 50 versions.
   */
  private postingsOf(source: string): Postings {
    let index = this.postings.get(source);
    if (index) return index;
    const there = this.wordings.at(source);
    const list = this.bySource.get(source) ?? [];
    const { wordIds, idsStart } = this;
    const start = new Int32Array(this.weights.length + 1);
    for (let k = 0; k < there.length; k++) for (let j = idsStart[there[k]]; j < idsStart[there[k] + 1]; j++) start[wordIds[j] + 1]++;
    for (let id = 0; id < this.weights.length; id++) start[id + 1] += start[id];
    const at = new Int32Array(start[this.weights.length]);
    const next = start.slice(0, this.weights.length);
    for (let k = 0; k < there.length; k++) for (let j = idsStart[there[k]]; j < idsStart[there[k] + 1]; j++) at[next[wordIds[j]]++] = list[k].order;
    index = { start, at };
    this.postings.set(source, index);
    return index;
  }
}
const UNKNOWN = 0;
const SAID = 1;
const NOT_SAID = 2;

/** Word id k's positions are at[start[k]] … at[start[k + 1] - 1], in reading order. */
interface Postings {
  start: Int32Array;
  at: Int32Array;
}
