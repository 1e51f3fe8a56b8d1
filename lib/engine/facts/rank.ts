/**
 * Ranks as facts: "the fourth starting QB to win three Super Bowls", "the third-largest economy",
 * "the second most populous state". A rank is compared with the rank another version gives the
 * same achievement (the verb after "to", or the superlative) inside one statement.
 *
 * Hand-written: an ordinal followed within a few words by "to <verb>", or by a superlative, is a
 * pattern a short scan reads exactly; the word diff cannot, since rewrites move the words around
 * ("the fourth starting QB" / "only the sixth quarterback").
 */
import { SIMPLE_NUMBER_WORDS, numberWordValue, numeralValue } from "../lexicon/numbers";
import type { FoundDiscrepancy } from "../types";
import type { Unit } from "../units/align-units";
import { statementConflicts } from "./readings";
import { memoByText } from "../memo";
import { tokenSpans } from "./token-spans";

export interface Rank {
  value: number;
  /** What is ranked: "to win", "largest", "most populous". */
  achievement: string;
  start: number;
  end: number;
}

/** A word (hyphenated parts joined), a figure, or one other character: read by tokenSpans. */
const TOKEN = /[\p{L}\d][\p{L}\p{M}\d'’]*(?:-[\p{L}\d][\p{L}\p{M}\d'’]*)*|[^\s\p{L}\d]/uy;
/** Words that may stand between the ordinal and "to" ("the fourth starting QB to win"). */
const MAX_GAP = 3;
/** Words ending in "-est" that are no superlative. */
const NOT_SUPERLATIVE = new Set("west test rest forest interest protest request suggest contest harvest arrest guest chest quest nest pest digest honest modest manifest".split(" "));

function ordinalValue(word: string): number | undefined {
  if (/^\d+(?:st|nd|rd|th)$/.test(word)) return numeralValue(word);
  return ENDS_AS_ORDINAL.test(word) ? numberWordValue(word) : undefined;
}
/** Every ordinal ordinalValue reads ends so. */
const ENDS_AS_ORDINAL = /(?:st|nd|rd|th)$/;

export const isSuperlative = (word: string) => word === "most" || word === "least" || (word.length >= 5 && word.endsWith("est") && !NOT_SUPERLATIVE.has(word));

/**
 * What every ordinal ordinalValue reads contains: a figure with its suffix ("24th") or a number
 * word ending like one ("fourth", "twentieth", "both"). A sentence without any gives no rank and
 * is not scanned token by token (most sentences of a story have none).
 */
const ORDINAL_HINT = new RegExp(
  `\\d(?:st|nd|rd|th)|${[...SIMPLE_NUMBER_WORDS.keys()].filter((word) => /(?:st|nd|rd|th)$/.test(word)).join("|")}`,
  "i",
);

/** Every rank a sentence gives. */
export function ranksOf(text: string): Rank[] {
  if (!ORDINAL_HINT.test(text)) return [];
  const spans = tokenSpans(text, TOKEN);
  const count = spans.length >> 1;
  // A token's lower case is made only where it is read: at a token that may be an ordinal, and
  // the few after it (a sentence with "first" in it is otherwise a list of objects, word by word).
  const out: Rank[] = [];
  for (let i = 0; i < count; i++) {
    if (!mayEndAsOrdinal(text, spans[2 * i], spans[2 * i + 1])) continue;
    const word = lowerAt(text, spans, i);
    // split("-", 2) without its list: most words have no hyphen, and most are no ordinal.
    const dash = word.indexOf("-");
    const head = dash < 0 ? word : word.slice(0, dash);
    if (!ENDS_AS_ORDINAL.test(head)) continue;
    const value = ordinalValue(head);
    if (value === undefined) continue;
    const start = spans[2 * i];
    const secondDash = dash < 0 ? -1 : word.indexOf("-", dash + 1);
    const tail = dash < 0 ? undefined : word.slice(dash + 1, secondDash < 0 ? undefined : secondDash);
    // "third-largest"
    if (tail && isSuperlative(tail)) {
      out.push({ value, achievement: tail, start, end: spans[2 * i + 1] });
      continue;
    }
    if (tail) continue;
    const next = i + 1 < count ? lowerAt(text, spans, i + 1) : undefined;
    if (next !== undefined && isSuperlative(next)) {
      const more = (next === "most" || next === "least") && i + 2 < count ? lowerAt(text, spans, i + 2) : undefined;
      const last = more !== undefined && STARTS_WITH_LETTER.test(more) ? i + 2 : i + 1;
      out.push({ value, achievement: text.slice(spans[2 * (i + 1)], spans[2 * last + 1]).toLowerCase(), start, end: spans[2 * last + 1] });
      continue;
    }
    for (let k = i + 1; k <= i + MAX_GAP + 1 && k + 1 < count; k++) {
      const at = lowerAt(text, spans, k);
      if (!STARTS_WITH_LETTER.test(at)) break;
      if (at === "to" && STARTS_WITH_LETTER.test(lowerAt(text, spans, k + 1))) {
        out.push({ value, achievement: `to ${lowerAt(text, spans, k + 1)}`, start, end: spans[2 * (k - 1) + 1] });
        break;
      }
    }
  }
  return out;
}

/** The k-th token of `spans`, in lower case. */
function lowerAt(text: string, spans: number[], k: number): string {
  return text.slice(spans[2 * k], spans[2 * k + 1]).toLowerCase();
}

/**
 * Whether the token text[start, end), in lower case, may have a head (up to its first "-") ending
 * as ENDS_AS_ORDINAL asks: read on its characters, as only the ASCII capitals lower-case to those
 * letters (and no character lower-cases to more than one but "İ", to no such letter).
 */
function mayEndAsOrdinal(text: string, start: number, end: number): boolean {
  const dash = text.indexOf("-", start);
  const headEnd = dash >= 0 && dash < end ? dash : end;
  if (headEnd - start < 2) return false;
  const a = text.charCodeAt(headEnd - 2) | 0x20;
  const b = text.charCodeAt(headEnd - 1) | 0x20;
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

/** Copies repeat most sentences word for word: each wording is read once (ranks are only read). */
const ranksIn = memoByText(20_000, ranksOf);

/** Ranks of one achievement that differ between versions of one statement. */
export function rankConflicts(units: Unit[], reportOrder: string[]): FoundDiscrepancy[] {
  return statementConflicts(units, reportOrder, ranksIn, (rank) => rank.achievement, (rank) => rank.value, "Rank", "number");
}

// Module level: the transpiler turns a \p{…} pattern into a RegExp built on every call.
const STARTS_WITH_LETTER = /^\p{L}/u;
