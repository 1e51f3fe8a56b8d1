/** Token-level readings the detectors share: content words, lemmas, names, multiset differences. */
import * as calendar from "../lexicon/calendar";
import * as countries from "../lexicon/countries";
import type { Place } from "../lexicon/countries";
import * as functionWords from "../lexicon/function-words";
import * as contractions from "../lexicon/contractions";
import * as irregularVerbs from "../lexicon/irregular-verbs";
import { PARTY_WORDS } from "../lexicon/parties";
import { KIND_NOUNS, TITLE_STATUS, TITLE_WORDS } from "../lexicon/titles";
import { memoByWord } from "../lexicon/word-memo";
import * as normalization from "../normalize";
import type { Token, TokenizedRow } from "../tokenize";
import type { Side } from "./detector";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { isHalfOfDay, isMonth, isWeekday, zoneNamed } = calendar;
const { PLACES, LONGEST_PLACE_WORDS, placeNamed } = countries;
const { FUNCTION_WORDS } = functionWords;
const { expandContraction, mayBeContraction } = contractions;
const { IRREGULAR_LEMMAS } = irregularVerbs;
const { normalizeWord } = normalization;

export const isWordlike = (t: Token) => t.kind === "word" || t.kind === "number";

/**
 * A per-side memo: the detectors of one pair ask the same questions of the same two sides, one
 * after the other. The last few sides asked are kept by identity (sides are never changed once
 * made): a WeakMap entry per side of every pair cost more than the readings it saved. A side asked
 * again after it left reads again, to the same value. The side last found is not the next pushed
 * out: a group's primary side is paired with every other version's in turn.
 */
export function memo<T>(compute: (side: Side) => T): (side: Side) => T {
  const sides: Array<Side | undefined> = new Array(MEMO_SIDES).fill(undefined);
  const values: Array<T | undefined> = new Array(MEMO_SIDES).fill(undefined);
  let next = 0;
  let lastFound = -1;
  return (side) => {
    for (let k = 0; k < MEMO_SIDES; k++) {
      if (sides[k] === side) {
        lastFound = k;
        return values[k] as T;
      }
    }
    const value = compute(side);
    if (next === lastFound) next = (next + 1) % MEMO_SIDES;
    sides[next] = side;
    values[next] = value;
    next = (next + 1) % MEMO_SIDES;
    return value;
  };
}

/** Sides a memo keeps: a pair's two, and the whole rows some detectors read beside them. */
const MEMO_SIDES = 4;

/** Words and figures of a side (punctuation and paragraph breaks left out). */
export const wordsOf = memo((side: Side): Token[] => side.tokens.filter(isWordlike));

export function isFunctionWord(t: Token): boolean {
  return t.kind === "word" && (FUNCTION_WORDS.has(t.norm) || FUNCTION_WORDS.has(t.norm.toLowerCase()));
}

/** Words that carry content: not punctuation, not function words. */
export function contentWords(side: Side): Token[] {
  return side.tokens.filter(isContentToken);
}
// Module level: keepNames transpilers name each closure made, and several detectors ask per pair.
const isContentToken = (t: Token) => isWordlike(t) && !isFunctionWord(t);

/** A word as spelled out: "wouldn't" is the two words "would" and "not", both pointing at its token. */
export interface Word {
  norm: string;
  token: Token;
}

/**
 * The words and figures of a side with contractions spelled out, so that "didn't" / "did not"
 * is never a change of wording. Lower case, except acronyms kept upper case by normalize ("US").
 */
export const spelledOut = memo((side: Side): Word[] => {
  const out: Word[] = [];
  for (const token of side.tokens) {
    if (!isWordlike(token)) continue;
    if (token.kind === "number") {
      out.push({ norm: token.norm, token });
      continue;
    }
    // A word that is no contraction (most) is itself: no look-up, no list of its readings.
    if (!mayBeContraction(token.norm) && !token.norm.includes(" ")) out.push({ norm: token.norm, token });
    else for (const norm of spelledNorms(token.norm)) out.push({ norm, token });
  }
  return out;
});

/** A word's normal form spelled out, acronyms as they are; read once per normal form (every side of every pair asks). */
const spelledNorms = memoByWord(50_000, (norm: string): readonly string[] => (norm === norm.toUpperCase() ? [norm] : expandContraction(norm)[0].split(" ")));

export const isFunctionNorm = (norm: string) => FUNCTION_WORDS.has(norm);

