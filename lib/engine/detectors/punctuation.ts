/**
 * Punctuation: the two passages have the same words and differ only in commas, dashes, brackets,
 * full stops… (quotation marks never reach the differ). Cosmetic.
 */
import type { Detector, Side } from "./detector";
import { CURRENCY_SYMBOLS } from "../lexicon/numbers";
import { wordsOf } from "./words";

/** The currency symbols a passage writes, in order ("" for none). */
const currenciesOf = (side: Side) => side.tokens.filter((t) => CURRENCY_SYMBOLS.has(t.text)).map((t) => t.text).join(" ");

export const punctuationDetector: Detector = {
  name: "punctuation",
  detect({ base, other }) {
    const a = wordsOf(base).map((t) => t.norm);
    const b = wordsOf(other).map((t) => t.norm);
    if (a.length !== b.length || a.some((norm, i) => norm !== b[i])) return undefined;
    // "$2 million" / "£2 million": the same figure in another money is another sum, however small the change looks.
    const [moneyA, moneyB] = [currenciesOf(base), currenciesOf(other)];
    if (moneyA && moneyB && moneyA !== moneyB) return { category: "entity", severity: "substantive", label: "Currency", widen: "figure" };
    return { category: "punctuation", severity: "cosmetic", relation: "=" };
  },
};
