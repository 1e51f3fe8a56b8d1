import { MAX_NAME_CHARS } from "./limits";

/**
 * Characters a name must not carry: C0/C1 controls (NUL, escape, line breaks) and the Unicode bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) plus the invisible direction
 * marks, which can make "evil‮txt.exe" read as "evilexe.txt" on the page and in exports.
 */
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The one name rule every way in applies (form, JSON API, multipart, CLI): unsafe characters out,
 * white space collapsed, lone surrogates repaired. Length is checked after this (`nameTooLong`).
 */
export function cleanName(raw: string): string {
  return raw.toWellFormed().replace(UNSAFE_NAME_CHARS, " ").replace(/\s+/g, " ").trim();
}

/** True when a name still holds a control or text-direction character (it was not cleaned). */
export function hasUnsafeNameChars(name: string): boolean {
  return new RegExp(UNSAFE_NAME_CHARS.source).test(name) || !name.isWellFormed();
}

/** The sentence for a name past the limit; quotes its start so the editor can find it. */
export function nameTooLong(name: string): string | undefined {
  if (name.length <= MAX_NAME_CHARS) return undefined;
  return `A source name is longer than ${MAX_NAME_CHARS} characters ("${name.slice(0, 40)}…").`;
}

/** The file's own name, without any folder a browser or a script may have sent along. */
export function baseName(fileName: string): string {
  return cleanName(fileName.split(/[\\/]/).pop() ?? "");
}

/**
 * Makes display names unique ("index.html", "index.html (2)"): errors and the primary-source choice
 * refer to sources by name, so two sources must never share one. Client and server both use this,
 * so the names the form shows are the names the server reports.
 */
export function uniqueNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name} (${n})`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** What an unnamed pasted box is called: its place on the form, as the editor sees it. */
export function pastedName(name: string, index: number): string {
  return cleanName(name) || `Pasted text ${index + 1}`;
}
