/**
 * Two spellings of one name in Latin letters ("Darchiev" / "Darchiyev", "Mohammed" / "Muhammad",
 * "Tchaikovsky" / "Chaikovsky"). Transliterations differ in vowels, in y/i/j, in doubled letters
 * and in digraphs (tch/ch, kh/h, ks/x); a different consonant or a whole extra syllable makes a
 * different name (Coulter ≠ Carter, Austria ≠ Australia). A letter slipped in or out of a long name
 * ("Vincente" / "Vicente") is a misspelling of it.
 */
import { stripDiacritics } from "../normalize";

/** Digraphs and letters that transliteration systems write differently for one sound. */
const SOUND_SPELLINGS: Array<[RegExp, string]> = [
  [/tch/g, "ch"],
  // French-style "ch" for an English "sh" at a name's end: Marrakech / Marrakesh.
  [/ch$/g, "sh"],
  [/dzh/g, "j"],
  [/zh/g, "j"],
  [/kh/g, "h"],
  // Arabic's emphatic d and Japanese long o (at a name's edge: John is not Jon), written or not:
  // Gadhafi / Gaddafi, Ohtani / Otani, Itoh / Ito.
  [/dh/g, "d"],
  [/^oh(?![aeiou])|oh$/g, "o"],
  [/ph/g, "f"],
  [/ck/g, "k"],
  [/x/g, "ks"],
  [/w/g, "v"],
  [/ou/g, "u"],
  [/oo/g, "u"],
  [/ee/g, "i"],
  [/y/g, "i"],
  [/j(?=[aeiou])/g, "i"],
  [/([a-z])\1+/g, "$1"],
];

export function canonicalSpelling(name: string): string {
  let s = stripDiacritics(name.toLowerCase()).replace(/[^a-z]/g, "");
  for (const [pattern, replacement] of SOUND_SPELLINGS) s = s.replace(pattern, replacement);
  return s;
}

/** Consonants only, doubled letters collapsed: "mohammed" → "mhmd". */
function skeleton(canonical: string): string {
  return canonical.replace(/[aeiou]/g, "").replace(/([a-z])\1+/g, "$1");
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Names shorter than this differ by too little to tell a variant from another name (John / Joan). */
const MIN_LENGTH_FOR_EDITS = 6;
/** Edits allowed, relative to the longer name, when the consonants agree. */
const MAX_EDIT_RATIO = 0.25;

export function isTransliteration(a: string, b: string): boolean {
  const ca = canonicalSpelling(a);
  const cb = canonicalSpelling(b);
  if (!ca || !cb || ca[0] !== cb[0]) return false;
  if (ca === cb) return true;
  const plainA = stripDiacritics(a.toLowerCase());
  const plainB = stripDiacritics(b.toLowerCase());
  if (Math.min(plainA.length, plainB.length) < MIN_LENGTH_FOR_EDITS) return false;
  // One letter more or less in a long name is a slip ("Vincente" / "Vicente"); the same position in
  // one story makes it the same person, where a changed letter can make another (Carter / Carper).
  if (Math.abs(plainA.length - plainB.length) === 1 && levenshtein(plainA, plainB) === 1) return true;
  if (skeleton(ca) !== skeleton(cb)) return false;
  return levenshtein(plainA, plainB) / Math.max(plainA.length, plainB.length) <= MAX_EDIT_RATIO;
}
