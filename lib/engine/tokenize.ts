/**
 * Splits a row's text into tokens for the word diff: words, figures and punctuation, each with its
 * offsets into its paragraph and its normal form (normalize.ts). Quotation marks are not tokens —
 * whether a quote is curly, straight or stripped is style — but every token records whether it sits
 * inside a quotation, which is what the quote detector needs.
 */
import { appendTo } from "./collections";
import { memoByText } from "./memo";
import * as plainWords from "./plain-words";
import type { PlainWord } from "./plain-words";
import * as sliceTable from "./slice-table";
import * as abbreviations from "./lexicon/abbreviations";
import * as numbers from "./lexicon/numbers";
import * as normalization from "./normalize";
import type { StoryCalendar } from "./facts/story-date";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the engine worker, CLI and benchmarks run so), and tokenizePart reads these per token.
const { NAME_PHRASES, takesPeriod } = abbreviations;
const { CURRENCY_SYMBOLS, PRINTED_FRACTIONS, SCALE_SUFFIXES, numberOpeningCompound, withPlainSlash } = numbers;
const { normalizeNumeral, normalizePunctuation, normalizeWord } = normalization;
const { plainWordTable } = plainWords;
const { HASH_SEED, hashStep } = sliceTable;

/** A row's cell for one source: its paragraphs' texts in order. */
export interface RowText {
  source: string;
  /** `quoted`: a sentence its paragraph quotes whole (SentenceRef.quoted), whose words are all quoted. */
  parts: { paragraph: string; text: string; quoted?: boolean }[];
  /** The version's calendar, which weekdays and "yesterday" are read against. */
  calendar?: StoryCalendar;
}

export type TokenKind = "word" | "number" | "punct" | "boundary";

export interface Token {
  /** As written. */
  text: string;
  /** Normal form: tokens with equal `norm` are the same token to the differ. */
  norm: string;
  kind: TokenKind;
  /** Index into the row's parts. */
  part: number;
  /** Offsets into that part's text. */
  start: number;
  end: number;
  /** Inside quotation marks. */
  quoted: boolean;
  /** First word of a sentence (its capital letter says nothing about being a name). */
  sentenceStart: boolean;
  /** Starts with a capital letter. */
  capitalized: boolean;
}

export interface TokenizedRow {
  source: string;
  parts: RowText["parts"];
  tokens: Token[];
  calendar?: StoryCalendar;
}

/** Normal form of the boundary between two paragraphs of one cell. */
export const PARAGRAPH_BOUNDARY = "\u00b6";

const WHITESPACE_CHAR = /\s/;
const DOTTED_ABBREVIATION = /\p{L}(?:\.\p{L})+\.?(?!\p{L})/uy;
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’ʼ]\p{L}[\p{L}\p{M}]*)*/uy;
/** Capital letters joined by "&" or "+" with no spaces: one name ("S&P", "AT&T", "G+J"). */
const AMPERSAND_NAME = /\p{Lu}+(?:[&+]\p{Lu}+)+(?!\p{L})/uy;
const NUMBER = /\d+(?:[.,:/\u2044]\d+)*(?:st|nd|rd|th)?/y;
const ORDINAL_TAIL = /^(\d+)(st|nd|rd|th)$/;
const HYPHEN_JOIN = /[-‐‑](?=[\p{L}\d])/uy;
/** Digits a compound ends in ("COVID-19"), not the start of a word ("G-7s" is no figure). */
const DIGITS_ENDING_WORD = /\d+(?!\p{L})/uy;
/** The characters HYPHEN_JOIN starts with: "-", "‐", "‑". */
const isHyphen = (code: number) => code === 0x2d || code === 0x2010 || code === 0x2011;
const MULTI_PUNCT = /(?:\.\s?\.\s?\.|-{2,3}|''|``)/y;
/** The characters MULTI_PUNCT starts with: the pattern is run only at one of them. */
const MULTI_PUNCT_OPENERS = new Set([".", "-", "'", "`"]);
const INITIAL = /\p{Lu}\./uy;

const DOUBLE_OPEN = new Set(["“", "„", "«", "``"]);
const DOUBLE_CLOSE = new Set(["”", "»"]);
const DOUBLE_EITHER = new Set(['"', "''", "‟"]);
const SINGLE_MARKS = new Set(["'", "‘", "’", "‚", "‹", "›"]);
const SENTENCE_END = new Set([".", "!", "?", "...", ":"]);

