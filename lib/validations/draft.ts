import { mediaTypeFor } from "@/lib/media-types";
import { MAX_FILE_BYTES, MAX_SOURCES, MAX_TEXT_CHARS, MIN_SOURCES } from "./limits";
import { messages } from "./messages";

/** A source as the form holds it before sending: a chosen file, a link (named by its address until fetched) or a pasted box. */
export type DraftSource =
  | { key: string; name: string; kind: "file"; size: number }
  | { key: string; name: string; kind: "url"; url: string }
  | { key: string; name: string; kind: "paste"; text: string };

export interface DraftErrors {
  /** About the comparison as a whole (how many sources). */
  form?: string;
  /** Source key → the sentence to show next to that source. */
  bySource: Record<string, string>;
}

/**
 * The checks the form can make before uploading anything, in the API's own words: an editor with a
 * wrong file learns it at once, not after the upload. The API checks all of it again.
 */
export function checkDraft(sources: DraftSource[]): DraftErrors {
  const bySource: Record<string, string> = {};
  for (const source of sources) {
    const problem = source.kind === "file" ? fileProblem(source) : source.kind === "url" ? webAddressProblem(source.url) : pasteProblem(source);
    if (problem) bySource[source.key] = problem;
  }
  const form =
    sources.length < MIN_SOURCES
      ? `${messages.tooFew(sources.length)} Upload files, give links or paste text into the boxes.`
      : sources.length > MAX_SOURCES
        ? `${messages.tooMany(sources.length)} Remove some before comparing.`
        : undefined;
  return { form, bySource };
}

function fileProblem({ name, size }: { name: string; size: number }): string | undefined {
  if (!mediaTypeFor(name)) return messages.unsupported(name);
  if (size === 0) return messages.empty(name);
  if (size > MAX_FILE_BYTES) return messages.tooLarge(name);
  return undefined;
}

/** The address's form only; whether the server may fetch it is for the server to say. */
export function webAddressProblem(text: string): string | undefined {
  const url = text.trim();
  if (!URL.canParse(url)) return messages.notWebAddress(url);
  const { protocol } = new URL(url);
  return protocol === "http:" || protocol === "https:" ? undefined : messages.notHttp(url);
}

function pasteProblem({ name, text }: { name: string; text: string }): string | undefined {
  if (!text.trim()) return messages.empty(name);
  if (text.length > MAX_TEXT_CHARS) return `${name} is longer than ${MAX_TEXT_CHARS.toLocaleString("en")} characters.`;
  return undefined;
}

export function hasErrors(errors: DraftErrors): boolean {
  return !!errors.form || Object.keys(errors.bySource).length > 0;
}
