import { letterRegExp } from "./clutter/letters";
import { isLetterOrDigitCode, isSpaceCode } from "./clutter/shape";
import { firstCopy, memoByText } from "./memo";
import type { Paragraph, SentenceSpan } from "./types";

/**
 * Body paragraphs → numbered paragraphs with sentence offsets.
 *
 * Sentences are split by rules, not by a model. Intl.Segmenter breaks after "U.S." and "Feb.".
 * wink-nlp splits news well, but its model costs ~140 ms to load and ~0.1 ms a paragraph, while the
 * whole engine has 50 ms for five stories; it also gives token spans that would have to be mapped
 * back to characters. The cases news copy needs (titles before names, initials, months before
 * days, "U.S." ending a sentence or not, quotes closing after the period) fit in a page of rules.
 */
export function segment(paragraphs: string[], sourceId: string): Paragraph[] {
  return paragraphs.map((raw, i) => {
    const { text, sentences } = paragraphOf(raw);
    return { id: `${sourceId}-p${i + 1}`, text, sentences };
  });
}

/**
 * Copies of a story repeat most paragraphs: each wording is made one string (firstCopy) and split
 * once per comparison, with one lookup a paragraph. Its spans are shared by the paragraphs of that
 * wording, as its text is: nothing changes a paragraph's spans once cut (the engine and the export
 * only read them), and a copy per paragraph of fifty sources was a tenth of segmenting's allocation.
 */
const paragraphOf = memoByText(20_000, (raw) => {
  const text = firstCopy(raw);
  return { text, sentences: splitSentences(text) };
});

/** Sentences of one paragraph as [start, end) offsets, without the spaces between them. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpaces(text, 0);
  for (let match = nextTerminator(text, 0); match; match = nextTerminator(text, match.index + match[0].length)) {
    const end = match.index + match[0].length;
    // A lone "..." between sentences belongs to the next one, not a sentence of its own.
    if (!hasLetterOrDigit(text, start, match.index)) continue;
    if (!endsSentence(text, match.index, end)) continue;
    spans.push({ start, end });
    start = skipSpaces(text, end);
  }
  const last = text.trimEnd().length;
  if (start >= last) return spans;
  const tail = spans.at(-1);
  // A stray closing quote or "..." after the last stop belongs to the last sentence.
  if (tail && !hasLetterOrDigit(text, start, last)) tail.end = last;
  else spans.push({ start, end: last });
  return spans;
}

/**
 * A run of stops (". ! ? …") with any closing quotes or brackets, before a space or the end — or
 * glued to the next sentence's capital after a lower-case word ("… 14 children.Video above …",
 * "… for.“People need …"), as scraped pages often leave them. Tried only where a stop stands
 * (sticky): both branches start with one.
 */