/**
 * Crude English lemma: "selling"/"sold" → "sell", "agreed"/"agree" → "agre", "talks" → "talk".
 * Read once per word (word-memo.ts): the detectors match words by lemma in every pair they read.
 */
export const lemma: (norm: string) => string = memoByWord(50_000, lemmaOf);

function lemmaOf(norm: string): string {
  const irregular = IRREGULAR_LEMMAS.get(norm);
  if (irregular) return stripFinalE(irregular);
  let w = norm;
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith("ing")) w = undouble(w.slice(0, -3));
  else if (w.length > 3 && w.endsWith("ed")) w = undouble(w.slice(0, -2));
  else if (w.length > 3 && w.endsWith("es") && /(?:ss|x|ch|sh|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return stripFinalE(w);
}

function undouble(stem: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(stem) && !/(ll|ss|zz)$/.test(stem) ? stem.slice(0, -1) : stem;
}

function stripFinalE(w: string): string {
  return w.length > 3 && w.endsWith("e") ? w.slice(0, -1) : w;
}

/**
 * Elements of `a` not matched in `b`, as multisets by `key` — what one side says that the other
 * does not.
 */
export function unmatched<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): T[] {
  // One side empty (an omission's, most often): nothing to key.
  if (!a.length) return [];
  if (!b.length) return a.slice();
  if (b.length <= SMALL_MULTISET) return unmatchedFew(a, b, key);
  const counts = new Map<string, number>();
  for (const x of b) {
    const k = key(x);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const out: T[] = [];
  for (const x of a) {
    const k = key(x);
    const n = counts.get(k) ?? 0;
    if (n > 0) counts.set(k, n - 1);
    else out.push(x);
  }
  return out;
}

/** Up to this many elements, `b` is matched by scanning its keys: a Map per call costs more. */
const SMALL_MULTISET = 8;

/** unmatched() for a short `b`: each element of `a` takes the first unused element of `b` with its key. */
function unmatchedFew<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): T[] {
  const keys: Array<string | undefined> = new Array(b.length);
  for (let j = 0; j < b.length; j++) keys[j] = key(b[j]);
  // Most differences leave a word or none unmatched: the list is made at its first element.
  let out: T[] | undefined;
  for (const x of a) {
    const k = key(x);
    const at = keys.indexOf(k);
    if (at >= 0) keys[at] = undefined;
    else if (out) out.push(x);
    else out = [x];
  }
  return out ?? [];
}

/** A token's capital letter marks a name: mid-sentence, or at a sentence start when the row shows it is one. */
export function isNameToken(t: Token, side: Side): boolean {
  if (t.kind !== "word") return false;
  // "pro-Russian", "then-Democratic", "un-American": a name behind an English prefix. Not a title
  // ("then-President" is the president, then) nor a month ("mid-March" is a date).
  if (!t.capitalized) {
    const prefixed = PREFIXED_NAME.exec(t.text);
    const named = prefixed?.[2].toLowerCase();
    return named !== undefined && !isMonth(named) && !TITLE_WORDS.has(named) && !TITLE_STATUS.has(named);
  }
  if (t.norm === "i" || isMonth(t.norm) || isWeekday(t.norm) || isTemperatureScale(t, side) || isCorporateSuffix(t, side) || isTimeZone(t, side)) return false;
  // A capitalised function word names nothing by itself: "And" opening a quotation, "I'll", "The"
  // and "For" inside a title ("The For The People Act"). Acronyms ("US", "WHO") are names.
  if (FUNCTION_WORDS.has(t.norm.toLowerCase()) && t.text !== t.text.toUpperCase()) return false;
  if (!t.sentenceStart) return true;
  // A place ("Russia's …") or a party ("Democratic leaders …") is a name wherever it stands.
  const key = nameKey(t);
  if (PLACES.has(key) || PARTY_WORDS[key] || t.norm === t.norm.toUpperCase() || opensPlaceName(t, side) || opensName(t, side)) return true;
  // At a sentence start: a name if the same word is capitalised mid-sentence somewhere in the row.
  return capitalisedMidSentence(side.row).has(t.norm);
}

// Module level: a transpiler lowering `\p{…}` patterns builds a literal anew at every call.
/** An English prefix and the capitalised word it joins; "al-Qaddafi" and "bin-" are part of a name, read as written. */
const PREFIXED_NAME = /^(pro|anti|ex|then|non|pan|neo|post|pre|un|trans|mid)-(\p{Lu}[\p{L}]+)/u;

