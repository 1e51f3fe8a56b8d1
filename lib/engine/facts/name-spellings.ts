/**
 * Name spellings across the story: one person written two ways by two versions ("Devon Harper" /
 * "Devin Harper"), wherever the sentences sit. Inside a statement the entity detector sets the two
 * against each other; a name that one version gives in its second paragraph and another in its
 * lede only a story-wide reading sees. A minor discrepancy, listing who wrote which.
 *
 * Hand-written: a person's name is two capitalised words side by side in news copy, and two
 * spellings of one name share the other word and differ by a letter or a transliteration.
 */
import { addToSetOf, appendTo } from "../collections";
import * as calendar from "../lexicon/calendar";
import * as functionWords from "../lexicon/function-words";
import * as titles from "../lexicon/titles";
import { memoByText } from "../memo";
import { stripDiacritics } from "../normalize";
import { tokensOf } from "../tokenize";
import { isTransliteration, levenshtein } from "../detectors/transliteration";
import type { FoundDiscrepancy } from "../types";
import type { SentenceRef } from "../units/sentences";
import { forAsciiLetters, lettersAllAscii } from "./token-spans";
import { firstReadings, readingsBySource, readingsConflict, sentenceSource, wordingsOf } from "./readings";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every capitalised word of every wording is asked.
const { isMonth, isWeekday } = calendar;
const { FUNCTION_WORDS } = functionWords;
const { TITLE_WORDS } = titles;

/** Two capitalised words side by side in a sentence: a given name and a surname, as written. */
interface NamePair {
  words: [string, string];
  start: number;
  end: number;
}

interface PlacedName extends NamePair {
  sentence: SentenceRef;
}

/** Fewest letters of a word that a one-letter slip may change: "Jon" / "Jan" are two names. */
const MIN_SLIP_LENGTH = 4;

/** Every pair of capitalised words side by side in a sentence (a name's given name and surname). */
const namePairsOf = memoByText(20_000, (text: string): NamePair[] => {
  // Most wordings hold no two name words side by side: told so without being tokenized.
  if (!(lettersAllAscii(text) ? MAY_HOLD_A_PAIR_IN_ASCII : MAY_HOLD_A_PAIR).test(text)) return NO_PAIRS;
  const tokens = tokensOf(text);
  const pairs: NamePair[] = [];
  // Each token is read once, as the second word of one pair and the first of the next.
  let wa = tokens.length ? nameAsWritten(tokens[0].text) : undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const b = tokens[i + 1];
    const wb = nameAsWritten(b.text);
    if (wa !== undefined && wb !== undefined) pairs.push({ words: [wa, wb], start: tokens[i].start, end: b.end });
    wa = wb;
  }
  return pairs;
});

const NO_PAIRS: NamePair[] = [];

/**
 * What the text of two name words side by side must hold: a name word (a possessive "'s" after it,
 * which asWritten drops), then only what the tokenizer passes over between two tokens (spaces and
 * quotation marks, which it tracks without emitting), then a capital and a lower-case letter. A
 * token is a stretch of the text, so any pair namePairsOf finds matches here; a match that is no
 * pair (inside a longer word, or of a function word) only sends the text to the full reading.
 */
