/**
 * The canonical order of the sources: by what they say, not by when they were uploaded. Every
 * stage that could be swayed by order (term ids, tie-breaks, the base a unit is read against)
 * works in this order, so permuting the uploads or choosing another primary changes nothing but
 * the display.
 */
import { Fingerprint } from "../report";
import type { ReportSource } from "../types";

export function canonicalOrder<S extends Pick<ReportSource, "name" | "paragraphs">>(sources: S[]): S[] {
  const keyed = sources.map((source) => ({ source, key: textKey(source.paragraphs) }));
  keyed.sort((a, b) => cmp(a.key, b.key) || cmp(a.source.name, b.source.name));
  return keyed.map((k) => k.source);
}

/**
 * fingerprint() of the paragraphs' texts joined by line breaks, read paragraph by paragraph: a
 * source's whole text is not built as one string only to be read once.
 */
function textKey(paragraphs: ReadonlyArray<{ text: string }>): string {
  let length = Math.max(0, paragraphs.length - 1);
  for (const { text } of paragraphs) length += text.length;
  const print = new Fingerprint(length);
  paragraphs.forEach(({ text }, k) => {
    if (k > 0) print.add("\n");
    print.add(text);
  });
  return print.digest();
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
