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

interface Tok {
  lower: string;
  start: number;
  end: number;
}

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
  const toks: Tok[] = [];
  for (let k = 0; k < spans.length; k += 2) toks.push({ lower: text.slice(spans[k], spans[k + 1]).toLowerCase(), start: spans[k], end: spans[k + 1] });
  const out: Rank[] = [];
  for (let i = 0; i < toks.length; i++) {
    const word = toks[i].lower;
    // split("-", 2) without its list: most words have no hyphen, and most are no ordinal.
    const dash = word.indexOf("-");
    const head = dash < 0 ? word : word.slice(0, dash);
    if (!ENDS_AS_ORDINAL.test(head)) continue;
    const value = ordinalValue(head);
    if (value === undefined) continue;
    const secondDash = dash < 0 ? -1 : word.indexOf("-", dash + 1);
    const tail = dash < 0 ? undefined : word.slice(dash + 1, secondDash < 0 ? undefined : secondDash);
    // "third-largest"
    if (tail && isSuperlative(tail)) {
      out.push({ value, achievement: tail, start: toks[i].start, end: toks[i].end });
      continue;
    }
    if (tail) continue;
    const next = toks[i + 1];
    if (next && isSuperlative(next.lower)) {
      const more = next.lower === "most" || next.lower === "least" ? toks[i + 2] : undefined;
      const last = more && STARTS_WITH_LETTER.test(more.lower) ? more : next;
      out.push({ value, achievement: text.slice(next.start, last.end).toLowerCase(), start: toks[i].start, end: last.end });
      continue;
    }
    for (let k = i + 1; k <= i + MAX_GAP + 1 && k + 1 < toks.length; k++) {
      if (!STARTS_WITH_LETTER.test(toks[k].lower)) break;
      if (toks[k].lower === "to" && STARTS_WITH_LETTER.test(toks[k + 1].lower)) {
        out.push({ value, achievement: `to ${toks[k + 1].lower}`, start: toks[i].start, end: toks[k - 1].end });
        break;
      }
    }
  }
  return out;
}

/** Copies repeat most sentences word for word: each wording is read once (ranks are only read). */
const ranksIn = memoByText(20_000, ranksOf);

/** Ranks of one achievement that differ between versions of one statement. */
export function rankConflicts(units: Unit[], reportOrder: string[]): FoundDiscrepancy[] {
  return statementConflicts(units, reportOrder, ranksIn, (rank) => rank.achievement, (rank) => rank.value, "Rank", "number");
}

// Module level: the transpiler turns a \p{…} pattern into a RegExp built on every call.
const STARTS_WITH_LETTER = /^\p{L}/u;
