import { tooFewSources, tooManySources } from "@/lib/engine/source-count";
import { MAX_FILE_BYTES, megabytes } from "./limits";

/**
 * The sentences editors read when a comparison can't start. Shared by the form (checks before
 * sending) and the API (checks on arrival), so both say the same thing in the same words.
 */
export const FORMATS = ".txt, .md, .html, .docx or .pdf";

export const messages = {
  tooFew: tooFewSources,
  tooMany: tooManySources,
  empty: (name: string) => `${name} is empty.`,
  unsupported: (name: string) => `${name} is not a format Parallax reads: use ${FORMATS}.`,
  tooLarge: (name: string) => `${name} is larger than ${megabytes(MAX_FILE_BYTES)}.`,
  notWebAddress: (url: string) => `${url} is not a web address; give one starting with https://.`,
  notHttp: (url: string) => `${url} is not an http or https address.`,
};
