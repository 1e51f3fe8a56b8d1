/**
 * Punctuation: the two passages have the same words and differ only in commas, dashes, brackets,
 * full stops… (quotation marks never reach the differ). Cosmetic.
 */
import type { Detector } from "./detector";
import { wordsOf } from "./words";

export const punctuationDetector: Detector = {
  name: "punctuation",
  detect({ base, other }) {
    const a = wordsOf(base).map((t) => t.norm);
    const b = wordsOf(other).map((t) => t.norm);
    if (a.length !== b.length || a.some((norm, i) => norm !== b[i])) return undefined;
    return { category: "punctuation", severity: "cosmetic", relation: "=" };
  },
};
