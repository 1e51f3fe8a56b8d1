/**
 * Wording: what is left — other words for the same thing. Function words only ("the" / "a") or
 * inflection only ("sold" / "selling") is minor; a change of content words is minor
 * characterization unless an earlier detector found names, figures, dates, negation or evaluative
 * words in it.
 */
import { REPORTING_VERBS } from "../lexicon/function-words";
import type { Detector } from "./detector";
import * as wordsModule from "./words";
import type { Word } from "./words";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { isFunctionNorm, lemma, spelledOut, unmatched } = wordsModule;

// Module level: keepNames transpilers (tsx runs the benchmarks so) name each closure made.
const byLemma = (w: Word) => lemma(w.norm);
const byNorm = (w: Word) => w.norm;
const isContentWord = (w: Word) => !isFunctionNorm(w.norm);
const isReportingVerb = (w: Word) => REPORTING_VERBS.has(w.norm);

export const wordingDetector: Detector = {
  name: "wording",
  detect({ base, other }) {
    const a = spelledOut(base).filter(isContentWord);
    const b = spelledOut(other).filter(isContentWord);
    const changed = [...unmatched(a, b, byLemma), ...unmatched(b, a, byLemma)];
    if (!changed.length) {
      const inflected = unmatched(a, b, byNorm).length + unmatched(b, a, byNorm).length > 0;
      return inflected
        ? { category: "characterization", severity: "minor", label: "Wording" }
        : { category: "format", severity: "minor", label: "Wording" };
    }
    if (changed.every(isReportingVerb)) return { category: "characterization", severity: "minor", label: "Attribution" };
    return { category: "characterization", severity: "minor", label: "Wording" };
  },
};
