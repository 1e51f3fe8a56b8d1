/**
 * What a comparison may hold. Client-safe, so the form can check before it sends; the source count
 * is the engine's own rule (a dependency-free module).
 */
export { MAX_SOURCES, MIN_SOURCES } from "@/lib/engine/source-count";
export const MAX_TITLE_CHARS = 200;
export const MAX_NAME_CHARS = 200;
/** Longer addresses are not pages anyone links to. */
export const MAX_URL_CHARS = 2048;
/** A long feature story is ~100 kB of text; 5 MB leaves room for a docx with pictures. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_TEXT_CHARS = 2_000_000;
/** The whole upload; past this the server answers 413 before reading the body. */
export const MAX_REQUEST_BYTES = 25 * 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
