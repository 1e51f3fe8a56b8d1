/**
 * What a comparison may hold. Client-safe (no engine import), so the form can check before it sends;
 * MIN_SOURCES and MAX_SOURCES mirror the engine's own (limits.test.ts keeps them in step).
 */
export const MIN_SOURCES = 2;
export const MAX_SOURCES = 50;
export const MAX_TITLE_CHARS = 200;
export const MAX_NAME_CHARS = 200;
/** A long feature story is ~100 kB of text; 5 MB leaves room for a docx with pictures. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_TEXT_CHARS = 2_000_000;
/** The whole upload; past this the server answers 413 before reading the body. */
export const MAX_REQUEST_BYTES = 25 * 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
