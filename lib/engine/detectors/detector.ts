/**
 * What a detector sees and says. The classifier hands each detector one pair of differing passages
 * (the primary source's and another source's) and runs the detectors in priority order; the first
 * that returns a verdict decides the category.
 */
import type { Token, TokenizedRow } from "../tokenize";
import type { Category, Severity } from "../types";

/** One source's side of a difference: tokens [from, to) of its row. */
export interface Side {
  source: string;
  row: TokenizedRow;
  from: number;
  to: number;
  /** The differing tokens, paragraph breaks left out. */
  tokens: Token[];
}

export interface HunkPair {
  base: Side;
  other: Side;
}

/** How the summary grows the differing words before quoting them ("America" → "North America"). */
export type Widening = "name" | "title" | "figure" | "date";

export interface Verdict {
  category: Category;
  severity: Severity;
  /** What kind of thing differs, for the summary ("Title", "Polarity"); the classifier may find a better one. */
  label?: string;
  widen?: Widening;
  /** How the variants relate in the summary: "≠" (default), "≈" nearly the same, "=" the same said differently. */
  relation?: "≠" | "≈" | "=";
  /**
   * The words that decide, when the passages are long (a rewritten sentence): the summary quotes
   * them instead of the whole passages ("Name: Coulter ≠ Carter").
   */
  focus?: { base: string; other: string };
}

export interface Detector {
  name: string;
  detect(pair: HunkPair): Verdict | undefined;
}
