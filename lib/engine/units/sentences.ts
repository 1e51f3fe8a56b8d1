/**
 * The sentences of every version as the aligner and the fact stages see them: each with its place
 * (source, paragraph, character offsets) and its rank in its source's reading order.
 */
import type { ReportSource } from "../types";
import * as memo from "../memo";
import * as tokenization from "../tokenize";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the engine worker, CLI and benchmarks run so), and these are read per sentence of every version.
const { firstCopy } = memo;
const { tokensOf } = tokenization;

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
  /**
   * Wholly inside a quotation its paragraph opens before it and closes after it (the middle of a
   * quoted passage of three sentences or more): its words are the speaker's, though it holds no
   * quotation mark of its own.
   */
  quoted: boolean;
}

/** Sentences of one source in reading order; empty or whitespace-only spans are skipped. */
export function sentencesOf(source: Pick<ReportSource, "id" | "paragraphs">): SentenceRef[] {
  const out: SentenceRef[] = [];
  for (const paragraph of source.paragraphs) {
    const firstMark = paragraph.sentences.length > 2 ? paragraph.text.search(DOUBLE_MARK) : -1;
    paragraph.sentences.forEach((span, n) => {
      const raw = paragraph.text.slice(span.start, span.end);
      const lead = raw.length - raw.trimStart().length;
      const text = firstCopy(raw.trim());
      if (!text) return;
      const start = span.start + lead;
      const end = start + text.length;
      const quoted = firstMark >= 0 && firstMark < start && !DOUBLE_MARK.test(text) && readAsQuoted(paragraph.text, start, end);
      out.push({ id: `${paragraph.id}.${n + 1}`, source: source.id, paragraph: paragraph.id, start, end, text, order: out.length, quoted });
    });
  }
  return out;
}

/** Double quotation marks, as the tokenizer tracks them (a sentence's single marks are mostly apostrophes). */
const DOUBLE_MARK = /["“”„«»‟]|''|``/;

/**
 * Whether the paragraph, read whole, quotes every word of [start, end): the tokenizer follows its
 * quotation marks across the sentences, which a sentence read alone cannot.
 */
function readAsQuoted(paragraph: string, start: number, end: number): boolean {
  let words = 0;
  for (const t of tokensOf(paragraph)) {
    if (t.start < start || t.end > end || t.kind === "punct") continue;
    if (!t.quoted) return false;
    words++;
  }
  return words > 0;
}
