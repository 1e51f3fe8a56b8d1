/**
 * The sentences of every version as the aligner and the fact stages see them: each with its place
 * (source, paragraph, character offsets) and its rank in its source's reading order.
 */
import type { ReportSource } from "../types";
import { firstCopy } from "../memo";

export interface SentenceRef {
  /** `${paragraphId}.${n}`: stable within one run. */
  id: string;
  source: string;
  paragraph: string;
  /** Offsets into the paragraph's text. */
  start: number;
  end: number;
  text: string;
  /** Position in the source's reading order, from 0. */
  order: number;
}

/** Sentences of one source in reading order; empty or whitespace-only spans are skipped. */
export function sentencesOf(source: Pick<ReportSource, "id" | "paragraphs">): SentenceRef[] {
  const out: SentenceRef[] = [];
  for (const paragraph of source.paragraphs) {
    paragraph.sentences.forEach((span, n) => {
      const raw = paragraph.text.slice(span.start, span.end);
      const lead = raw.length - raw.trimStart().length;
      const text = firstCopy(raw.trim());
      if (!text) return;
      const start = span.start + lead;
      out.push({ id: `${paragraph.id}.${n + 1}`, source: source.id, paragraph: paragraph.id, start, end: start + text.length, text, order: out.length });
    });
  }
  return out;
}
