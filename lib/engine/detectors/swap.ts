/**
 * Swap: the same words with two of them exchanged around a word that relates them ("from Taipei to
 * Kinmen" / "from Kinmen to Taipei", "Lakers beat Celtics" / "Celtics beat Lakers"): who did what
 * to whom, or which way, changed. Two items of a list exchanged ("Smith and Jones" / "Jones and
 * Smith") are only another order, left to the wording detector.
 */
import type { Token } from "../tokenize";
import type { Detector } from "./detector";
import * as wordsModule from "./words";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { contentWords, lemma } = wordsModule;

/** What may stand between two list items: their order says nothing. */
const LIST_JOINERS: ReadonlySet<string> = new Set(["and", "or", "&", ",", "as", "well", "plus", "the", "a", "an", "both", "either"]);

/** Whether a word between two exchanged ones only joins a list or is another of its items ("Texas, Oklahoma and Kansas"). */
export const joinsList = (word: string, isName: boolean) => isName || LIST_JOINERS.has(word.toLowerCase());

const keyOf = (t: Token) => lemma(t.norm.toLowerCase());

export const swapDetector: Detector = {
  name: "swap",
  detect({ base, other }) {
    const a = contentWords(base);
    const b = contentWords(other);
    if (a.length !== b.length || a.length < 2) return undefined;
    const differing = a.map((_, i) => i).filter((i) => keyOf(a[i]) !== keyOf(b[i]));
    if (differing.length !== 2) return undefined;
    const [i, j] = differing;
    if (keyOf(a[i]) !== keyOf(b[j]) || keyOf(a[j]) !== keyOf(b[i])) return undefined;
    const between = base.tokens.slice(base.tokens.indexOf(a[i]) + 1, base.tokens.indexOf(a[j]));
    // Between two items of one list stand joiners and the list's other items ("Texas, Oklahoma and Kansas").
    if (between.every((t) => joinsList(t.norm, t.capitalized && !t.sentenceStart))) return undefined;
    return { category: "characterization", severity: "substantive", label: "Swapped", focus: { base: `${a[i].text} … ${a[j].text}`, other: `${b[i].text} … ${b[j].text}` } };
  },
};