const TERMINATOR = /(?:[.!?…]+[”’"'»)\]]*(?=\s|$)|(?<=\p{Ll}{2})[.!?]+[”’"'»)\]]*(?=[“"‘]?\p{Lu}\p{Ll}))/uy;
const STOP = /[.!?…]/g;

/**
 * The first TERMINATOR match at or after `from`. Every match starts at a stop, so trying the
 * pattern at each stop in turn finds the one a search from `from` finds; a plain search for the
 * stops is about twice as fast as letting the pattern (with /u and a lookbehind) find them.
 * One pattern object each, read with exec (matchAll copies it per paragraph).
 */
function nextTerminator(text: string, from: number): RegExpExecArray | null {
  for (STOP.lastIndex = from; STOP.exec(text); ) {
    TERMINATOR.lastIndex = STOP.lastIndex - 1;
    const match = TERMINATOR.exec(text);
    if (match) return match;
  }
  return null;
}

/** Words before a name: the period after them never ends a sentence. */
const TITLES = new Set(
  "mr mrs ms mx dr prof gen lt col maj capt cpt sgt cmdr adm gov sen rep rev hon pres supt insp cpl pvt det fr msgr amb atty brig gens sens reps messrs mme mlle v vs".split(" "),
);
/**
 * Abbreviations that usually continue the sentence but can end it ("… of Apple Inc. The …"),
 * including months and the AP style's state abbreviations ("HARTFORD, Conn.", "Wash. Gov. Inslee").
 */
const AMBIGUOUS = new Set(
  (
    "inc corp co ltd llc plc bros jr sr st mt ft ave blvd rd dept univ assn est approx etc al " +
    "jan feb mar apr jun jul aug sep sept oct nov dec " +
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa penn tenn tex va vt wash wis wisc wyo"
  ).split(" "),
);
/** Abbreviations a number follows: "No. 5", "Feb. 24", "pp. 12". */
const BEFORE_NUMBER = new Set("no nos vol vols p pp art fig figs ch sec op jan feb mar apr jun jul aug sep sept oct nov dec".split(" "));
/**
 * Words that start sentences but rarely follow an abbreviation inside one: after "U.S." or "a.m."
 * they mean a new sentence ("… from the U.S. The talks …"); a name ("U.S. Army") means none.
 */
const SENTENCE_STARTERS = new Set(
  (
    "the a an he she it they we i you this that these those there here but and or so yet in on at for by as if when while " +
    "after before since although though however meanwhile still also then his her its their our my your some many most all " +
    "both each every other such what who why how where which to from with without under over during earlier later last next " +
    "no not one two three according despite instead"
  ).split(" "),
);
const SPEECH_AFTER_QUOTE = letterRegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|replied|insisted|explained|shouted)\b`,
);
const NEXT_WORD = letterRegExp(String.raw`^[“‘"'«(\[]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)`);
const LOWERCASE_START = letterRegExp(String.raw`^\p{Ll}`);
const INITIAL_NEXT = letterRegExp(String.raw`^\p{Lu}\.`);
const DIGIT_START = /^[0-9]/;
const SINGLE_CAPITAL = letterRegExp(String.raw`^\p{Lu}$`);
const DOTTED_LETTERS = letterRegExp(String.raw`^(?:\p{L}\.)+\p{L}$`);

function endsSentence(text: string, stopAt: number, end: number): boolean {
  const next = skipSpaces(text, end);
  if (next >= text.length) return true;
  const following = text.slice(next, next + 80);
  const nextWord = NEXT_WORD.exec(following)?.[1];
  if (!nextWord) return !/^[-–—]/.test(following); // "HARTFORD, Conn. — The …"
  if (LOWERCASE_START.test(nextWord)) return false; // "… over.” she said"
  if (INITIAL_NEXT.test(following)) return false; // more initials: "Rep. C. A. Ruppersberger"
  const closers = /[”’"'»)\]]*$/u.exec(text.slice(stopAt, end))?.[0] ?? "";
  const stops = text.slice(stopAt, end - closers.length);
  const closedQuote = /[”’"'»]/u.test(closers);
  if (stops === "." && /\s/.test(text[stopAt - 1] ?? "")) return false; // spaced ellipsis ". . ."
  if (/[?!]/.test(stops)) return !(closedQuote && SPEECH_AFTER_QUOTE.test(following)); // “Why?” Putin asked.
  if (stops !== ".") return startsSentence(nextWord, following); // "..." or "…": a pause as often as an end
  if (closedQuote) return true; // '… traffic.” It didn’t …'
  const word = wordBefore(text, stopAt);
  const key = word.toLowerCase();
  if (DIGIT_START.test(nextWord) && BEFORE_NUMBER.has(key)) return false;
  if (TITLES.has(key)) return false;
  if (AMBIGUOUS.has(key) || isInitialism(word)) return startsSentence(nextWord, following);
  return true;
}

/** The next word opens a sentence, or a quotation does. Read only where a rule of endsSentence asks it. */
function startsSentence(nextWord: string, following: string): boolean {
  return SENTENCE_STARTERS.has(nextWord.toLowerCase()) || /^[“‘"'«]/u.test(following);
}

/** "S" in "Alexander S. Pushkin", "U.S", "J.D", "a.m", "D.C". */
function isInitialism(word: string): boolean {
  return SINGLE_CAPITAL.test(word) || DOTTED_LETTERS.test(word);
}

function wordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
  return text.slice(from, at).replace(/^[“‘"'«(\[]+/u, "");
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/**
 * [\p{L}\p{N}] somewhere in text[from, to): what the pattern finds in that slice, read in place
 * (its ranges hold no astral letter, so code units answer as code points do).
 */
function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLetterOrDigit(text.charCodeAt(i))) return true;
  return false;
}

// The character tests, held here: under tsx an imported function is read through a getter at
// every call, and these are called for every character a sentence boundary is looked for around.
const isSpace = isSpaceCode;
const isLetterOrDigit = isLetterOrDigitCode;