function matchAt(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

/**
 * The word starting at `at`, or undefined. Most words of English news are plain ASCII letters
 * followed by a space or punctuation: those are scanned by hand (the pattern would stop at the
 * same place); anything else is left to WORD.
 */
function wordAt(text: string, at: number): string | undefined {
  let end = at;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  if (end === text.length) return end > at ? text.slice(at, end) : undefined;
  const next = text.charCodeAt(end);
  // A non-letter ASCII character ends a word; an apostrophe or a non-ASCII one may continue it.
  if (next < 128 && next !== APOSTROPHE) return end > at ? text.slice(at, end) : undefined;
  return matchAt(WORD, text, at);
}
const APOSTROPHE = 0x27;

const isAsciiLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);

/** What /\s/ says of the character, without running it on ASCII. */
const isWhitespace = (text: string, at: number, code: number) => (code < 128 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : WHITESPACE_CHAR.test(text[at]));

/** What /^\p{Lu}$/u says of the character at `at` (false past the end), without running it on ASCII. */
function isUpperCase(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  return code < 128 ? code >= 0x41 && code <= 0x5a : UPPER_LETTER.test(text[at]);
}
const UPPER_LETTER = /^\p{Lu}$/u;

function isOpeningContext(text: string, at: number): boolean {
  if (at === 0) return true;
  return /[\s([{\u2014\u2013\-/]/.test(text[at - 1]);
}

/**
 * The state of tokenizePart while it reads one paragraph. A class rather than closures made per
 * call: keepNames transpilers (tsx runs the benchmarks so) pay a naming call per closure made.
 */
class PartReader {
  doubleOpen = false;
  singleOpen = false;
  nextStartsSentence = true;
  /** A token's normal form opens a name phrase: only then are the tokens read for phrases to merge. */
  opensPhrase = false;
  /**
   * A closing mark with no opening one: the quotation began before this text (a sentence taken
   * out of a quoted passage, a quote running on from the previous paragraph), so everything up to
   * the mark, back to the previous closing mark, was quoted. For single marks only a closer after
   * punctuation counts ("… zones,’ says"), never an apostrophe ("goin’").
   */
  afterLastClose: number;

  constructor(
    readonly part: number,
    readonly out: Token[],
  ) {
    this.afterLastClose = out.length;
  }

  closeQuote(unmatched: boolean) {
    const { out } = this;
    if (unmatched) for (let k = this.afterLastClose; k < out.length; k++) out[k].quoted = true;
    this.afterLastClose = out.length;
  }

  /** `capitalized`: given by a caller that read the first character already (a plain word's). */
  push(kind: TokenKind, raw: string, start: number, norm: string, capitalized = isCapitalized(raw)) {
    this.out.push({
      text: raw,
      norm,
      kind,
      part: this.part,
      start,
      end: start + raw.length,
      quoted: this.doubleOpen || this.singleOpen,
      sentenceStart: this.nextStartsSentence && kind !== "punct",
      capitalized,
    });
    if (kind !== "punct") this.nextStartsSentence = false;
  }
}

/** Whether the first character changes when lowered (only A to Z do in ASCII). */
function isCapitalized(raw: string): boolean {
  const code = raw.charCodeAt(0);
  return code < 128 ? code >= 0x41 && code <= 0x5a : raw[0] !== raw[0].toLowerCase();
}

/** Tokens of one paragraph, appended to `out`. */
function tokenizePart(text: string, part: number, out: Token[]): void {
  let at = 0;
  const first = out.length;
  const reader = new PartReader(part, out);

  while (at < text.length) {
    const ch = text[at];
    const code = text.charCodeAt(at);
    if (isWhitespace(text, at, code)) {
      at += 1;
      continue;
    }
    // An ASCII letter starts only a word or an abbreviation, an ASCII digit only a figure, any other
    // ASCII character no word: the marks and patterns that cannot match are not tried.
    const letter = isAsciiLetter(code);
    const asciiOther = code < 128 && !letter;
    const digit = code >= 0x30 && code <= 0x39;

    // Of ASCII characters only " ' and ` are quotation marks.
    if (!letter && !digit && (!asciiOther || code === 0x22 || code === APOSTROPHE || code === 0x60)) {
      // Quotation marks: tracked, not emitted.
      const doubled = (ch === "`" || ch === "'") && text[at + 1] === ch;
      const quote = doubled ? ch + ch : ch;
      if (DOUBLE_OPEN.has(quote) || DOUBLE_CLOSE.has(quote) || DOUBLE_EITHER.has(quote)) {
        // A closing mark in an opening place ("said ”we …") is a typist's opening one.
        const opening = DOUBLE_OPEN.has(quote) || (isOpeningContext(text, at) && (!DOUBLE_CLOSE.has(quote) || /\S/.test(text[at + 1] ?? "")));
        if (!opening) reader.closeQuote(!reader.doubleOpen && !reader.singleOpen);
        reader.doubleOpen = opening;
        at += quote.length;
        continue;
      }
      if (SINGLE_MARKS.has(ch)) {
        const prev = out.length > first ? out[out.length - 1] : undefined;
        const glued = prev && prev.end === at && prev.kind === "word";
        if (glued && !reader.singleOpen && /s$/i.test(prev.text)) {
          // Possessive plural: "diplomats'" — the apostrophe belongs to the word.
          prev.text += ch;
          prev.end += 1;
          prev.norm = normalizeWord(prev.text);
          if (PHRASES_BY_FIRST_WORD.has(prev.norm)) reader.opensPhrase = true;
        } else if (isOpeningContext(text, at)) {
          reader.singleOpen = true;
        } else {
          if (reader.singleOpen || /[,.!?]/.test(text[at - 1] ?? "")) reader.closeQuote(!reader.singleOpen && !reader.doubleOpen);
          reader.singleOpen = false;
        }
        at += 1;
        continue;
      }
    }

    const start = at;
    const plain = letter ? plainWordAt(text, at, out, first) : undefined;
    if (plain) {
      reader.push("word", plain.text, start, plain.norm, isAsciiUpper(code));
      if (plain.marked) reader.opensPhrase = true;
      at = start + plain.text.length;
      continue;
    }
    // Abbreviations ("U.S.", "S&P") start with a letter followed by "." or a capital run with "&".
    const next = text[at + 1];
    const maybeAbbreviation = !asciiOther && (next === "." || next === "&" || next === "+" || isUpperCase(text, at + 1));
    const abbreviation = maybeAbbreviation ? (matchAt(DOTTED_ABBREVIATION, text, at) ?? matchAt(AMPERSAND_NAME, text, at)) : undefined;
    const word = abbreviation ?? (asciiOther ? undefined : wordAt(text, at));
    if (word) {
      let raw = word;
      let joined = false;
      // Compounds: "business-like", "U.S.-Russia", "twenty-five", "COVID-19".
      for (;;) {
        // Most words are followed by no hyphen: the pattern is run only where one stands.
        const joiner = isHyphen(text.charCodeAt(start + raw.length)) ? matchAt(HYPHEN_JOIN, text, start + raw.length) : undefined;
        if (!joiner) break;
        const nextAt = start + raw.length + 1;
        const piece = matchAt(DOTTED_ABBREVIATION, text, nextAt) ?? wordAt(text, nextAt) ?? matchAt(DIGITS_ENDING_WORD, text, nextAt);
        if (!piece) break;
        raw += joiner + piece;
        joined = true;
      }
      // "two-year" is read as "2-year" is: the number word, then the hyphen and the noun as tokens of their own
      // (only a joined compound has a hyphen to split at).
      const counted = abbreviation || !joined ? 0 : numberOpeningCompound(raw);
      if (counted) raw = raw.slice(0, counted);
      const end = start + raw.length;
      if (!abbreviation && text[end] === ".") {
        const lower = raw.toLowerCase();
        if (takesPeriod(lower) || (raw.length === 1 && matchAt(INITIAL, text, start))) raw += ".";
      }
      const norm = scaleSuffixNorm(raw, out, first, start) ?? normalizeWord(raw);
      reader.push("word", raw, start, norm);
      if (PHRASES_BY_FIRST_WORD.has(norm)) reader.opensPhrase = true;
      at = start + raw.length;
      continue;
    }

    // A fraction printed as one character reads as the same figure typed with a slash ("½" / "1/2").
    const fraction = PRINTED_FRACTIONS[ch];
    if (fraction) {
      reader.push("number", ch, start, fraction.join("/"));
      at += 1;
      continue;
    }
    const number = ch >= "0" && ch <= "9" ? matchAt(NUMBER, text, at) : undefined;
    if (number) {
      reader.push("number", number, start, normalizeNumeral(withPlainSlash(number.replace(ORDINAL_TAIL, "$1"))));
      at += number.length;
      continue;
    }

    const multi = MULTI_PUNCT_OPENERS.has(ch) ? matchAt(MULTI_PUNCT, text, at) : undefined;
    const punct = multi ?? ch;
    // A single character here is no space: only ". . ." has spaces to drop.
    const norm = normalizePunctuation(punct.length === 1 ? punct : punct.replace(/\s/g, ""));
    reader.push(norm === "percent" || norm === "and" ? "word" : "punct", punct, start, norm);
    if (PHRASES_BY_FIRST_WORD.has(norm)) reader.opensPhrase = true;
    at += punct.length;
    if (SENTENCE_END.has(norm)) reader.nextStartsSentence = true;
    else if (norm === "-" && out.length === first + 1) reader.nextStartsSentence = true; // a bullet
  }
  // Figures' normal forms are digits, never a phrase's first word: only words and marks are asked.
  if (reader.opensPhrase) mergeNamePhrases(text, out, first);
}

/**
 * The word at `at` when it is ASCII letters that read as themselves: no abbreviation, compound,
 * apostrophe, period or figure's suffix to look at (tokenizePart would take the same letters and
 * normal form the long way). Most words of English news are such: each is found again by its
 * characters (PLAIN_WORDS), with no string cut from the text or looked up by.
 */
function plainWordAt(text: string, at: number, out: Token[], first: number): PlainWord | undefined {
  // The letters are hashed as they are scanned: PLAIN_WORDS then reads them no second time.
  let hash = hashStep(HASH_SEED, text.charCodeAt(at));
  let end = at + 1;
  let after = -1;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (!isAsciiLetter(code)) {
      after = code;
      break;
    }
    hash = hashStep(hash, code);
  }
  // What would make an abbreviation ("US", "S&P", "A+"), a longer word ("don't", "café"), a compound or a dotted word.
  if (after >= 128 || after === APOSTROPHE || after === 0x2d || after === 0x2e) return undefined;
  if (end > at + 1 ? isAsciiUpper(text.charCodeAt(at + 1)) : after === 0x26 || after === 0x2b) return undefined;
  // A scale suffix glued to a figure ("5bn").
  const prev = out.length > first ? out[out.length - 1] : undefined;
  if (prev && prev.kind === "number" && prev.end === at) return undefined;
  return PLAIN_WORDS.getHashed(text, at, end, hash);
}
const isAsciiUpper = (code: number) => code >= 0x41 && code <= 0x5a;
// Kept across comparisons (plain-words.ts): each would otherwise find every word of its story anew.
const PLAIN_WORDS = plainWordTable((norm) => PHRASES_BY_FIRST_WORD.has(norm));

/** "bn" glued to a figure is "billion"; "m" and "k" only after a currency figure ("$5m"). */
function scaleSuffixNorm(raw: string, out: Token[], first: number, start: number): string | undefined {
  const prev = out.length > first ? out[out.length - 1] : undefined;
  if (!prev || prev.kind !== "number" || prev.end !== start) return undefined;
  const lower = raw.toLowerCase();
  const scale = SCALE_SUFFIXES.get(lower);
  if (!scale) return undefined;
  if (lower.length > 1) return scale;
  const beforeFigure = out.length - 2 >= first ? out[out.length - 2] : undefined;
  return beforeFigure && CURRENCY_SYMBOLS.has(beforeFigure.text) ? scale : undefined;
}

/** Name phrases by their first word, longest first. */
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, ReadonlyArray<(typeof NAME_PHRASES)[number]>> = (() => {
  const map = new Map<string, Array<(typeof NAME_PHRASES)[number]>>();
  for (const phrase of [...NAME_PHRASES].sort((a, b) => b.words.length - a.words.length)) {
    appendTo(map, phrase.words[0], phrase);
  }
  return map;
})();

/** Joins "United States" into one token that normalises like "U.S.", and "per cent" like "percent". */
function mergeNamePhrases(text: string, tokens: Token[], first: number): void {
  // Most paragraphs hold no phrase: the tokens are copied out only from the first one found on.
  let merged: Token[] | undefined;
  for (let i = first; i < tokens.length; i++) {
    let taken = 1;
    // Most words open no phrase: their look-up finds nothing, and no empty list is made to walk.
    const phrases = PHRASES_BY_FIRST_WORD.get(tokens[i].norm);
    if (!phrases) {
      merged?.push(tokens[i]);
      continue;
    }
    for (const phrase of phrases) {
      const n = phrase.words.length;
      if (i + n > tokens.length) continue;
      let matches = true;
      for (let k = 1; k < n && matches; k++) matches = tokens[i + k].norm === phrase.words[k];
      if (!matches) continue;
      const capitalised = tokens[i].capitalized && tokens[i + n - 1].capitalized;
      if (!capitalised && phrase.key !== "percent") continue;
      merged ??= tokens.slice(first, i);
      const end = tokens[i + n - 1].end;
      merged.push({ ...tokens[i], text: text.slice(tokens[i].start, end), norm: phrase.key, end });
      taken = n;
      break;
    }
    if (taken === 1) merged?.push(tokens[i]);
    i += taken - 1;
  }
  if (!merged) return;
  tokens.length = first;
  for (const token of merged) tokens.push(token);
}

/**
 * The tokens of one text read alone (as part 0), remembered per wording and shared, for readers
 * that only look at them (a fact stage reading a sentence's words): the classifier, the
 * name-spelling and the reworded-pair stages read the same sentences. Nothing changes a token once
 * read, so a row of one unquoted part shares them too (tokenizeRow); tokens are compared by
 * identity, and the rows of one diff are of different wordings.
 */
export const tokensOf: (text: string) => readonly Token[] = memoByText(20_000, readTokens);

/**
 * The tokens of one text read alone (as part 0), not remembered: for a reader that asks once per
 * wording anyway (a paragraph read whole for its quotation marks), whose tokens then need not
 * outlive it.
 */
export function readTokens(text: string): Token[] {
  const tokens: Token[] = [];
  // Every token's text is already its stretch of the paragraph (merged phrases are cut anew).
  tokenizePart(text, 0, tokens);
  return tokens;
}

/** Tokens of a row, paragraph boundaries included. */
export function tokenizeRow(row: RowText): TokenizedRow {
  let tokens: Token[];
  // A paragraph's tokens are copied into a list of their number: one grown by pushing is made over several times.
  if (row.parts.length === 1) tokens = row.parts[0].quoted ? tokensOf(row.parts[0].text).map(quotedCopyOf) : tokensOf(row.parts[0].text).slice();
  else readParts(row.parts, (tokens = []));
  return row.calendar ? { source: row.source, parts: row.parts, tokens, calendar: row.calendar } : { source: row.source, parts: row.parts, tokens };
}

/** A quoted token of its own (module level: keepNames transpilers name each closure made). */
const quotedCopyOf = (token: Token): Token => ({ ...token, quoted: true });

/** The tokens of several paragraphs, a boundary token between each two. */
function readParts(parts: RowText["parts"], tokens: Token[]): void {
  parts.forEach((part, index) => {
    if (index > 0) {
      tokens.push({
        text: "",
        norm: PARAGRAPH_BOUNDARY,
        kind: "boundary",
        part: index,
        start: 0,
        end: 0,
        quoted: false,
        sentenceStart: false,
        capitalized: false,
      });
    }
    // A paragraph reads the same whatever comes before it (tokenizePart starts afresh), so its
    // tokens are the remembered ones of its wording, copied with its place in the row.
    for (const token of tokensOf(part.text)) tokens.push(part.quoted ? { ...token, part: index, quoted: true } : { ...token, part: index });
  });
}

/** Normal form of a free text (tokens' normal forms joined by spaces), for content keys. */
export function normalizeText(text: string): string {
  return tokensOf(text)
    .map((t) => t.norm)
    .join(" ");
}
