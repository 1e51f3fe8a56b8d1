import type { StoredReview } from "@/lib/comparisons";
import type { Discrepancy, Paragraph, ReportSource, Severity, Variant } from "@/lib/engine/types";
import { orphanedReviews, reviewsByKey } from "@/lib/reviews";
import type { ReviewStatus } from "@/lib/validations/review";
import type { ExportInput, ExportScope } from "./types";

/**
 * The one view of a report that every human-readable format renders: discrepancies in scope, each
 * with its review and every source's wording. Formats only lay this out; none re-derives it.
 */

export const SEVERITIES: Severity[] = ["substantive", "minor", "cosmetic"];
export const STATUSES: ReviewStatus[] = ["open", "confirmed", "dismissed"];

export const SCOPE_LABELS: Record<ExportScope, string> = {
  all: "All discrepancies",
  substantive: "Substantive discrepancies only",
  confirmed: "Confirmed discrepancies only",
};

export interface ExportSource {
  id: string;
  /** The source's name, made unique ("a.txt (s3)") so it can head a column. */
  label: string;
  name: string;
  headline: string;
  primary: boolean;
}

/** A source's wording around the differing words: `before` + `core` + `after` is a sentence or so. */
export interface Wording {
  source: ExportSource;
  /** False where the source lacks the passage (or the discrepancy does not concern it). */
  present: boolean;
  /** The engine's own snippet (the variant's text), as the CSV shows it. */
  text: string;
  before: string;
  core: string;
  after: string;
}

export interface ExportItem {
  /** 1-based position in this export. */
  number: number;
  discrepancy: Discrepancy;
  status: ReviewStatus;
  review?: StoredReview;
  wordings: Wording[];
}

export interface ExportModel {
  title: string;
  comparisonId: string;
  createdAt: string;
  exportedAt: string;
  scope: ExportScope;
  sources: ExportSource[];
  items: ExportItem[];
  /** Discrepancies in the whole report, whatever the scope. */
  total: number;
  counts: { severity: Record<Severity, number>; status: Record<ReviewStatus, number> };
  orphaned: StoredReview[];
  notices: string[];
}

export function buildExportModel(input: ExportInput): ExportModel {
  const { comparison, report, reviews, scope } = input;
  const byKey = reviewsByKey(reviews);
  const sources = exportSources(report.sources, report.primary);
  const sourceById = new Map(report.sources.map((s) => [s.id, s]));

  const items: ExportItem[] = [];
  for (const discrepancy of report.discrepancies) {
    const review = byKey.get(discrepancy.key);
    const status = review?.status ?? "open";
    if (!inScope(scope, discrepancy, status)) continue;
    const variants = new Map(discrepancy.variants.map((v) => [v.source, v]));
    const wordings = sources.map((source) => wordingOf(source, sourceById.get(source.id), variants.get(source.id)));
    items.push({ number: items.length + 1, discrepancy, status, review, wordings });
  }

  const counts = {
    severity: Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>,
    status: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ReviewStatus, number>,
  };
  for (const item of items) {
    counts.severity[item.discrepancy.severity] += 1;
    counts.status[item.status] += 1;
  }

  return {
    title: comparison.title,
    comparisonId: comparison.id,
    createdAt: comparison.createdAt,
    exportedAt: input.exportedAt ?? new Date().toISOString(),
    scope,
    sources,
    items,
    total: report.discrepancies.length,
    counts,
    orphaned: orphanedReviews(report, reviews),
    notices: report.notices.map((n) => n.message),
  };
}

export function inScope(scope: ExportScope, discrepancy: Pick<Discrepancy, "severity">, status: ReviewStatus): boolean {
  if (scope === "substantive") return discrepancy.severity === "substantive";
  if (scope === "confirmed") return status === "confirmed";
  return true;
}

function exportSources(sources: ReportSource[], primary: string): ExportSource[] {
  const seen = new Map<string, number>();
  for (const s of sources) seen.set(s.name, (seen.get(s.name) ?? 0) + 1);
  return sources.map((s) => ({
    id: s.id,
    // Two sources may share a name (two pastes called "Pasted text"); columns must not.
    label: (seen.get(s.name) ?? 0) > 1 ? `${s.name} (${s.id})` : s.name,
    name: s.name,
    headline: s.title ?? "",
    primary: s.id === primary,
  }));
}

/** Past this a sentence is cut around the differing words, so one run-on line can't fill a page. */
const MAX_CONTEXT_CHARS = 160;

function wordingOf(source: ExportSource, full: ReportSource | undefined, variant: Variant | undefined): Wording {
  const text = variant?.text ?? "";
  if (!variant || (!variant.text && !variant.core)) return { source, present: false, text, before: "", core: "", after: "" };
  const inParagraph = full ? sentenceContext(full, variant) : null;
  if (inParagraph) return { source, present: true, text, ...inParagraph };
  // No usable offsets: fall back on the engine's snippet, marking the differing words inside it.
  const at = variant.core ? variant.text.indexOf(variant.core) : -1;
  if (at < 0) return { source, present: true, text, before: variant.text || variant.core, core: "", after: "" };
  return { source, present: true, text, before: text.slice(0, at), core: variant.core, after: text.slice(at + variant.core.length) };
}

/** The sentence(s) around the variant's spans, when they all sit in one paragraph. */
function sentenceContext(source: ReportSource, variant: Variant): { before: string; core: string; after: string } | null {
  const first = variant.spans[0];
  const last = variant.spans[variant.spans.length - 1];
  if (!first || !last || first.paragraph !== last.paragraph) return null;
  const paragraph = source.paragraphs.find((p) => p.id === first.paragraph);
  if (!paragraph || first.start > last.end || last.end > paragraph.text.length) return null;
  const from = sentenceStart(paragraph, first.start);
  const to = sentenceEnd(paragraph, last.end);
  return {
    before: trimStart(paragraph.text.slice(from, first.start)),
    core: paragraph.text.slice(first.start, last.end),
    after: trimEnd(paragraph.text.slice(last.end, to)),
  };
}

function sentenceStart(paragraph: Paragraph, offset: number): number {
  const sentence = paragraph.sentences.find((s) => s.start <= offset && offset < s.end);
  return sentence?.start ?? (paragraph.sentences.length ? Math.max(0, offset - MAX_CONTEXT_CHARS) : 0);
}

function sentenceEnd(paragraph: Paragraph, offset: number): number {
  const sentence = paragraph.sentences.find((s) => s.start < offset && offset <= s.end);
  return sentence?.end ?? (paragraph.sentences.length ? Math.min(paragraph.text.length, offset + MAX_CONTEXT_CHARS) : paragraph.text.length);
}

function trimStart(text: string): string {
  const t = text.trimStart();
  if (t.length <= MAX_CONTEXT_CHARS) return t;
  const cut = t.slice(t.length - MAX_CONTEXT_CHARS);
  return `…${cut.slice(cut.indexOf(" ") + 1)}`;
}

function trimEnd(text: string): string {
  const t = text.trimEnd();
  if (t.length <= MAX_CONTEXT_CHARS) return t;
  const cut = t.slice(0, MAX_CONTEXT_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}
