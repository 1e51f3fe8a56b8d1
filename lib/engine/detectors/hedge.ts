/**
 * Hedge: one version calls a person or a fact "alleged", "suspected" or "reportedly" so, the other
 * states it flatly. Whether a copy asserts what its source only attributes is what a libel lawyer
 * reads first, so a dropped hedge is substantive however short, where another dropped adjective is
 * a slight omission.
 */
import type { Detector, Side } from "./detector";
import * as wordsModule from "./words";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { isFunctionWord, rowWords, wordsOf } = wordsModule;

/** Words that make a statement someone's claim or an inference, not the writer's own assertion. */
const HEDGES: ReadonlySet<string> = new Set([
  "alleged", "allegedly", "suspected", "reportedly", "purported", "purportedly", "apparent", "apparently", "unconfirmed", "presumed",
  "supposedly", "possibly", "probably", "believed", "thought",
]);

export const hedgeDetector: Detector = {
  name: "hedge",
  detect({ base, other }) {
    const [a, b] = [hedgesOnly(base), hedgesOnly(other)];
    // Hedge words on one side where the other has none (or only function words: "an alleged" / "a").
    if (a === undefined || b === undefined || (a.length > 0) === (b.length > 0)) return undefined;
    const lacking = a.length ? other : base;
    const hedge = (a.length ? a : b)[0];
    // Hedged elsewhere in the other version's words ("the suspected gunman … the gunman, a suspect"): the same claim.
    if (rowWords(lacking.row).has(hedge)) return undefined;
    return { category: "characterization", severity: "substantive", label: "Hedge" };
  },
};

/** A side's hedge words, when it has nothing else but function words; undefined when it says more. */
function hedgesOnly(side: Side): string[] | undefined {
  const hedges: string[] = [];
  for (const t of wordsOf(side)) {
    const norm = t.norm.toLowerCase();
    if (HEDGES.has(norm)) hedges.push(norm);
    else if (!isFunctionWord(t)) return undefined;
  }
  return hedges;
}
