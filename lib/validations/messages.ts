import { MAX_FILE_BYTES, MAX_SOURCES, MIN_SOURCES, megabytes } from "./limits";

/**
 * The sentences editors read when a comparison can't start. Shared by the form (checks before
 * sending) and the API (checks on arrival), so both say the same thing in the same words.
 */
export const FORMATS = ".txt, .md, .html or .docx";

export const messages = {
  tooFew: (count: number) => `A comparison needs at least ${MIN_SOURCES} sources; got ${count}.`,
  tooMany: (count: number) => `A comparison takes at most ${MAX_SOURCES} sources; got ${count}.`,
  empty: (name: string) => `${name} is empty.`,
  unsupported: (name: string) => `${name} is not a format Parallax reads: use ${FORMATS}.`,
  tooLarge: (name: string) => `${name} is larger than ${megabytes(MAX_FILE_BYTES)}.`,
};
