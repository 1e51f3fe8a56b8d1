/**
 * Omission within a row: one passage has words where the other has none (a clause or sentence one
 * copy dropped, or added). Substantive when the words carry checkable facts — a figure in a phrase,
 * a quotation, two or more names, or a clause's worth of content — minor otherwise ("also",
 * "(February)"). Inserted title words ("deputy") are left to the entity detector.
 */
import { TITLE_STATUS, TITLE_WORDS } from "../lexicon/titles";
import type { Detector } from "./detector";
import { figuresOf, rowStates } from "./number";
import { contentWords, nameTokens, rowMentionsName, wordsOf } from "./words";
import { isDatePartOf } from "./date";

/** A figure counts as a fact when it comes with at least this many words ("in 150 countries"). */
const FIGURE_PHRASE_WORDS = 3;
/** Quoted words that make a quotation worth checking. */
const QUOTE_WORDS = 3;
/** Names (capitalised, mid-sentence) that make a passage checkable. */
const NAMES = 2;
/** Content words that make a clause. */
const CLAUSE_CONTENT_WORDS = 6;

export const omissionDetector: Detector = {
  name: "omission",
  detect({ base, other }) {
    const a = wordsOf(base);
    const b = wordsOf(other);
    if (a.length && b.length) return undefined;
    const side = a.length ? base : other;
    const lacking = a.length ? other : base;
    const words = a.length ? a : b;
    if (!words.length) return undefined;
    if (words.every((t) => TITLE_WORDS.has(t.norm.toLowerCase()) || TITLE_STATUS.has(t.norm.toLowerCase()))) return undefined;
    // Part of a date written another way ("the 8th of" September) is the date detector's.
    if (isDatePartOf(side, lacking)) return undefined;
    const content = contentWords(side);
    if (!content.length) return { category: "format", severity: "minor", label: "Wording" };
    // Facts the other version states elsewhere in the row were moved, not dropped.
    const figures = figuresOf(side).filter((f) => !rowStates(lacking, f.value));
    const names = nameTokens(side).filter((t) => !rowMentionsName(lacking.row, t));
    const checkable =
      (figures.length > 0 && words.length >= FIGURE_PHRASE_WORDS) ||
      words.filter((t) => t.quoted).length >= QUOTE_WORDS ||
      names.length >= NAMES ||
      content.length >= CLAUSE_CONTENT_WORDS;
    return { category: "omission", severity: checkable ? "substantive" : "minor" };
  },
};
