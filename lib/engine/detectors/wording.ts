/**
 * Wording: what is left — other words for the same thing. Function words only ("the" / "a") or
 * inflection only ("sold" / "selling") is minor; a change of content words is minor
 * characterization unless an earlier detector found names, figures, dates, negation or evaluative
 * words in it.
 */
import { REPORTING_VERBS } from "../lexicon/function-words";
import type { Detector } from "./detector";
import { isFunctionNorm, lemma, spelledOut, unmatched, type Word } from "./words";

export const wordingDetector: Detector = {
  name: "wording",
  detect({ base, other }) {
    const byLemma = (w: Word) => lemma(w.norm);
    const content = (ws: Word[]) => ws.filter((w) => !isFunctionNorm(w.norm));
    const a = content(spelledOut(base));
    const b = content(spelledOut(other));
    const changed = [...unmatched(a, b, byLemma), ...unmatched(b, a, byLemma)];
    if (!changed.length) {
      const inflected = unmatched(a, b, (w) => w.norm).length + unmatched(b, a, (w) => w.norm).length > 0;
      return inflected
        ? { category: "characterization", severity: "minor", label: "Wording" }
        : { category: "format", severity: "minor", label: "Wording" };
    }
    if (changed.every((w) => REPORTING_VERBS.has(w.norm))) return { category: "characterization", severity: "minor", label: "Attribution" };
    return { category: "characterization", severity: "minor", label: "Wording" };
  },
};
