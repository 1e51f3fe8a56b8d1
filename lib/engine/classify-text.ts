/**
 * The words a discrepancy shows: a variant's differing words and their context, the one-line
 * summary, and the widening that lets a summary name "North America" where only "America" differs.
 */
import { DOUBLE_QUOTES } from "./lexicon/quotation-marks";
import * as diffing from "./diff";
import type { Side, Widening } from "./detectors/detector";
import * as calendar from "./lexicon/calendar";
import * as numbers from "./lexicon/numbers";
import * as titles from "./lexicon/titles";
import type { Token, TokenizedRow } from "./tokenize";
import type { Category, TextSpan, Variant } from "./types";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { spansOf } = diffing;
const { isMonth, isWeekday } = calendar;
const { CURRENCY_SYMBOLS, SCALE_WORDS, UNIT_WORDS } = numbers;
const { KIND_NOUNS, TITLE_WORDS } = titles;

/** Words of context either side of the differing words in a variant's `text`. */
const CONTEXT_WORDS = 4;
/** Longest core or text kept in a variant; longer ones keep their two ends. */
const MAX_TEXT_CHARS = 400;
/** Longest wording quoted in a summary. */
export const MAX_SUMMARY_WORDING = 60;
/** Words of a passage quoted when a whole row is missing from some sources. */
export const EXCERPT_CORE_WORDS = 12;
export const EXCERPT_TEXT_WORDS = 30;
/** The text a token range covers, paragraph by paragraph. */
export function textOf(row: TokenizedRow, from: number, to: number): string {
  // A range inside one part (most often a sentence) is one slice of it: no spans to build.
  const { tokens } = row;
  let first = from;
  while (first < to && tokens[first].kind === "boundary") first++;
  let last = to - 1;
  while (last > first && tokens[last].kind === "boundary") last--;
  if (first < to && tokens[first].part === tokens[last].part) {
    const paragraph = row.parts[tokens[first].part].paragraph;
    return clip(partNamed(row, paragraph)!.text.slice(tokens[first].start, tokens[last].end), MAX_TEXT_CHARS);
  }
  return textOfSpans(row, spansOf(row, from, to));
}

/** The text of a row's spans (as spansOf gives them), for a caller that keeps the spans too. */
export function textOfSpans(row: TokenizedRow, spans: TextSpan[]): string {
  // One span (most variants: a few words of one sentence) is one slice, with no list to join.
  if (spans.length === 1) {
    const [span] = spans;
    return span.end > span.start ? clip(partNamed(row, span.paragraph)!.text.slice(span.start, span.end), MAX_TEXT_CHARS) : "";
  }
  const pieces: string[] = [];
  for (const span of spans) {
    if (span.end > span.start) pieces.push(partNamed(row, span.paragraph)!.text.slice(span.start, span.end));
  }
  return clip(pieces.join(" ¶ "), MAX_TEXT_CHARS);
}

/**
 * The row's first part with a paragraph id. A loop, not `find`: every variant of every group asks,
 * and keepNames transpilers (tsx runs the benchmarks so) name each closure made.
 */
function partNamed(row: TokenizedRow, paragraph: string): TokenizedRow["parts"][number] | undefined {
  const { parts } = row;
  for (let k = 0; k < parts.length; k++) if (parts[k].paragraph === paragraph) return parts[k];
  return undefined;
}

/** Keeps both ends of an over-long text, deterministically, cutting only between words. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const half = Math.floor((max - 3) / 2);
  const headEnd = text.lastIndexOf(" ", half);
  const tailStart = text.indexOf(" ", text.length - half);
  const head = text.slice(0, headEnd > 0 ? headEnd : half).trimEnd();
  const tail = tailStart >= 0 && tailStart > headEnd ? text.slice(tailStart).trimStart() : "";
  return tail ? `${head} … ${tail}` : `${head} …`;
}

/** The differing words with a few words either side, "…" where the paragraph goes on. */
export function contextOf(row: TokenizedRow, from: number, to: number): string {
  const { tokens } = row;
  let start = from;
  for (let words = 0; start > 0 && tokens[start - 1].kind !== "boundary" && words < CONTEXT_WORDS; start--) {
    if (tokens[start - 1].kind !== "punct") words++;
  }
  let end = to;
  for (let words = 0; end < tokens.length && tokens[end].kind !== "boundary" && words < CONTEXT_WORDS; end++) {
    if (tokens[end].kind !== "punct") words++;
  }
  const text = textOf(row, start, end);
  const first = tokens[start];
  const last = tokens[end - 1];
  const lead = first && first.kind !== "boundary" && first.start > 0 ? "…" : "";
  const tail = last && last.kind !== "boundary" && last.end < row.parts[last.part].text.length ? "…" : "";
  return `${lead}${text}${tail}`;
}