/** The token `step` places from `t` in its row (-1: the one before, 1: the one after). */
export function beside(row: TokenizedRow, t: Token, step: number): Token | undefined {
  return row.tokens[row.tokens.indexOf(t) + step];
}

/** "Celsius", "°F", and "C" or "F" right after a figure or "degrees" ("1.5C", "40 degrees C"): a scale, not a name. */
function isTemperatureScale(t: Token, side: Side): boolean {
  const lower = t.norm.toLowerCase();
  if (TEMPERATURE_SCALES.has(lower)) return true;
  if (lower !== "c" && lower !== "f") return false;
  const before = beside(side.row, t, -1);
  return !!before && (before.kind === "number" || /^(degrees?|°)$/.test(before.norm.toLowerCase()));
}

const TEMPERATURE_SCALES = new Set(["celsius", "fahrenheit", "centigrade", "°c", "°f"]);

/** "ET", "PT", "GMT", "Eastern" right after a clock time ("9:40 a.m. ET"): a zone, read with the time, not a name. */
function isTimeZone(t: Token, side: Side): boolean {
  if (!zoneNamed(t.text)) return false;
  const before = beside(side.row, t, -1);
  return !!before && (isHalfOfDay(before.text) || /^\d{1,2}:\d{2}$/.test(before.text));
}

/** The temperature scale a side's words name ("C" after a figure, "°F", "Celsius"), if one. */
export function temperatureScaleOf(side: Side): "C" | "F" | undefined {
  // A loop, not filter and map: keepNames transpilers (tsx runs the benchmarks so) name each closure made.
  let scale: "C" | "F" | undefined;
  for (const t of side.tokens) {
    if (!isTemperatureScale(t, side)) continue;
    const named = /^(?:°?c|celsius|centigrade)$/.test(t.norm.toLowerCase()) ? "C" : "F";
    if (scale && scale !== named) return undefined;
    scale = named;
  }
  return scale;
}

/** "Inc." after "Apple": the company's legal form, which copy adds or drops ("Apple" / "Apple Inc."). */
function isCorporateSuffix(t: Token, side: Side): boolean {
  if (!CORPORATE_SUFFIXES.has(t.norm.toLowerCase().replace(/\.$/, ""))) return false;
  const before = beside(side.row, t, -1);
  return !!before?.capitalized || before?.norm === ",";
}

const CORPORATE_SUFFIXES = new Set(["inc", "incorporated", "corp", "corporation", "ltd", "limited", "plc", "llc", "gmbh"]);

/**
 * "Senate Majority Leader Mitch McConnell", "White House officials" at a sentence start: a capital
 * followed by another that no sentence start explains begins a name of several words.
 */
function opensName(t: Token, side: Side): boolean {
  // "Chief Executive Tim Cook", "Former President …": a title opening the sentence is read as one.
  const lower = t.norm.toLowerCase();
  if (TITLE_WORDS.has(lower) || TITLE_STATUS.has(lower)) return false;
  const next = beside(side.row, t, 1);
  if (!next || next.kind !== "word" || !next.capitalized || next.sentenceStart) return false;
  // "Earlier Tuesday", "Last March": a day or a month is capitalised by itself; so are a party and
  // a people, which an adjective may open the sentence before ("Top Democrats", "Senior Russian officials").
  // An institution names them ("Senate Democrats", "House Republicans"): a name of its own.
  const nextLower = next.norm.toLowerCase();
  const nextKey = nameKey(next);
  const ofAGroup = PARTY_WORDS[nextKey] !== undefined || PLACES.get(nextKey)?.role === "people";
  return !FUNCTION_WORDS.has(nextLower) && !isWeekday(nextLower) && !isMonth(nextLower) && (!ofAGroup || KIND_NOUNS.has(lower) || lower === "house");
}

/** "New York", "South Korea" at a sentence start: the word begins a place name the gazetteer knows. */
function opensPlaceName(t: Token, side: Side): boolean {
  const next = beside(side.row, t, 1);
  return !!next?.capitalized && PLACES.has(`${t.norm} ${next.norm}`.toLowerCase());
}

const midSentenceCapitals = new WeakMap<TokenizedRow, Set<string>>();

function capitalisedMidSentence(row: TokenizedRow): Set<string> {
  let set = midSentenceCapitals.get(row);
  if (!set) {
    set = new Set(row.tokens.filter((u) => u.capitalized && !u.sentenceStart).map((u) => u.norm));
    midSentenceCapitals.set(row, set);
  }
  return set;
}