const MAY_HOLD_A_PAIR = /\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*(?:['’]s)?[\s"'`“”„«»‟‘’‚‹›]*\p{Lu}\p{Ll}/u;
/** MAY_HOLD_A_PAIR for a text of ASCII letters only: every wording is asked, most are such. */
const MAY_HOLD_A_PAIR_IN_ASCII = forAsciiLetters(MAY_HOLD_A_PAIR);

/**
 * A token as a name word is written, or undefined when it is none. asWritten keeps a word's first
 * character (or leaves nothing, of a bare "'s"), so a token opening with an ASCII character other
 * than a capital is told apart before its apostrophes are looked for: most words of a sentence.
 */
function nameAsWritten(text: string): string | undefined {
  const first = text.charCodeAt(0);
  if (first < 128 && !(first >= 65 && first <= 90)) return undefined;
  const written = asWritten(text);
  return isNameWord(written) ? written : undefined;
}

/** A name word as spelt, whatever its apostrophe and without a possessive ("Trump’s" is "Trump"). */
const asWritten = (text: string) => (APOSTROPHE.test(text) ? text.replace(/['’]s$/u, "").replace(/’/gu, "'") : text);
const APOSTROPHE = /['’]/;

function isNameWord(text: string): boolean {
  // Most words start in lower case: an ASCII character other than A–Z is no capital letter, and
  // the pattern is not run for it (every word of every sentence is asked).
  const first = text.charCodeAt(0);
  if (first < 128 && !(first >= 65 && first <= 90)) return false;
  if (!NAME_WORD.test(text)) return false;
  const lower = text.toLowerCase();
  return !FUNCTION_WORDS.has(lower) && !TITLE_WORDS.has(lower) && !isMonth(lower) && !isWeekday(lower);
}

/**
 * Two spellings of one name: a transliteration, or one letter changed, added or dropped in a word of
 * some length. Accents kept or dropped ("Peña" / "Pena") are how a desk prints names, and a plural
 * ("House Republican" / "House Republicans") is no name at all.
 */
function spellingsOfOne(a: string, b: string): boolean {
  const [la, lb] = [stripDiacritics(a.toLowerCase()), stripDiacritics(b.toLowerCase())];
  if (la === lb || la[0] !== lb[0] || `${la}s` === lb || `${lb}s` === la) return false;
  return isTransliteration(a, b) || (Math.min(la.length, lb.length) >= MIN_SLIP_LENGTH && levenshtein(la, lb) === 1);
}

/**
 * One minor discrepancy per name two versions spell apart, unless a version gives both spellings
 * (two people) or a statement's own comparison already reports it, as a spelling or as another
 * name (`reported`: its cores).
 */
export function nameSpellingConflicts(sentences: SentenceRef[], reportOrder: string[], reported: FoundDiscrepancy[]): FoundDiscrepancy[] {
  // Pairs by the word they share: the surname (the given name varies) and the given name (the surname varies).
  // Only names some other spelling could be one with are placed: copies repeat every sentence, and
  // most stories spell every name one way.
  const { surnames, givenNames, wordings } = wordsSpeltApart(sentences);
  // Most stories spell every name one way: then no sentence is placed, nor any wording asked again.
  if (!surnames.size && !givenNames.size) return [];
  const naming = new Set(wordings.filter((text) => namePairsOf(text).some(({ words: [given, surname] }) => surnames.has(surname) || givenNames.has(given))));
  const bySurname = new Map<string, PlacedName[]>();
  const byGiven = new Map<string, PlacedName[]>();
  for (const sentence of sentences) {
    if (!naming.has(sentence.text)) continue;
    for (const pair of namePairsOf(sentence.text)) {
      const [given, surname] = pair.words;
      if (!surnames.has(surname) && !givenNames.has(given)) continue;
      const placed = { ...pair, sentence };
      if (surnames.has(surname)) appendTo(bySurname, surname, placed);
      if (givenNames.has(given)) appendTo(byGiven, given, placed);
    }
  }
  // Names a statement's comparison already set against each other, as a spelling or as two names:
  // read once two spellings are found (most stories have none), each distinct core once.
  let reportedWords: Set<string> | undefined;
  const alreadyReported = () => (reportedWords ??= wordsOfCores(reported));
  const found: FoundDiscrepancy[] = [];
  const seen = new Set<string>();
  for (const [groups, varying] of [[bySurname, 0], [byGiven, 1]] as const) {
    for (const names of groups.values()) {
      const spellings = [...new Set(names.map((n) => n.words[varying]))].sort();
      for (let i = 0; i < spellings.length; i++) {
        for (let j = i + 1; j < spellings.length; j++) {
          const [a, b] = [spellings[i], spellings[j]];
          if (!spellingsOfOne(a, b) || (alreadyReported().has(a) && alreadyReported().has(b))) continue;
          const both = names.filter((n) => n.words[varying] === a || n.words[varying] === b);
          const key = `${both[0].words[1 - varying]}|${a}|${b}`;
          if (seen.has(key) || !readingsConflict(readingsBySource(both, sentenceSource, (n) => n.words[varying]))) continue;
          seen.add(key);
          const variants = firstReadings(both, reportOrder, (n) => n);
          const wordings = [...new Set(variants.filter((v) => v.core).map((v) => v.core))];
          found.push({ severity: "minor", category: "spelling", summary: `Name spelling: ${wordings.join(" ≈ ")}`, variants });
        }
      }
    }
  }
  return found;
}

/** The words of the spelling and entity discrepancies' cores (copies repeat a core version after version: each is split once). */
function wordsOfCores(found: FoundDiscrepancy[]): Set<string> {
  const cores = new Set<string>();
  for (const d of found) if (d.category === "spelling" || d.category === "entity") for (const v of d.variants) cores.add(v.core);
  const words = new Set<string>();
  for (const core of cores) for (const word of core.split(/\s+/)) words.add(word);
  return words;
}

/**
 * The surnames written with given names that may be one name spelt two ways, and the given names
 * written with such surnames, read from each distinct wording (also returned) once. A group no pair of spellings of which
 * is spellingsOfOne yields nothing, so leaving it out changes nothing.
 */
function wordsSpeltApart(sentences: SentenceRef[]): { surnames: Set<string>; givenNames: Set<string>; wordings: string[] } {
  const givenBySurname = new Map<string, Set<string>>();
  const surnamesByGiven = new Map<string, Set<string>>();
  const wordings = wordingsOf(sentences);
  for (const text of wordings) {
    for (const { words: [given, surname] } of namePairsOf(text)) {
      addToSetOf(givenBySurname, surname, given);
      addToSetOf(surnamesByGiven, given, surname);
    }
  }
  return { surnames: withSpellingsOfOne(givenBySurname), givenNames: withSpellingsOfOne(surnamesByGiven), wordings };
}

/** The keys whose words include two spellings of one, asked in the order nameSpellingConflicts asks. */
function withSpellingsOfOne(sets: Map<string, Set<string>>): Set<string> {
  const keys = new Set<string>();
  for (const [key, set] of sets) {
    if (set.size < 2) continue;
    const words = [...set].sort();
    if (words.some((a, i) => words.some((b, j) => j > i && spellingsOfOne(a, b)))) keys.add(key);
  }
  return keys;
}

// Module level: the transpiler turns a \p{…} pattern into a RegExp built on every call.
/** "Harper", "O'Neill", "Abu-Bakr": a capital, then lower-case letters, parts joined by a hyphen or apostrophe. */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