/** Whether a neighbouring token belongs to the thing the summary names. */
function widensOver(kind: Widening, token: Token, next: Token | undefined): boolean {
  if (token.kind === "boundary") return false;
  const lower = token.norm.toLowerCase();
  switch (kind) {
    case "name":
      return token.kind === "word" && token.capitalized && !token.sentenceStart && !KIND_NOUNS.has(lower);
    case "title":
      return token.kind === "word" && TITLE_WORDS.has(lower);
    case "figure":
      return CURRENCY_SYMBOLS.has(token.text) || SCALE_WORDS.has(token.norm) || UNIT_WORDS.has(token.norm);
    case "date":
      if (isMonth(token.norm) || isWeekday(token.norm) || /^[ap]\.?m\.?$/i.test(token.text)) return true;
      if (token.kind === "number") return /^\d{1,4}(?:st|nd|rd|th)?$/.test(token.text);
      return token.norm === "," && next !== undefined && /^\d{4}$/.test(next.text);
  }
}

/** Grows a group over neighbouring words of its kind that no source disputes. */
export function widen(range: { from: number; to: number }, kind: Widening, base: TokenizedRow, blocked: (i: number) => boolean) {
  let { from, to } = range;
  const t = base.tokens;
  while (from > 0 && !blocked(from - 1) && widensOver(kind, t[from - 1], t[from])) from--;
  while (to < t.length && !blocked(to) && widensOver(kind, t[to], t[to + 1])) to++;
  return { from, to };
}


/** The kind noun next to a name ("North department", "Department of North"), capitalised. */
export function kindNear(base: TokenizedRow, from: number, to: number): string | undefined {
  const t = base.tokens;
  const after = t[to];
  const capital = (w: string) => w[0].toUpperCase() + w.slice(1);
  if (after && after.kind === "word" && KIND_NOUNS.has(after.norm.toLowerCase())) return capital(after.norm.toLowerCase());
  const of = t[from - 1];
  const before = t[from - 2];
  if (of?.norm === "of" && before?.kind === "word" && KIND_NOUNS.has(before.norm.toLowerCase())) return capital(before.norm.toLowerCase());
  return undefined;
}

/** How a summary shows a version that has no words where the others have some. */
export const NOTHING = "(none)";

/** Quotation marks are left out of summaries: the wording is what is compared. */
const QUOTATION_MARKS = new RegExp(`[${DOUBLE_QUOTES}]`, "g");

/** Whether two sides' tokens have the same normal forms, one by one (normKey's equality, no key built). */
function sameNorms(a: Side, b: Side): boolean {
  if (a.tokens.length !== b.tokens.length) return false;
  for (let k = 0; k < a.tokens.length; k++) if (a.tokens[k].norm !== b.tokens[k].norm) return false;
  return true;
}

function normKey(side: Side): string {
  let key = "";
  for (let k = 0; k < side.tokens.length; k++) key += k ? ` ${side.tokens[k].norm}` : side.tokens[k].norm;
  return key;
}

/** One line an editor can read: "Department: North America ≠ North Atlantic". */
export function summarize(category: Category, label: string, relation: string, sides: Side[], variants: Variant[]): string {
  if (category === "omission") {
    const have = variants.filter((v) => v.core).length;
    const longest = variants.reduce((best, v) => (v.core.length > best.length ? v.core : best), "");
    return `${label}: “${clip(longest, MAX_SUMMARY_WORDING)}” (in ${have} of ${variants.length} versions)`;
  }
  const seen = new Set<string>();
  const wordings: string[] = [];
  for (let i = 0; i < sides.length; i++) {
    // Most versions word the differing stretch as the one before: it is then seen already.
    if (i > 0 && sameNorms(sides[i - 1], sides[i])) continue;
    const key = normKey(sides[i]);
    if (seen.has(key)) continue;
    seen.add(key);
    wordings.push(variants[i].core ? clip(variants[i].core.replace(QUOTATION_MARKS, ""), MAX_SUMMARY_WORDING) : NOTHING);
  }
  return `${label}: ${wordings.join(` ${relation} `)}`;
}

/** The opening words of a passage. */
export function excerpt(text: string, words: number): string {
  const all = text.split(/\s+/).filter(Boolean);
  return all.length <= words ? all.join(" ") : `${all.slice(0, words).join(" ")} …`;
}
