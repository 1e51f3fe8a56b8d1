/**
 * The tokens alignment reads, found by a hand-written scan that gives exactly what matchAll of
 * TOKEN_PATTERN finds (a figure run with its decimal points and separators, or a word with its
 * inner apostrophes and hyphens), in the same order and at the same offsets. Every paragraph and
 * sentence of every version is read this way; the regular expression with its match objects was
 * the larger part of reading them. Letters and numbers outside ASCII are classified through
 * Unicode property escapes, once per character.
 */

/** What the scan reproduces; kept as the reference the tests hold the scan to. */
export const TOKEN_PATTERN = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['’ʼ\-‐‑][\p{L}\p{N}]+)*/gu;

const OTHER = 0;
const LETTER = 1;
const NUMBER = 2;

/** Character class by UTF-16 code for the Basic Multilingual Plane; 255 while not yet known. */
const bmpClass = new Uint8Array(0x10000).fill(255);
for (let c = 0; c < 128; c++) {
  bmpClass[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : c >= 48 && c <= 57 ? NUMBER : OTHER;
}
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;

function classify(codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = bmpClass[codePoint];
    if (known !== 255) return known;
  }
  const char = String.fromCodePoint(codePoint);
  const kind = IS_LETTER.test(char) ? LETTER : IS_NUMBER.test(char) ? NUMBER : OTHER;
  if (codePoint < 0x10000) bmpClass[codePoint] = kind;
  return kind;
}

/** Apostrophes and hyphens a word may hold between two of its letters or digits ("'’ʼ-‐‑", by UTF-16 code: no string per character read). */
function isWordJoiner(code: number): boolean {
  return code === 39 || code === 45 || code === 0x2019 || code === 0x2bc || code === 0x2010 || code === 0x2011;
}

/** Class of the code point starting at `i` (a lone surrogate is one of its own, as with the u flag). */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) {
    const known = bmpClass[code];
    return known !== 255 ? known : classify(code);
  }
  return classify(text.codePointAt(i)!);
}

/** Width in UTF-16 units of the code point starting at `i`. */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** End of the run at `i` of numbers (`numbersOnly`) or of letters and numbers. */
function runEnd(text: string, i: number, numbersOnly: boolean): number {
  while (i < text.length) {
    const kind = classAt(text, i);
    if (kind === OTHER || (numbersOnly && kind !== NUMBER)) break;
    i += widthAt(text, i);
  }
  return i;
}

/** Calls `visit` with each token and its offset, in reading order. */
export function scanTokens(text: string, visit: (token: string, at: number) => void): void {
  scanTokenSpans(text, (start, end) => visit(text.slice(start, end), start));
}

/** Calls `visit` with where each token starts and ends, in reading order (no string made per token). */
export function scanTokenSpans(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const kind = classAt(text, i);
    if (kind === OTHER) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    if (kind === NUMBER) {
      i = runEnd(text, i, true);
      while (i + 1 < length && (text[i] === "." || text[i] === ",") && classAt(text, i + 1) === NUMBER) i = runEnd(text, i + 1, true);
    } else {
      i = runEnd(text, i, false);
      while (i + 1 < length && isWordJoiner(text.charCodeAt(i)) && classAt(text, i + 1) !== OTHER) i = runEnd(text, i + 1, false);
    }
    visit(start, i);
  }
}
