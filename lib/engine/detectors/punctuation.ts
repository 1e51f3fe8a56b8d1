/**
 * Punctuation: the two passages have the same words and differ only in commas, dashes, brackets,
 * full stops… (quotation marks never reach the differ). Cosmetic.
 */
import type { Detector, Side } from "./detector";
import { CURRENCY_SYMBOLS } from "../lexicon/numbers";
import * as wordsModule from "./words";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { wordsOf } = wordsModule;

/** The currency symbols a passage writes, in order ("" for none). */
const currenciesOf = (side: Side) => side.tokens.filter((t) => CURRENCY_SYMBOLS.has(t.text)).map((t) => t.text).join(" ");

export const punctuationDetector: Detector = {
  name: "punctuation",
  detect({ base, other }) {
    // Compared in place: every pair asks, and most differ in their words.
    const a = wordsOf(base);
    const b = wordsOf(other);
    if (a.length !== b.length) return undefined;
    for (let i = 0; i < a.length; i++) if (a[i].norm !== b[i].norm) return undefined;
    // "$2 million" / "£2 million": the same figure in another money is another sum, however small the change looks.
    const [moneyA, moneyB] = [currenciesOf(base), currenciesOf(other)];
    if (moneyA && moneyB && moneyA !== moneyB) return { category: "entity", severity: "substantive", label: "Currency", widen: "figure" };
    return { category: "punctuation", severity: "cosmetic", relation: "=" };
  },
};
