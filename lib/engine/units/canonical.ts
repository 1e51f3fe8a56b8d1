/**
 * The canonical order of the sources: by what they say, not by when they were uploaded. Every
 * stage that could be swayed by order (term ids, tie-breaks, the base a unit is read against)
 * works in this order, so permuting the uploads or choosing another primary changes nothing but
 * the display.
 */
import { fingerprint } from "../report";
import type { ReportSource } from "../types";

export function canonicalOrder<S extends Pick<ReportSource, "name" | "paragraphs">>(sources: S[]): S[] {
  const keyed = sources.map((source) => ({ source, key: fingerprint(source.paragraphs.map((p) => p.text).join("\n")) }));
  keyed.sort((a, b) => cmp(a.key, b.key) || cmp(a.source.name, b.source.name));
  return keyed.map((k) => k.source);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
