/**
 * Turns a paragraph into the content words that alignment compares: lowercased, punctuation and
 * quotes gone, dotted acronyms folded ("U.S." = "US"), hyphenated common words joined
 * ("follow-up" = "followup"), British spellings folded to American, lightly stemmed,
 * function words dropped. Two copies of one statement should give (nearly) the same words however
 * each outlet styles it.
 */
import { wordTable } from "../collections";
import { americanSpelling } from "../lexicon/british-american";
import { MONTH_ABBREVIATIONS } from "../lexicon/calendar";
import { STOPWORDS } from "./stopwords";
import { memoByText } from "../memo";
import type { SentenceSpan } from "../types";
import { scanTokenSpans } from "./scan-tokens";
import { sentencesOfParagraph } from "../units/sentences";
import { SliceTable } from "../slice-table";

export type TermKind = "word" | "number" | "name";

/** Shared between calls (cached per token): never mutated but for its id in a term space. */
export interface Term {
  /** What is compared: "restor", "2022", "US". */
  readonly key: string;
  /** Numbers and capitalised names are stronger evidence of the same statement than other words. */
  readonly kind: TermKind;
  /**
   * The key's id in the term space being built (features.ts), and which build wrote it: a term
   * is read once per occurrence in every wording, and a field costs less than a lookup by key.
   * Builds run one at a time (each is synchronous), and a build reads only what it wrote.
   */
  spaceBuild: number;
  spaceId: number;
}

function term(key: string, kind: TermKind): Term {
  return { key, kind, spaceBuild: 0, spaceId: 0 };
}

/** Only the start of an enormous paragraph is read: enough to place it, bounded in cost. */
export const MAX_SCANNED_CHARS = 20_000;

const NUMBER_WORDS = wordTable({
  one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9",
  ten: "10", eleven: "11", twelve: "12", thirteen: "13", fourteen: "14", fifteen: "15", sixteen: "16",
  seventeen: "17", eighteen: "18", nineteen: "19", twenty: "20", thirty: "30", forty: "40", fifty: "50",
  hundred: "100", thousand: "1000", million: "1000000", billion: "1000000000",
});


/**
 * Some characters, all of one code unit, looked up by their UTF-16 code: a flag per code up to the
 * highest (no string made per character read, and cheaper than a Set of numbers).
 */
class CharSet {
  private readonly flags: Uint8Array;

  constructor(chars: string) {
    let highest = 0;
    for (let i = 0; i < chars.length; i++) highest = Math.max(highest, chars.charCodeAt(i));
    this.flags = new Uint8Array(highest + 1);
    for (let i = 0; i < chars.length; i++) this.flags[chars.charCodeAt(i)] = 1;
  }

  has(code: number): boolean {
    return code < this.flags.length && this.flags[code] === 1;
  }
}

