/**
 * Characterization: the passages describe or judge differently — other adjectives, adverbs,
 * evaluative verbs or loaded nouns ("very productive" / "frank", "praised" / "criticised",
 * "incursion" / "invasion"). Substantive: how a story characterises events is what editors check.
 */
import { looksDescriptive } from "../lexicon/evaluative";
import type { Detector, Side } from "./detector";
import { isFunctionNorm, isNameToken, isRewrite, lemma, plain, spelledOut, unmatched, type Word } from "./words";

/** The distinct tokens behind some words, as written. */
const describe = (words: Word[]) => plain([...new Set(words.map((w) => w.token))]);

export const characterizationDetector: Detector = {
  name: "characterization",
  detect({ base, other }) {
    const byLemma = (w: Word) => lemma(w.norm);
    // Names are not descriptions, whatever their ending ("Bryant").
    const content = (side: Side) => spelledOut(side).filter((w) => w.token.kind === "word" && !isFunctionNorm(w.norm) && !isNameToken(w.token, side));
    const a = content(base);
    const b = content(other);
    const onlyA = unmatched(a, b, byLemma).filter((w) => looksDescriptive(w.norm));
    const onlyB = unmatched(b, a, byLemma).filter((w) => looksDescriptive(w.norm));
    if (!onlyA.length && !onlyB.length) return undefined;
    // In a rewritten sentence the summary names just the words that characterise differently.
    const focus = isRewrite(base, other) ? { base: describe(onlyA), other: describe(onlyB) } : undefined;
    return { category: "characterization", severity: "substantive", focus };
  },
};
