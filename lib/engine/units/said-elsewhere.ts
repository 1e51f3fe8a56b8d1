/**
 * SAID ELSEWHERE: whether a version states a statement somewhere in its text, in one sentence or
 * two neighbouring ones, wherever they sit. Versions move facts about: a rewritten lede folds in
 * what another version tells in its fifth paragraph, a list item is merged into the sentence before.
 * The aligner pairs sentences that say about the same; this asks the looser, one-sided question
 * "is what this sentence says contained there?", so a fact a version carries in another place is
 * not reported as missing from it.
 */
import { contentTerms } from "../align/normalise";
import { memoByText } from "../memo";
import { WRITTEN_FIGURE } from "../lexicon/numbers";
import { quantitiesOfText, type Quantity } from "../facts/quantity";
import { statesFigure } from "../facts/quantity-conflicts";
import type { SentenceRef } from "./sentences";

/**
 * Share of a statement's weighted words that must be found together, with every one of its figures
 * (by value and what it counts: "1/2 percentage point" is "50 basis points", "4-3/4" is "4.75";
 * other numbers, such as a date's day or a year, as the same digits): half of what it says, its
 * rarer words counting more, is more than a shared topic; a version that only touches the same
 * subject keeps far less of it.
 */
export const SAID_ELSEWHERE_MIN = 0.5;

interface Terms {
  /** Content words; figures are checked apart, by value. */
  words: string[];
  /** Figures with what they count: stated elsewhere when a figure there has the same value and unit ("1/2 percentage point" / "50 basis points"). */
  quantities: Quantity[];
  /** Other numbers (a date's day, a year): stated elsewhere as the same digits. */
  numbers: string[];
  /** Every figure as written in the sentence: where another statement's numbers are looked for. */
  written: Set<string>;
}

/** A sentence's distinct words and figures; copies repeat most wordings, so each is read once. */
const termsIn = memoByText(20_000, (text: string): Terms => {
  const all = contentTerms(text);
  const quantities = quantitiesOfText(text);
  const figures = [...text.matchAll(WRITTEN_FIGURE)];
  const numbers = figures.filter((m) => !quantities.some((q) => m.index! >= q.start && m.index! < q.end)).map((m) => m[0]);
  return {
    words: [...new Set(all.filter((t) => t.kind !== "number").map((t) => t.key))],
    quantities,
    numbers: [...new Set(numbers)],
    written: new Set(figures.map((m) => m[0])),
  };
});

export class StatementIndex {
  private readonly terms = new Map<string, Terms>();
  private readonly frequency = new Map<string, number>();
  private readonly sentences: number;
  /** Per source: term → positions (reading order) of its sentences that use it. Built on demand. */
  private readonly postings = new Map<string, Map<string, number[]>>();
  private readonly weights = new Map<string, number>();
  private readonly buffers: [Float64Array, Float64Array] = [new Float64Array(0), new Float64Array(0)];

  constructor(private readonly bySource: Map<string, SentenceRef[]>) {
    let count = 0;
    // Copies repeat most wordings: each wording's words are counted once, as often as it occurs.
    const occurrences = new Map<string, number>();
    for (const list of bySource.values()) {
      for (const sentence of list) {
        count++;
        this.terms.set(sentence.id, termsIn(sentence.text));
        occurrences.set(sentence.text, (occurrences.get(sentence.text) ?? 0) + 1);
      }
    }
    for (const [text, n] of occurrences) for (const w of termsIn(text).words) this.frequency.set(w, (this.frequency.get(w) ?? 0) + n);
    this.sentences = count;
  }

  /** Per source, per wording of a statement: whether the source states it (copies ask again and again). */
  private readonly answers = new Map<string, Map<string, boolean>>();

  /** Whether `source` states `statement` in one sentence or two neighbouring ones. */
  says(source: string, statement: SentenceRef): boolean {
    const own = this.terms.get(statement.id);
    if (!own?.words.length) return false;
    let known = this.answers.get(source);
    if (!known) this.answers.set(source, (known = new Map()));
    let answer = known.get(statement.text);
    if (answer === undefined) {
      answer = this.statesTerms(source, own);
      known.set(statement.text, answer);
    }
    return answer;
  }

  /** Whether `source` states what a statement with these terms says: the answer depends on its wording alone. */
  private statesTerms(source: string, own: Terms): boolean {
    const postings = this.postingsOf(source);
    const length = this.bySource.get(source)?.length ?? 0;
    const single = this.scratch(0, length);
    const pair = this.scratch(1, length);
    let mass = 0;
    for (const word of own.words) {
      const w = this.weight(word);
      mass += w;
      let lastPair = -1;
      for (const at of postings.get(word) ?? []) {
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
    const list = this.bySource.get(source) ?? [];
    const figuresIn = (positions: number[]) => {
      const there = positions.flatMap((at) => (list[at] ? [list[at]] : []));
      const quantities = there.flatMap((s) => this.terms.get(s.id)?.quantities ?? []);
      if (!own.quantities.every((q) => statesFigure(quantities, q))) return false;
      return own.numbers.every((n) => there.some((s) => this.terms.get(s.id)?.written.has(n)));
    };
    for (let at = 0; at < length; at++) {
      if (single[at] >= SAID_ELSEWHERE_MIN * mass && figuresIn([at])) return true;
      if (pair[at] >= SAID_ELSEWHERE_MIN * mass && figuresIn([at, at + 1])) return true;
    }
    return false;
  }

  private weight(word: string): number {
    let w = this.weights.get(word);
    if (w === undefined) {
      w = Math.log(1 + this.sentences / (this.frequency.get(word) ?? 1));
      this.weights.set(word, w);
    }
    return w;
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

  private postingsOf(source: string): Map<string, number[]> {
    let index = this.postings.get(source);
    if (index) return index;
    index = new Map();
    for (const sentence of this.bySource.get(source) ?? []) {
      for (const word of this.terms.get(sentence.id)?.words ?? []) {
        const list = index.get(word);
        if (list) list.push(sentence.order);
        else index.set(word, [sentence.order]);
      }
    }
    this.postings.set(source, index);
    return index;
  }
}
