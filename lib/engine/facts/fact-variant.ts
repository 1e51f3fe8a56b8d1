/** One version's reading of a fact: the fact's words as the core, with a few words either side. */
import type { Variant } from "../types";
import type { SentenceRef } from "../units/sentences";

/** Words either side of the fact in the variant's text. */
const CONTEXT_CHARS = 40;

/** The variant for the words [start, end) of a sentence. */
export function factVariant(sentence: SentenceRef, start: number, end: number): Variant {
  const from = Math.max(0, sentence.text.lastIndexOf(" ", Math.max(0, start - CONTEXT_CHARS)));
  const toSpace = sentence.text.indexOf(" ", Math.min(sentence.text.length, end + CONTEXT_CHARS));
  const to = toSpace < 0 ? sentence.text.length : toSpace;
  const text = `${from > 0 ? "…" : ""}${sentence.text.slice(from, to).trim()}${to < sentence.text.length ? "…" : ""}`;
  return {
    source: sentence.source,
    text,
    core: sentence.text.slice(start, end),
    spans: [{ paragraph: sentence.paragraph, start: sentence.start + start, end: sentence.start + end }],
  };
}
