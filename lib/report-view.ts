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
};

/** The versions that take part in a difference: those giving a reading and those that don't state it. */
export function involvedIn(d: Pick<Discrepancy, "values" | "absent">): string[] {
  return [...d.values.flatMap((v) => v.sources), ...d.absent];
}

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
    void variants; // spans travel with the rows; the list needs the readings only
    return { ...d, rowIndex: rowIndex.get(d.row) ?? 0 };
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
  return slicePage(buildPage(report, start, end, indexReport(report)), start, end, sources);
}

/**
 * The report as the reading view stores it: the outline, and every page of ROWS_PER_PAGE rows with
 * all sources' text, as JSON. Made once, where the report is made (the engine worker), so a page
 * view reads one small outline and a page or two instead of parsing the whole report.
 */
export interface ReportViewParts {
  outline: string;
  pages: string[];
}

export function reportViewParts(report: Report): ReportViewParts {
  const index = indexReport(report);
  const pages: string[] = [];
  for (let from = 0; from < report.rows.length; from += ROWS_PER_PAGE) {
    pages.push(JSON.stringify(buildPage(report, from, Math.min(report.rows.length, from + ROWS_PER_PAGE), index)));
  }
  return { outline: JSON.stringify(reportOutline(report)), pages };
}

/** Which stored pages hold rows [from, to). */
export function pageNumbers(from: number, to: number): { first: number; last: number } {
  return { first: Math.floor(from / ROWS_PER_PAGE), last: Math.floor((Math.max(from + 1, to) - 1) / ROWS_PER_PAGE) };
}

/** Stored pages (in order, all sources) → rows [from, to) with the paragraphs of `sources` only. */
export function joinPages(pages: RowPage[], from: number, to: number, sources?: string[]): RowPage {
  const joined: RowPage = { from: pages[0]?.from ?? from, rows: [], paragraphs: {}, marks: {} };
  for (const page of pages) {
    joined.rows.push(...page.rows);
    Object.assign(joined.paragraphs, page.paragraphs);
    Object.assign(joined.marks, page.marks);
  }
  return slicePage(joined, from, to, sources);
}

/** Paragraph texts by id and discrepancies by row, built once per report. */
function indexReport(report: Report) {
  const byRow = new Map<string, Report["discrepancies"]>();
  for (const d of report.discrepancies) {
    const list = byRow.get(d.row);
    if (list) list.push(d);
    else byRow.set(d.row, [d]);
  }
  const textOf = new Map(report.sources.flatMap((s) => s.paragraphs.map((p) => [p.id, p.text] as const)));
  return { byRow, textOf };
}

/** Rows [from, to) with every source's paragraphs and marks. */
function buildPage(report: Report, from: number, to: number, { byRow, textOf }: ReturnType<typeof indexReport>): RowPage {
  const rows = report.rows.slice(from, to).map((r, i) => ({ id: r.id, index: from + i, cells: r.cells }));
  const paragraphs: Record<string, string> = {};
  for (const row of rows) for (const id of Object.values(row.cells).flat()) paragraphs[id] = textOf.get(id) ?? "";
  const marks: Record<string, MarkTuple[]> = {};
  for (const row of rows) {
    for (const d of byRow.get(row.id) ?? []) {
      for (const v of d.variants) for (const s of v.spans) if (s.paragraph in paragraphs) (marks[s.paragraph] ??= []).push([s.start, s.end, d.id]);
    }
  }
  return { from, rows, paragraphs, marks };
}

/** Keeps rows [from, to) of a page and the paragraphs (and marks) of `sources` in them. */
function slicePage(page: RowPage, from: number, to: number, sources?: string[]): RowPage {
  const rows = page.rows.filter((r) => r.index >= from && r.index < to);
  const wanted = sources?.length ? new Set(sources) : null;
  const paragraphs: Record<string, string> = {};
  const marks: Record<string, MarkTuple[]> = {};
  for (const row of rows) {
    for (const [source, ids] of Object.entries(row.cells)) {
      if (wanted && !wanted.has(source)) continue;
      for (const id of ids) {
        if (id in page.paragraphs) paragraphs[id] = page.paragraphs[id];
        if (page.marks[id]) marks[id] = page.marks[id];
      }
    }
  }
  return { from: rows[0]?.index ?? from, rows, paragraphs, marks };
}