/** "U.S.", "U.K.": ASCII only, which keeps this pass over every paragraph cheap. */
const DOTTED_ACRONYM = /\b(?:[A-Z]\.){2,}/g;
const THOUSANDS_SEPARATOR = /(\d)[,\u202f](\d{3})(?!\d)/g;
const HYPHENS = /[\-‐‑]/;
const APOSTROPHES = /['’ʼ]/g;
/** What may stand between a sentence's end and its first word. */
const SENTENCE_GAP = new CharSet(" \t\n\u00a0\"“”'‘’([");
const SENTENCE_END = new CharSet(".!?:;-–—•*>");

/**
 * The content terms of a text, in order (repeats kept: the caller decides what to count). Read
 * once per wording in a comparison (paragraph and sentence aligners and the omission pass all
 * ask), so the list is shared: never change it.
 */
export function contentTerms(text: string): readonly Term[] {
  return readingOf(text).terms;
}

/** A text's terms, and what it takes to read them as part of a longer text (contentTermsBySentence). */
interface Reading {
  terms: Term[];
  /** ASCII letters in capitals and in lower case (isShouting). */
  upper: number;
  lower: number;
  /** The last character of the scanned text outside SENTENCE_GAP (what the next sentence's first word looks back to); -1 for none. */
  tail: number;
  /**
   * When the first term is the sentence-initial form of the text's first token only because
   * nothing but SENTENCE_GAP stands before it (the text's start counts as a sentence's): its form
   * inside a sentence, which a longer text may call for. Else null.
   */
  firstInside: Term | null;
}

const readingOf: (text: string) => Reading = memoByText(50_000, readContentTerms);

function readContentTerms(text: string): Reading {
  let scanned = text.length > MAX_SCANNED_CHARS ? text.slice(0, MAX_SCANNED_CHARS) : text;
  // Letters are counted before the replacements below, which remove no letter. Those replacements
  // are made only where their pattern can match ("A.B.", a digit, separator and digit): most
  // sentences have neither, and each is a pass of its own with a new string. Removing an
  // acronym's dots joins a capital to what follows, which makes no separator match that was not.
  let upper = 0;
  let lower = 0;
  let acronym = false;
  let separator = false;
  for (let i = 0; i < scanned.length; i++) {
    const c = scanned.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c === 46) acronym ||= i >= 3 && isCapital(scanned.charCodeAt(i - 1)) && scanned.charCodeAt(i - 2) === 46 && isCapital(scanned.charCodeAt(i - 3));
    else if (c >= 48 && c <= 57) separator ||= i >= 2 && isSeparator(scanned.charCodeAt(i - 1)) && isDigit(scanned.charCodeAt(i - 2));
  }
  if (acronym) scanned = scanned.replace(DOTTED_ACRONYM, (m) => m.replace(/\./g, ""));
  if (separator) scanned = scanned.replace(THOUSANDS_SEPARATOR, "$1$2");
  const shouting = isShouting(upper, lower);
  const terms: Term[] = [];
  let firstToken = true;
  let firstInside: Term | null = null;
  scanTokenSpans(scanned, (start, end) => {
    const opensText = firstToken;
    firstToken = false;
    const forms = shouting ? tokenForms(scanned.slice(start, end), true) : TOKEN_FORMS.get(scanned, start, end);
    if (!forms.length) return;
    const before = lookBack(scanned, start);
    const initial = before < 0 || SENTENCE_END.has(before);
    if (opensText && before < 0) firstInside = forms[0].inside;
    for (let k = 0; k < forms.length; k++) terms.push(initial && k === 0 ? forms[k].initial : forms[k].inside);
  });
  return { terms, upper, lower, tail: lookBack(scanned, scanned.length), firstInside };
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A thousands separator THOUSANDS_SEPARATOR takes out. */
function isSeparator(c: number): boolean {
  return c === 44 || c === 0x202f;
}

/**
 * contentTerms(paragraph), read through its sentences (`spans`, as segment.ts cuts them): the
 * sentence aligner reads every sentence anyway, and copies of a story share far more sentences
 * than paragraphs (an edited copy changes a few words per paragraph), so each wording is read once.
 *
 * Why it is the same list: where every two sentences stand apart by whitespace, and nothing but
 * whitespace stands outside them, no token, dotted acronym or thousands separator spans two of
 * them (none holds whitespace; the narrow no-break space, a separator, is not admitted), and the
 * lookarounds at a sentence's edges see whitespace or the text's edge alike. So the paragraph's
 * tokens are its sentences' tokens, read the same way, but for two things: whether the text is
 * shouting, counted over the paragraph (where a sentence alone would say otherwise, the paragraph
 * is read whole); and a sentence's first word, which in the paragraph looks back past the
 * sentence's start to the sentence before (lookBack). Anything else is read whole.
 */
export function contentTermsBySentence(text: string, spans: readonly SentenceSpan[]): readonly Term[] {
  if (spans.length < 2 || text.length > MAX_SCANNED_CHARS) return contentTerms(text);
  const readings: Reading[] = [];
  // Where each sentence's text starts and ends in the paragraph.
  const edges: number[] = [];
  let upper = 0;
  let lower = 0;
  // Cut, trimmed and found as the sentence aligner's own (sentences.ts): once per paragraph wording for both.
  for (const { start, end, text: sentence } of sentencesOfParagraph(text, spans)) {
    if (edges.length && start <= edges[edges.length - 1]) return contentTerms(text);
    const reading = readingOf(sentence);
    readings.push(reading);
    edges.push(start, end);
    upper += reading.upper;
    lower += reading.lower;
  }
  const shouting = isShouting(upper, lower);
  let count = 0;
  for (const reading of readings) {
    if (isShouting(reading.upper, reading.lower) !== shouting) return contentTerms(text);
    count += reading.terms.length;
  }

  // Made at its length (a sentence's first term may change, none is added): a list grown by
  // pushing is made again as it grows, for every paragraph wording read.
  const terms: Term[] = new Array(count);
  let n = 0;
  // What a word looks back to in the paragraph: its last character outside SENTENCE_GAP so far.
  let before = -1;
  let at = 0;
  for (let k = 0; k <= readings.length; k++) {
    const until = k < readings.length ? edges[2 * k] : text.length;
    for (; at < until; at++) {
      const c = text.charCodeAt(at);
      if (!isPlainSpace(c)) return contentTerms(text);
      if (!SENTENCE_GAP.has(c)) before = c;
    }
    if (k === readings.length) break;
    const reading = readings[k];
    const inside = reading.firstInside && before >= 0 && !SENTENCE_END.has(before) ? 1 : 0;
    if (inside) terms[n++] = reading.firstInside!;
    for (let i = inside; i < reading.terms.length; i++) terms[n++] = reading.terms[i];
    if (reading.tail >= 0) before = reading.tail;
    at = edges[2 * k + 1];
  }
  return terms;
}

/** Whitespace that is no token, no part of one and no thousands separator: what may stand between sentences read apart. */
function isPlainSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
}

