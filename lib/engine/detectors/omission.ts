/**
 * Omission within a row: one passage has words where the other has none (a clause or sentence one
 * copy dropped, or added). Substantive when the words carry checkable facts — a figure in a phrase,
 * a quotation, two or more names, or a clause's worth of content — minor otherwise ("also",
 * "(February)"). Inserted title words ("deputy") are left to the entity detector.
 */
import * as titles from "../lexicon/titles";
import type { Detector, Side } from "./detector";
import type { Token } from "../tokenize";
import * as numberReadings from "./number";
import * as wordsModule from "./words";
import * as dateReadings from "./date";
import { quoteDetector } from "./quote";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { figuresOf, rowStates } = numberReadings;
const { isDatePartOf } = dateReadings;

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { contentWords, isFunctionNorm, nameTokens, rowMentionsName, unmatched, wordsOf } = wordsModule;
const { TITLE_STATUS, TITLE_WORDS } = titles;

/** A figure counts as a fact when it comes with at least this many words ("in 150 countries"). */
const FIGURE_PHRASE_WORDS = 3;
/** Quoted words that make a quotation worth checking. */
const QUOTE_WORDS = 3;
/** Names (capitalised, mid-sentence) that make a passage checkable. */
const NAMES = 2;
/** Content words that make a clause. */
const CLAUSE_CONTENT_WORDS = 6;

// Module level: keepNames transpilers (tsx runs the benchmarks so) name each closure made.
const isTitleWord = (t: Token) => TITLE_WORDS.has(t.norm.toLowerCase()) || TITLE_STATUS.has(t.norm.toLowerCase());
const isQuotedToken = (t: Token) => t.quoted;

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
    if (words.every(isTitleWord)) return undefined;
    // Part of a date written another way ("the 8th of" September) is the date detector's.
    if (isDatePartOf(side, lacking)) return undefined;
    // Words dropped from the middle of a quotation that is otherwise word for word the same ("The
    // Portuguese people wanted change" / "The Portuguese wanted a change") misquote it: the quote
    // detector's. At a quotation's start or end they only make a shorter excerpt; in a quotation
    // that differs elsewhere too (two translations of one remark) they are its wording. Judged here,
    // before any detector reads the dropped word itself ("deeply" is a describing word).
    if (words.every(isQuotedToken) && droppedFromQuotation(side, lacking)) return quoteDetector.detect({ base, other });
    const content = contentWords(side);
    if (!content.length) return { category: "format", severity: "minor", label: "Wording" };
    return { category: "omission", severity: isCheckable(side, lacking, words, content.length) ? "substantive" : "minor" };
  },
};

/**
 * Whether the words one side has and `lacking` lacks carry a checkable fact: a figure in a phrase,
 * a quotation, names, or a clause's worth of content words. Facts the other version states
 * elsewhere in its row were moved, not dropped. Each test is read only when the cheaper ones left
 * the answer open: most omissions are a word or two ("also"), and whether a row names a name
 * anywhere is the dearest question (its names are gathered for the whole row).
 */
function isCheckable(side: Side, lacking: Side, words: Token[], contentWords: number): boolean {
  if (contentWords >= CLAUSE_CONTENT_WORDS) return true;
  if (words.length >= FIGURE_PHRASE_WORDS) {
    for (const figure of figuresOf(side)) if (!rowStates(lacking, figure.value)) return true;
  }
  let quoted = 0;
  for (const t of words) if (t.quoted) quoted++;
  if (quoted >= QUOTE_WORDS) return true;
  const names = nameTokens(side);
  if (names.length < NAMES) return false;
  let unmentioned = 0;
  for (const t of names) if (!rowMentionsName(lacking.row, t) && ++unmentioned >= NAMES) return true;
  return false;
}

/** The quoted tokens around [from, to) of a row, the stretch itself included. */
function quotationAround(tokens: Token[], from: number, to: number): Token[] {
  let start = from;
  while (start > 0 && tokens[start - 1].quoted && tokens[start - 1].kind !== "boundary") start--;
  let end = to;
  while (end < tokens.length && tokens[end].quoted && tokens[end].kind !== "boundary") end++;
  return tokens.slice(start, end);
}

/** Whether the words next to a side on both hands are quoted (loops, not copies of the row reversed). */
function insideQuotation(side: Side): boolean {
  const tokens = side.row.tokens;
  let before = side.from - 1;
  while (before >= 0 && tokens[before].kind !== "word") before--;
  if (before < 0 || !tokens[before].quoted) return false;
  let after = side.to;
  while (after < tokens.length && tokens[after].kind !== "word") after++;
  return after < tokens.length && tokens[after].quoted;
}

/** Whether `side`'s words are all that its quotation has and `lacking`'s lacks, inside the quotation. */
function droppedFromQuotation(side: Side, lacking: Side): boolean {
  if (!insideQuotation(lacking)) return false;
  // "…" where the words were marks the cut; "(local)" or "[Democrats]" is the writer's note.
  if (lacking.tokens.some((t) => /…|\.\.\./.test(t.text))) return false;
  if (side.tokens.some((t) => /^[([\])]$/.test(t.text))) return false;
  const full = quotedContent(quotationAround(side.row.tokens, side.from, side.to));
  const short = quotedContent(quotationAround(lacking.row.tokens, lacking.from, lacking.to));
  if (unmatched(short, full, lowerNorm).length) return false;
  const dropped = new Set(quotedContent(side.tokens));
  return unmatched(full, short, lowerNorm).every((t) => dropped.has(t));
}

// Module level: keepNames transpilers name each closure made, and long quotations are read so.
const isContentToken = (t: Token) => t.kind === "word" && !isFunctionNorm(t.norm.toLowerCase());
const quotedContent = (tokens: Token[]) => tokens.filter(isContentToken);
const lowerNorm = (t: Token) => t.norm.toLowerCase();
