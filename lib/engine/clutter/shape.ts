import { memoByText } from "../memo";
import { letterRegExp } from "./letters";

/** What a block of text looks like, independent of what it says: the structural cues clean uses. */

const STARTS_CAPITALISED = letterRegExp(String.raw`^[“‘"'(]?[\p{Lu}\p{N}]`);
const ENDS_WITH_INITIALISM = letterRegExp(String.raw`(?:\p{Lu}\.){2,}$`);
const FULL_STOP_INSIDE = letterRegExp(String.raw`(?:^|\s)\p{Ll}{2,}\.["”’']?\s+["“‘']?\p{Lu}`);

/**
 * Words with a letter or digit in them: the pieces of `text.split(/\s+/)` that hold [\p{L}\p{N}].
 * Asked of each block by most of clean's rules: counted once per text, in one pass that builds no
 * array of words (most paragraphs of edited copies are each a wording of their own).
 */
export const wordCount: (text: string) => number = memoByText(20_000, (text) => {
  let words = 0;
  let counted = false; // the current word has been counted
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) counted = false;
    else if (!counted && isLetterOrDigitCode(c)) {
      words++;
      counted = true;
    }
  }
  return words;
});

/** `text.split(/\s+/).filter(Boolean).length`, counted in place: every paragraph of every version is counted. */
export function spaceSeparatedCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * Whether `text.split(/\s+/)` has more than `max` pieces (empty ones at the ends included), read
 * only as far as that: a date line is asked of paragraphs hundreds of characters long.
 */
export function splitsIntoMoreThan(text: string, max: number): boolean {
  let pieces = 1; // even "" is one piece
  if (pieces > max) return true;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) inSpace = false;
    else if (!inSpace) {
      inSpace = true;
      if (++pieces > max) return true;
    }
  }
  return false;
}

/** Closing quotes and brackets that may follow a sentence's stop. */
const CLOSERS = "”’\"'»)]";
const STOPS = ".!?…";

/**
 * Ends the way prose does: a stop, maybe inside a closing quote or bracket. Read from the end
 * (hand-written, not /[.!?…][”’"'»)\]]*$/u): clean asks it of every block several times, and a
 * pattern anchored only at the end is tried at every stop of a long paragraph.
 */
export function endsLikeSentence(text: string): boolean {
  let at = text.length - 1;
  while (at >= 0 && CLOSERS.includes(text[at])) at--;
  return at >= 0 && STOPS.includes(text[at]);
}

/** A teaser cut off mid-sentence ("… the central bank is…"), as lists of other stories print them. */
export function isTeaser(text: string): boolean {
  // The pattern is anchored at the end only (tried at every character): most texts fail the ending first.
  return (text.endsWith("…") || text.endsWith("...")) && CUT_OFF_ENDING.test(text);
}

/** A full sentence of some length: what an article paragraph is and a menu item is not. */
export function isProse(text: string): boolean {
  return endsLikeSentence(text) && wordCount(text) >= 8;
}

/** Short and unpunctuated: a heading, a label, a menu item or a button. (`words`: wordCount, if already counted.) */
export function isShortLine(text: string, maxWords = 8, words?: number): boolean {
  return !endsLikeSentence(text) && (words ?? wordCount(text)) <= maxWords;
}

/**
 * A headline: a few capitalised words, not ending like a statement or a lead-in, though it may end
 * in "?", "!" or an initialism ("… From the I.R.S."); no full stop inside ("… said. Then …").
 * (`words`: wordCount, if already counted.)
 */
export function isTitleLike(text: string, words = wordCount(text)): boolean {
  if (words < 2 || words > 25 || !STARTS_CAPITALISED.test(text)) return false;
  const bare = text.replace(/[”’"'»)\]]+$/u, "");
  return (!/[.,;:…]$/.test(bare) || ENDS_WITH_INITIALISM.test(bare)) && !FULL_STOP_INSIDE.test(text);
}

/** The text with quoted passages blanked, so a quoted "we" or "you" is not read as the page speaking. */
export function outsideQuotes(text: string): string {
  return text.replace(/“[^”]*”?|"[^"]*"?|«[^»]*»?/g, " ");
}

/**
 * The page talking to its reader ("you", "your", "we", "our", "us"): ads, appeals, sign-ups.
 * Most texts have none of the words even inside quotes, and are not copied with their quotes
 * blanked: blanking puts a space where a quote mark stood (neither is part of a word), so every
 * match outside quotes is one in the whole text too.
 */
export const addressesReader: (text: string) => boolean = memoByText(20_000, (text) => READER.test(text) && READER.test(outsideQuotes(text)));
const READER = /\b(?:[Yy]ou(?:r|rs|['’](?:re|ll|ve|d))?|[Ww]e(?:['’](?:re|ll|ve|d))?|[Oo]urs?|us)\b/;

/**
 * Attribution: the mark of a news paragraph ("said", "told", "according to"). Asked of each block
 * by several rules, and copies repeat their paragraphs: read once per text.
 */
export const hasReportingCue: (text: string) => boolean = memoByText(20_000, (text) =>
  /\b(?:said|says|told|tells|according to|reported|reports|announced|stated|added|noted|confirmed|denied|wrote|quoted|declared|spokes(?:man|woman|person))\b/i.test(text),
);

/** A money amount: "$2", "₹2,700", "€9.99". */
export function mentionsPrice(text: string): boolean {
  return /(?:[$€£₹¥]|\b(?:Rs|USD|EUR|GBP|INR)\.?)\s?\d/.test(text);
}

/**
 * Character tests for hand-written loops over a text's code units, giving exactly what \s and
 * letterRegExp's [\p{L}\p{N}] give: a loop that counts words builds no array of pieces. Kept in this
 * module, beside the loops that call them per character: a function imported from another module
 * is called through the module's binding, which made wordCount's loop three times slower under tsx.
 */
const LETTER_OR_DIGIT = letterRegExp(String.raw`[\p{L}\p{N}]`);
/** Past letterRegExp's ranges (the last is Cyrillic's, up to U+045F) nothing is a letter or digit. */
const LETTER_TABLE_SIZE = 0x460;
const LETTER_OR_DIGIT_CODES = Uint8Array.from({ length: LETTER_TABLE_SIZE }, (_, c) => (LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0));

/** [\p{L}\p{N}] as letterRegExp compiles it, for one UTF-16 code unit. */
export function isLetterOrDigitCode(c: number): boolean {
  return c < LETTER_TABLE_SIZE && LETTER_OR_DIGIT_CODES[c] === 1;
}

/** \s for one UTF-16 code unit: ASCII spaces and controls \t–\r, and Unicode's spaces, line and paragraph separators, and the BOM. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// Module level: the transpiler turns a \p{…} pattern into a RegExp built on every call.
const CUT_OFF_ENDING = /[\p{L}\p{N},;]\s?(?:…|\.\.\.)$/u;
