/**
 * WORDINGS: each distinct sentence text among the versions numbered, in order of first use (the
 * versions in the order given, each in reading order), and each sentence's number by its place in
 * its source's reading order. Copies repeat most sentences word for word, and the omission stages
 * ask the same question of a wording again and again (is it reworded there, is it said there): a
 * number is a cheap key and an index into a plain array, where a text is neither.
 */
import type { SentenceRef } from "./sentences";

export class Wordings {
  /** Each wording's text, by its number. */
  readonly texts: string[] = [];
  private readonly numbers = new Map<string, Int32Array>();

  constructor(private readonly bySource: Map<string, SentenceRef[]>) {
    const byText = new Map<string, number>();
    for (const [source, list] of bySource) {
      const numbers = new Int32Array(list.length);
      for (let k = 0; k < list.length; k++) {
        const text = list[k].text;
        let n = byText.get(text);
        if (n === undefined) {
          n = this.texts.length;
          byText.set(text, n);
          this.texts.push(text);
        }
        numbers[k] = n;
      }
      this.numbers.set(source, numbers);
    }
  }

  /** How many distinct wordings: numbers run 0 … count - 1. */
  get count(): number {
    return this.texts.length;
  }

  /** Per position in `source`'s reading order, the wording of its sentence there (empty for a source not given). */
  at(source: string): Int32Array {
    return this.numbers.get(source) ?? NONE;
  }

  /** A sentence's wording; -1 for one that is not the sentence its source's list holds where its order puts it. */
  of(sentence: SentenceRef): number {
    const list = this.bySource.get(sentence.source);
    return list?.[sentence.order] === sentence ? this.numbers.get(sentence.source)![sentence.order] : -1;
  }
}
const NONE = new Int32Array(0);