/** A row's words in lower case, read once per row: every hunk of the row may ask. */
const rowWordSets = new WeakMap<TokenizedRow, Set<string>>();
export function rowWords(row: TokenizedRow): ReadonlySet<string> {
  let words = rowWordSets.get(row);
  if (!words) {
    words = new Set(row.tokens.map((t) => t.norm.toLowerCase()));
    rowWordSets.set(row, words);
  }
  return words;
}

export const nameTokens = memo((side: Side): Token[] => {
  const names: Token[] = [];
  for (const t of side.tokens) if (isNameToken(t, side)) names.push(t);
  return names;
});

/** Places named by a run of tokens (multi-word names such as "saudi arabia" first). */
export function placesIn(tokens: Token[]): Array<{ place: Place; tokens: Token[] }> {
  const found: Array<{ place: Place; tokens: Token[] }> = [];
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    if (!tokens[i].capitalized) {
      i++;
      continue;
    }
    for (let n = Math.min(LONGEST_PLACE_WORDS, tokens.length - i); n >= 1 && !matched; n--) {
      const run = tokens.slice(i, i + n);
      const name = run.map((t) => nameKey(t)).join(" ");
      const place = PLACES.get(name);
      if (place) {
        found.push({ place, tokens: run });
        matched = n;
      }
    }
    i += matched || 1;
  }
  return found;
}

/** Text of tokens as written, with single spaces. */
export function plain(tokens: Token[]): string {
  return tokens.map((t) => t.text).join(" ");
}

/** A name's normal form without a possessive ending: "Russia's" → "russia" ("US" stays upper case). */
export function nameKey(t: Token): string {
  return nameKeyOf(t.norm);
}

/** nameKey of a normal form: a hyphenated name's parts are keyed without a token made for each. */
function nameKeyOf(tokenNorm: string): string {
  const norm = tokenNorm === "US" || tokenNorm.startsWith("US") ? tokenNorm : tokenNorm.toLowerCase();
  return norm.replace(/'s?$/, "");
}

/** Passages this long on both sides are a rewrite, not an edit: facts may have moved within the row. */
const REWRITE_MIN_WORDS = 4;
const REWRITE_MIN_LONGER = 6;

export function isRewrite(base: Side, other: Side): boolean {
  const a = wordsOf(base).length;
  const b = wordsOf(other).length;
  return Math.min(a, b) >= REWRITE_MIN_WORDS && Math.max(a, b) >= REWRITE_MIN_LONGER;
}

const rowNames = new WeakMap<TokenizedRow, Set<string>>();

/** What a name token counts as when looking for it elsewhere: its key, its hyphenated parts, its country. */
function mentionKeys(t: Token): string[] {
  // Loops, not spreads and closures: every word of every row of a unit is read so.
  const keys = [nameKey(t)];
  for (const part of t.text.split(/[-‐‑]/)) if (part) keys.push(nameKeyOf(normalizeWord(part)));
  const named = keys.length;
  for (let k = 0; k < named; k++) {
    const place = placeNamed(keys[k]);
    if (place) keys.push(`place:${place.id}`);
  }
  return keys;
}

/**
 * Whether a row mentions a name anywhere: the same name, a part of a hyphenated name
 * ("Russian-US" mentions "US"), or another name of the same country ("Russia" / "Russian").
 */
export function rowMentionsName(row: TokenizedRow, t: Token): boolean {
  let names = rowNames.get(row);
  if (!names) {
    // Lower-case words count too: "Senate Majority Leader" / "the Senate majority leader" is a
    // title capitalised in one place only.
    names = new Set<string>();
    for (const u of row.tokens) if (u.kind === "word") for (const key of mentionKeys(u)) names.add(key);
    rowNames.set(row, names);
  }
  for (const key of mentionKeys(t)) if (names.has(key)) return true;
  return false;
}

/**
 * "CEO" / "Chief Executive", "CFO" / "chief financial officer": a post's initials for its words,
 * "Officer" understood where the initials end in O and the words stop short of it.
 */
export function abbreviatesTitle(short: Token[], long: Token[]): boolean {
  if (short.length !== 1 || long.length < 2) return false;
  const letters = short[0].text.replace(/\./g, "");
  if (!INITIALS.test(letters)) return false;
  const initials = long.map((t) => t.text[0].toUpperCase()).join("");
  return initials === letters || `${initials}O` === letters;
}
// Module level: a transpiler that lowers `\p{…}` patterns builds a literal anew at every call.
const INITIALS = /^\p{Lu}{2,5}$/u;
