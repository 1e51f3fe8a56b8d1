/**
 * Download names: "<slug of title>-<YYYY-MM-DD>.<ext>". The plain `filename` is ASCII for old
 * clients; `filename*` (RFC 6266 / RFC 8187) carries the title's own letters when it has others.
 */

const MAX_SLUG_CHARS = 60;

/** "Переговоры в Стамбуле" keeps its letters; punctuation and spaces become single hyphens. */
export function unicodeSlug(title: string): string {
  return cap(title.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-"));
}

/** "Çavuşoğlu’s talks" → "cavusoglu-s-talks"; letters with no ASCII form drop out. */
export function asciiSlug(title: string): string {
  return cap(
    title
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/ı/g, "i")
      .replace(/[ßøæœđł]/gi, (c) => ({ ß: "ss", ø: "o", æ: "ae", œ: "oe", đ: "d", ł: "l" })[c.toLowerCase()] ?? "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-"),
  );
}

function cap(slug: string): string {
  const trimmed = slug.replace(/^-+|-+$/g, "");
  if (trimmed.length <= MAX_SLUG_CHARS) return trimmed;
  const cut = trimmed.slice(0, MAX_SLUG_CHARS);
  return cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut;
}

/** YYYY-MM-DD in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function exportFilename(title: string, date: Date, ext: string): { ascii: string; unicode: string } {
  const day = isoDay(date);
  const ascii = asciiSlug(title) || "comparison";
  const unicode = unicodeSlug(title) || ascii;
  return { ascii: `${ascii}-${day}.${ext}`, unicode: `${unicode}-${day}.${ext}` };
}

export function contentDisposition(title: string, date: Date, ext: string): string {
  const { ascii, unicode } = exportFilename(title, date, ext);
  const header = `attachment; filename="${ascii}"`;
  return unicode === ascii ? header : `${header}; filename*=UTF-8''${rfc8187(unicode)}`;
}

/** Percent-encoding with RFC 8187's attr-char set (encodeURIComponent lets ' ( ) * through). */
function rfc8187(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