/** A token's terms, as they read at the start of a sentence and inside one. */
interface TokenForm {
  initial: Term;
  inside: Term;
}

/**
 * News text repeats its words: each distinct token is read once per process and found again by its
 * characters where it stands in the text (slice-table.ts); cleared when full, like the other caches here.
 */
const MAX_CACHED_TOKENS = 200_000;
const TOKEN_FORMS = new SliceTable((token) => tokenForms(token, false), MAX_CACHED_TOKENS);

function tokenForms(token: string, shouting: boolean): TokenForm[] {
  const word = token.replace(/['’ʼ]s$/u, "").replace(/['’ʼ]$/u, "");
  const parts = word.split(HYPHENS);
  const forms: TokenForm[] = [];
  // "follow-up" is one word however it is spelt; "Anglo-French" names two things.
  if (parts.length > 1 && parts.some((p) => /^[\p{Lu}\p{N}]/u.test(p))) {
    for (const part of parts) pushForm(forms, part, shouting);
  } else {
    pushForm(forms, parts.join(""), shouting);
  }
  return forms;
}

function pushForm(forms: TokenForm[], word: string, shouting: boolean): void {
  const bare = word.replace(APOSTROPHES, "");
  if (!bare) return;
  // Pushed in place, not through a closure: pushForm runs per word of every wording read, and
  // keepNames transpilers (tsx runs the benchmarks so) name each closure made.
  if (/^\p{N}/u.test(bare)) {
    const figure = term(bare.replace(/^(\d+)(?:st|nd|rd|th|s)$/u, "$1"), "number");
    forms.push({ initial: figure, inside: figure });
    return;
  }
  if (!shouting && bare.length >= 2 && !/\p{Ll}/u.test(bare)) {
    const name = term(bare, "name");
    forms.push({ initial: name, inside: name });
    return;
  }
  const lower = bare.toLowerCase();
  const number = NUMBER_WORDS[lower];
  if (number) {
    const spelled = term(number, "number");
    forms.push({ initial: spelled, inside: spelled });
    return;
  }
  const key = wordKey(lower);
  if (key === null) return;
  const plain = term(key, "word");
  // A capital inside a sentence marks a name; at a sentence's start it says nothing.
  const capitalised = !shouting && /^\p{Lu}/u.test(bare);
  forms.push({ initial: plain, inside: capitalised ? term(key, "name") : plain });
}

/** A shouted paragraph (a headline in capitals) has no acronyms to tell apart: by its ASCII capitals and lower-case letters. */
function isShouting(upper: number, lower: number): boolean {
  return upper + lower > 20 && lower < (upper + lower) * 0.3;
}

const WORD_KEYS = new Map<string, string | null>();
const MAX_CACHED_WORDS = 200_000;

/** The compared form of a lowercase word, or null for a function word or a fragment. */
function wordKey(lower: string): string | null {
  const cached = WORD_KEYS.get(lower);
  if (cached !== undefined) return cached;
  let key: string | null = null;
  if (!STOPWORDS.has(lower)) {
    // The same spelling table the differ uses, so alignment and diff agree on what is one word.
    const stem = stemWord(americanSpelling(MONTH_ABBREVIATIONS[lower] ?? lower));
    key = stem.length >= 2 ? stem : null;
  }
  if (WORD_KEYS.size >= MAX_CACHED_WORDS) WORD_KEYS.clear();
  WORD_KEYS.set(lower, key);
  return key;
}

/**
 * The character a word at `index` looks back to: the last one before it outside SENTENCE_GAP, or
 * -1 at the text's start. The word starts a sentence when that is a SENTENCE_END or there is none.
 */
function lookBack(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (!SENTENCE_GAP.has(c)) return c;
  }
  return -1;
}

/** Longest first; only one is removed. */
const SUFFIXES = [
  "ational", "ations", "ation", "ators", "ator", "itions", "ition", "ions", "ion", "ings", "ing",
  "ities", "ity", "ates", "ated", "ate", "ies", "ied", "edly", "ed", "es", "s", "ly",
];

/**
 * A light suffix stripper: enough to make "restoring", "restore" and "restoration" one word, and
 * cheap. Over-merging an occasional pair of unrelated words is harmless here: alignment weighs
 * many words together.
 */
export function stemWord(word: string): string {
  if (word.length <= 3) return word;
  let stem = word;
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    if (suffix === "s" && /(ss|us|is)$/.test(word)) continue;
    const rest = word.slice(0, word.length - suffix.length);
    if (rest.length < 3) continue;
    stem = rest;
    break;
  }
  // "injury", "injuries", "injured": a final "y" (or the "i" left of "ies") goes like a final "e".
  stem = stem.replace(/(?<=...)[yi]$/, "").replace(/e+$/, "");
  // "stopped" / "stop": a doubled final consonant left by the suffix is one letter.
  stem = stem.replace(/([bdgmnprt])\1$/, "$1");
  return stem.length >= 2 ? stem : word;
}
