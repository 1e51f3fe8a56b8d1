import type { Discrepancy, Notice, RemovedBlock, Report, Severity } from "@/lib/engine/types";

/**
 * The comparison page's view of a report, cut into what the first screen needs (the outline) and
 * pages of rows fetched as the reader scrolls. Nothing here judges the texts: every reading, span
 * and count is copied from the report; the cuts only decide what travels to the browser and when.
 */

/** A source without its paragraphs: those travel with the rows that show them. */
export interface ViewSource {
  id: string;
  name: string;
  title?: string;
  byline?: string;
  dateline?: string;
  paragraphCount: number;
  removed: RemovedBlock[];
  /** Where the source was fetched from (after redirects), when it was given as a URL. */
  finalUrl?: string;
}

/** A discrepancy as the list, the filters and the facts matrix need it: its readings, not its spans. */
export type DiscrepancyItem = Omit<Discrepancy, "variants"> & {
  /** Position of its row in report.rows (0-based), so the page holding it can be fetched. */
  rowIndex: number;
  /** Sources that have a variant (that take part in this discrepancy), in source order. */
  involved: string[];
};

export interface ReportOutline {
  engineVersion: string;
  primary: string;
  sources: ViewSource[];
  rowCount: number;
  counts: Record<Severity, number>;
  notices: Notice[];
  items: DiscrepancyItem[];
}

/** A marked stretch of one paragraph: [start, end, discrepancy id]. start = end marks a gap. */
export type MarkTuple = [number, number, string];

export interface ViewRow {
  id: string;
  /** 0-based position in report.rows. */
  index: number;
  cells: Record<string, string[]>;
}

/** Rows [from, from + rows.length) with the text and marks of the requested sources' paragraphs. */
export interface RowPage {
  from: number;
  rows: ViewRow[];
  /** Paragraph id → text. */
  paragraphs: Record<string, string>;
  /** Paragraph id → its marks. */
  marks: Record<string, MarkTuple[]>;
}

/** Rows per page: a screenful or two of a long story, a few hundred kB at fifty sources. */
export const ROWS_PER_PAGE = 40;
/** The most rows one request may ask for. */
export const MAX_ROWS_PER_REQUEST = 200;

export function reportOutline(report: Report): ReportOutline {
  const rowIndex = new Map(report.rows.map((r, i) => [r.id, i]));
  const counts: Record<Severity, number> = { substantive: 0, minor: 0, cosmetic: 0 };
  const items = report.discrepancies.map(({ variants, ...d }): DiscrepancyItem => {
    counts[d.severity]++;
    return { ...d, rowIndex: rowIndex.get(d.row) ?? 0, involved: variants.map((v) => v.source) };
  });
  return {
    engineVersion: report.engineVersion,
    primary: report.primary,
    sources: report.sources.map(({ paragraphs, ...s }) => ({
      id: s.id,
      name: s.name,
      title: s.title,
      byline: s.byline,
      dateline: s.dateline,
      paragraphCount: paragraphs.length,
      removed: s.removed,
    })),
    rowCount: report.rows.length,
    counts,
    notices: report.notices,
    items,
  };
}

/**
 * Rows [from, to) with the paragraphs of `sources` only (all sources when omitted): a page shows a
 * few columns of fifty, and the other columns' text would be dead weight.
 */
export function reportRowPage(report: Report, from: number, to: number, sources?: string[]): RowPage {
  const start = Math.max(0, Math.min(from, report.rows.length));
  const end = Math.max(start, Math.min(to, report.rows.length, start + MAX_ROWS_PER_REQUEST));
  const wanted = new Set(sources?.length ? sources : report.sources.map((s) => s.id));
  const rows = report.rows.slice(start, end).map((r, i) => ({ id: r.id, index: start + i, cells: r.cells }));

  const paragraphIds = new Set<string>();
  for (const row of rows) for (const [source, ids] of Object.entries(row.cells)) if (wanted.has(source)) ids.forEach((id) => paragraphIds.add(id));

  const paragraphs: Record<string, string> = {};
  for (const source of report.sources) {
    if (!wanted.has(source.id)) continue;
    for (const p of source.paragraphs) if (paragraphIds.has(p.id)) paragraphs[p.id] = p.text;
  }

  const rowIds = new Set(rows.map((r) => r.id));
  const marks: Record<string, MarkTuple[]> = {};
  for (const d of report.discrepancies) {
    if (!rowIds.has(d.row)) continue;
    for (const v of d.variants) {
      for (const s of v.spans) {
        if (!(s.paragraph in paragraphs)) continue;
        (marks[s.paragraph] ??= []).push([s.start, s.end, d.id]);
      }
    }
  }
  return { from: start, rows, paragraphs, marks };
}
