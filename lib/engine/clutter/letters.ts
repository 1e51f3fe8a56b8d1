/**
 * Regular expressions with letter classes, compiled cheaply. V8 takes 10–20 ms to compile a
 * pattern full of \p{Lu}/\p{L} (hundreds of Unicode ranges each), which made the first clean()
 * cost ~90 ms. The scripts news copy comes in (Latin with its accents, Greek, Cyrillic) fit in a
 * few ranges, so patterns are written with \p{…} for readability and compiled with these instead.
 */
const RANGES: Record<string, string> = {
  "\\p{Lu}": "A-ZÀ-ÖØ-ÞĀ-ɏΆΈ-ΊΌΎ-ΏΑ-ΩЀ-Я",
  "\\p{Ll}": "a-zß-öø-ÿĀ-ɏά-ώа-џ",
  "\\p{L}": "A-Za-zÀ-ÖØ-öø-ɏΆΈ-ΊΌΎ-ΏΑ-Ωά-ώЀ-џ",
  "\\p{N}": "0-9",
};
const PROPERTY = /^\\p\{(?:Lu|Ll|L|N)\}/;

export function letterRegExp(source: string, flags = "u"): RegExp {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") {
      const property = PROPERTY.exec(source.slice(i, i + 7))?.[0];
      if (property) {
        out += inClass ? RANGES[property] : `[${RANGES[property]}]`;
        i += property.length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (char === "[") inClass = true;
    else if (char === "]") inClass = false;
    out += char;
  }
  return new RegExp(out, flags);
}
