/**
 * The engine's contract. Every stage is a pure function from one of these shapes to the next:
 *
 *   SourceInput → decode → extract → clean → segment → align → diff → classify → Report
 *
 * The Report (schemaVersion 1) is what the CLI prints, the API stores, the UI renders and the
 * exports format. Fields may be added; the ones the issue names are never renamed.
 */

import type { WorkBudget } from "./work-budget";

export const SCHEMA_VERSION = 2 as const;

/** One version of the story as handed to `compare`. Exactly one of text / html / bytes is set. */
export interface SourceInput {
  /** Display name; for files, the file's base name ("ap-marketbeat.txt"). */
  name: string;
  /** Plain text or Markdown, already decoded. */
  text?: string;
  /** HTML markup, already decoded. */
  html?: string;
  /** Raw file bytes (decoded by the engine: UTF-8 ±BOM, UTF-16 with BOM, Windows-1252 fallback). */
  bytes?: Uint8Array;
  /** Media type when known ("text/plain", "text/markdown", "text/html", docx's type). */
  mediaType?: string;
}

export interface CompareOptions {
  /** Id or name of the primary (base) source the others are read against. Default: the first. */
  primary?: string;
  /** Ids of removed blocks ("s2-r3") to put back into their source's body. */
  restore?: string[];
  /**
   * Work units the comparison may spend (terms indexed, pairs scored, tokens diffed); stages cut
   * work short past it and say so. Counted, not timed: a busy machine gets the same report.
   */
  workLimit?: number;
  /** Fixed clock for tests; `stats.ms` is filled from it. Defaults to performance.now. */
  now?: () => number;
}

/** What `clean` keeps aside: a block of the page that is not article body. */
export interface RemovedBlock {
  /** Stable within the source: `${sourceId}-r${n}` in order of appearance. */
  id: string;
  text: string;
  /** Why it was removed, in an editor's words ("subscription offer", "photo caption"). */
  reason: string;
}

/** Output of the clean stage for one source. */
export interface CleanedText {
  title?: string;
  byline?: string;
  dateline?: string;
  /** Body paragraphs in order, whitespace-normalised, nothing invented. */
  paragraphs: string[];
  /** Removed blocks, each with its position: it sat before body paragraph `before`. */
  removed: Array<{ text: string; reason: string; before: number }>;
}

/** A sentence as character offsets into its paragraph's text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

export interface Paragraph {
  /** `${sourceId}-p${n}`, n from 1 in body order. */
  id: string;
  text: string;
  sentences: SentenceSpan[];
}

export interface ReportSource {
  /** `s${n}`, n from 1 in the order the sources were given. */
  id: string;
  name: string;
  title?: string;
  byline?: string;
  dateline?: string;
  /** How the bytes were read ("utf-8", "utf-16le", "windows-1252") and what format. */
  encoding?: string;
  format?: "text" | "markdown" | "html" | "docx" | "pdf";
  paragraphs: Paragraph[];
  removed: RemovedBlock[];
}

/** One row of the alignment table: for each source, the paragraphs that say this (maybe none). */
export interface ReportRow {
  id: string;
  /** Source id → paragraph ids (empty array or absent: not in this version). */
  cells: Record<string, string[]>;
}

export type Severity = "substantive" | "minor" | "cosmetic";

export type Category =
  | "entity"
  | "number"
  | "date"
  | "quote"
  | "characterization"
  | "negation"
  | "omission"
  | "spelling"
  | "punctuation"
  | "format";

/** Where a variant's differing words sit: offsets into one paragraph's text. */
export interface TextSpan {
  paragraph: string;
  start: number;
  end: number;
}

export interface Variant {
  source: string;
  /** The differing words with a little context; "" where the source lacks the passage. */
  text: string;
  /** Just the differing words (no context); "" where absent. */
  core: string;
  /** Where `core` sits in the source's paragraphs (empty where absent). */
  spans: TextSpan[];
}

/** One reading of a disputed fact and the versions that give it ("North Atlantic": s1, s3, s4). */
export interface ValueGroup {
  /** The reading in its sources' most frequent wording (ties: code-point order, never upload order). */
  value: string;
  /** Source ids, in source order. */
  sources: string[];
}

export interface Discrepancy {
  /** Position-based id, unique in this report: "d1", "d2", … in row order. */
  id: string;
  /** Content-based key that survives re-runs (other primary, restored block): reviews hang on it. */
  key: string;
  row: string;
  severity: Severity;
  category: Category;
  /** One line: "Department: North America ≠ North Atlantic". */
  summary: string;
  variants: Variant[];
  /** Each distinct reading with the versions that give it, most versions first (ties: by wording). */
  values: ValueGroup[];
  /** Versions that do not state this fact at all (for an omission: the ones that lack the passage). */
  absent: string[];
}

export interface Notice {
  /** "budget" (a stage hit its time or size cap), "duplicate" (identical sources), "input". */
  kind: "budget" | "duplicate" | "input";
  message: string;
  source?: string;
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  engineVersion: string;
  /** Id of the primary source. */
  primary: string;
  sources: ReportSource[];
  rows: ReportRow[];
  discrepancies: Discrepancy[];
  notices: Notice[];
  stats: {
    ms: { clean: number; segment: number; align: number; diff: number; classify: number };
    /** Work units spent (see CompareOptions.workLimit): the same for the same input on any machine. */
    work?: number;
    words: number;
  };
}

// ---- Between stages (internal to the engine, shared by its modules) ----

/** A source after clean + segment: what align and diff work on. */
export interface SegmentedSource {
  id: string;
  name: string;
  paragraphs: Paragraph[];
}

/** Align's output row, before the report gives it an id. */
export interface AlignedRow {
  /** Source id → paragraph ids in that source's order. Sources absent from the row are omitted. */
  cells: Record<string, string[]>;
}

/** A discrepancy as classify produces it, before the report numbers it ("d1") and keys it. */
export type FoundDiscrepancy = Omit<Discrepancy, "id" | "key" | "row" | "values" | "absent">;

/** The work a comparison may still spend, shared by its stages, so each can stop early and say so. */
export interface Budget {
  work: WorkBudget;
  /** Stages push a notice here when they cut work short. */
  notices: Notice[];
}
