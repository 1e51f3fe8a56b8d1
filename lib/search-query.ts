/** Pure and client-safe: what lib/search.ts sends to SQLite, and how its excerpts mark matches. */

/** Where a search excerpt's matching words start and end (lib/search.ts asks SQLite for them). */
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

/**
 * What a person types → an FTS5 query: each word as a quoted prefix ("talk" finds "talks"), all of
 * them required. Quoting makes every character literal, so no input is an FTS5 syntax error.
 */
export function ftsQuery(input: string): string | null {
  const words = input.normalize("NFC").match(/[\p{L}\p{N}]+/gu)?.slice(0, 20);
  return words?.length ? words.map((w) => `"${w}"*`).join(" ") : null;
}
