/**
 * The one normalising function. Two tokens whose normal forms are equal are the same token for the
 * differ, and the classifier reasons about normal forms too — so every cosmetic equivalence
 * (case, British/American spelling, abbreviations, number formats, hyphenation, apostrophe and
 * dash styles, diacritics) lives here and nowhere else.
 */
import { wordTable } from "./collections";
import { ACRONYM_ALIASES, expandAbbreviation } from "./lexicon/abbreviations";
import { americanSpelling } from "./lexicon/british-american";
import { FUNCTION_WORDS } from "./lexicon/function-words";
import { numberWordValue, numeralValue } from "./lexicon/numbers";

/** Apostrophe look-alikes (typographic, prime, acute accent, backtick) → "'". */
const APOSTROPHES = /[’‘ʼ´`′]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}?\.?$/u;
const UPPER = /^\p{Lu}+$/u;
const HYPHENS = /[-‐‑]/;

/** Dash and ellipsis styles of standalone punctuation: "—", "–", "--", "_" are one dash. */
const PUNCT_FORMS = wordTable({
  "—": "-", "–": "-", "‒": "-", "―": "-", "--": "-", "---": "-", "_": "-", "-": "-", "‐": "-", "‑": "-",
  "…": "...", "...": "...", ". . .": "...",
  "%": "percent", "&": "and", "+": "and",
});

/** Removes accents: "Nestlé" → "Nestle". */
export function stripDiacritics(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "");
}

/** Normal form of a standalone punctuation token. */
export function normalizePunctuation(text: string): string {
  return PUNCT_FORMS[text] ?? text;
}

/** Normal form of a figure: "1,000" → "1000", "24th" → "24", "2.50" → "2.5"; fractions kept as written. */
export function normalizeNumeral(text: string): string {
  if (text.includes("/") || text.includes(":")) return text;
  const value = numeralValue(text);
  return value === undefined ? text : String(value);
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * Normal form of a word token (letters, with internal apostrophes, hyphens or abbreviation periods).
 * "U.S." and "US" → "US" (kept upper case: "us" is a pronoun); "Feb." → "february";
 * "normalising" → "normalizing"; "business-like" → "businesslike"; "six" → "6"; "Nestlé" → "nestle".
 */
export function normalizeWord(raw: string): string {
  const cached = cache.get(raw);
  if (cached !== undefined) return cached;
  const norm = computeWordNorm(raw);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, norm);
  return norm;
}

function computeWordNorm(raw: string): string {
  const text = stripDiacritics(raw.replace(APOSTROPHES, "'"));
  if (JOINED_CAPITALS.test(text)) return text.replace(/\+/g, "&").toLowerCase();
  if (DOTTED_ACRONYM.test(text)) {
    const letters = text.replace(/\./g, "");
    if (letters.length >= 2) return acronymNorm(letters);
    return letters.toLowerCase(); // an initial: "C." = "C"
  }
  const hyphenParts = text.split(HYPHENS);
  if (hyphenParts.length > 1 && hyphenParts.every(Boolean)) {
    const whole = numberWordValue(text.toLowerCase());
    if (whole !== undefined) return String(whole);
    // "business-like" = "businesslike", "U.S.-Russia" = "US-Russia": each part normalised, joined.
    return hyphenParts.map((part) => computeWordNorm(part)).join("");
  }
  const withPeriod = text.endsWith(".");
  const bare = withPeriod ? text.slice(0, -1) : text;
  if (bare.length >= 2 && UPPER.test(bare)) return acronymNorm(bare);
  const lower = bare.toLowerCase();
  const expanded = expandAbbreviation(lower, withPeriod);
  if (expanded) return expanded;
  const value = numberWordValue(lower);
  if (value !== undefined) return String(value);
  if (/^\d/.test(lower)) return normalizeNumeral(lower);
  return americanSpelling(lower);
}

/**
 * An all-capitals word: an acronym ("UN", "NATO") or shouting ("BOB HOPE"). Upper case is kept only
 * when the lower-case word is a function word ("US" ≠ "us", "IT" ≠ "it", "WHO" ≠ "who").
 */
function acronymNorm(letters: string): string {
  const lower = letters.toLowerCase();
  const alias = ACRONYM_ALIASES.get(lower);
  if (alias && letters === letters.toUpperCase()) return alias;
  if (letters === letters.toUpperCase() && FUNCTION_WORDS.has(lower)) return letters;
  return americanSpelling(lower);
}

// Module level: the transpiler turns a \p{…} pattern into a RegExp built on every call.
/** "AT&T", "S+P": capitals joined by "&" or "+". */
const JOINED_CAPITALS = /^\p{Lu}+(?:[&+]\p{Lu}+)+$/u;
