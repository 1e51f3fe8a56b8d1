/**
 * The sentences of every version as the aligner and the fact stages see them: each with its place
 * (source, paragraph, character offsets) and its rank in its source's reading order.
 */
import type { ReportSource, SentenceSpan } from "../types";
import * as memo from "../memo";
import * as tokenization from "../tokenize";
import type { Token } from "../tokenize";
import { DOUBLE_QUOTES } from "../lexicon/quotation-marks";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the engine worker, CLI and benchmarks run so), and these are read per sentence of every version.
const { firstCopy, memoByText } = memo;
const { readTokens } = tokenization;

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
    for (const s of sentencesOfParagraph(paragraph.text, paragraph.sentences)) {
      out.push({ id: `${paragraph.id}.${s.n + 1}`, source: source.id, paragraph: paragraph.id, start: s.start, end: s.end, text: s.text, order: out.length, quoted: s.quoted });
    }
  }
  return out;
}

/**
 * A paragraph's sentences at these spans, trimmed, each the first copy of its wording, read once
 * per paragraph wording: the paragraph aligner reads a new wording's sentences (contentTermsBySentence)
 * before the sentence aligner does, and both take them from here instead of cutting them each.
 */
export function sentencesOfParagraph(text: string, spans: readonly SentenceSpan[]): readonly ReadSentence[] {
  const known = readingOf(text);
  if (!sameSpans(known.spans, spans)) {
    // Kept as read: the spans compared next time are these, whatever becomes of the paragraph's list.
    known.spans = spans.map(({ start, end }) => ({ start, end }));
    known.sentences = readSentences(text, spans);
  }
  return known.sentences;
}

/** A sentence of a paragraph as its text and spans make it, whatever source or paragraph id holds it. */
export interface ReadSentence {
  /** Its span's place among the paragraph's spans. */
  n: number;
  start: number;
  end: number;
  text: string;
  quoted: boolean;
}

/**
 * A paragraph's sentences, read once per wording and cut the same way: copies of a story repeat
 * most paragraphs word for word, and reading one trims, looks up and may tokenize each sentence.
 * A paragraph of the same text cut into other spans is read anew.
 */
const readingOf = memoByText(20_000, (): { spans: readonly SentenceSpan[] | undefined; sentences: ReadSentence[] } => ({ spans: undefined, sentences: [] }));

function sameSpans(known: readonly SentenceSpan[] | undefined, spans: readonly SentenceSpan[]): boolean {
  if (!known || known.length !== spans.length) return false;
  for (let k = 0; k < spans.length; k++) if (known[k].start !== spans[k].start || known[k].end !== spans[k].end) return false;
  return true;
}

/** The sentences of a paragraph's text at these spans; empty or whitespace-only spans are skipped. */
function readSentences(paragraph: string, spans: readonly SentenceSpan[]): ReadSentence[] {
  const out: ReadSentence[] = [];
  const firstMark = spans.length > 2 ? paragraph.search(DOUBLE_MARK) : -1;
  // The paragraph's tokens, read once if a sentence asks (readSentences runs once per wording).
  let tokens: readonly Token[] | undefined;
  // A loop, not forEach: keepNames transpilers name each closure made, and every new wording of a paragraph is read.
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n];
    const raw = paragraph.slice(span.start, span.end);
    const lead = raw.length - raw.trimStart().length;
    const text = firstCopy(raw.trim());
    if (!text) continue;
    const start = span.start + lead;
    const end = start + text.length;
    const quoted = firstMark >= 0 && firstMark < start && !DOUBLE_MARK.test(text) && readAsQuoted((tokens ??= readTokens(paragraph)), start, end);
    out.push({ n, start, end, text, quoted });
  }
  return out;
}

/** Double quotation marks, as the tokenizer tracks them (a sentence's single marks are mostly apostrophes). */
const DOUBLE_MARK = new RegExp(`[${DOUBLE_QUOTES}]|''|\`\``);

/**
 * Whether the paragraph, read whole (its `tokens`), quotes every word of [start, end): the
 * tokenizer follows its quotation marks across the sentences, which a sentence read alone cannot.
 */
function readAsQuoted(tokens: readonly Token[], start: number, end: number): boolean {
  let words = 0;
  for (const t of tokens) {
    if (t.start < start || t.end > end || t.kind === "punct") continue;
    if (!t.quoted) return false;
    words++;
  }
  return words > 0;
}
