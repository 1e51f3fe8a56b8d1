import { db, dbReady } from "@/lib/db";
import { upgradeReport } from "@/lib/engine/report";
import type { Report } from "@/lib/engine/types";
import { reportOutline, reportRowPage, ROWS_PER_PAGE, type ReportOutline, type RowPage } from "@/lib/report-view";
import type { StoredReview } from "@/lib/comparisons";

/**
 * Reads for the comparison page: the outline (sources, counts, the list of differences) and pages
 * of rows. The page never receives the whole report.
 */
export interface ComparisonViewData {
  comparison: { id: string; title: string; createdAt: string; updatedAt: string };
  outline: ReportOutline;
  reviews: StoredReview[];
}

async function readReport(id: string): Promise<{ report: Report; row: { id: string; title: string; createdAt: Date; updatedAt: Date } } | null> {
  await dbReady();
  const row = await db.comparison.findUnique({ where: { id }, include: { report: { select: { json: true } } } });
  if (!row?.report) return null;
  return { report: upgradeReport(JSON.parse(row.report.json) as Report), row };
}

export async function getComparisonView(
  id: string,
  firstPage: { around?: string; sources: (outline: ReportOutline) => string[] },
): Promise<(ComparisonViewData & { page: RowPage; pageSources: string[] }) | null> {
  const read = await readReport(id);
  if (!read) return null;
  const { report, row } = read;
  const outline = withOrigins(reportOutline(report), await sourceOrigins(id));
  const selected = firstPage.around ? outline.items.find((d) => d.key === firstPage.around) : undefined;
  const from = selected ? selected.rowIndex - (selected.rowIndex % ROWS_PER_PAGE) : 0;
  const pageSources = firstPage.sources(outline);
  const reviews = await db.review.findMany({ where: { comparisonId: id }, orderBy: { createdAt: "asc" } });
  return {
    comparison: { id: row.id, title: row.title, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() },
    outline,
    reviews: reviews.map((r) => ({
      key: r.discrepancyKey,
      status: r.status as StoredReview["status"],
      note: r.note,
      reviewer: r.reviewer,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    })),
    page: reportRowPage(report, from, from + ROWS_PER_PAGE, pageSources),
    pageSources,
  };
}

/** Source name → the final URL it was fetched from, for the sources given as URLs. */
async function sourceOrigins(comparisonId: string): Promise<Map<string, string>> {
  const rows = await db.source.findMany({ where: { comparisonId, finalUrl: { not: null } }, select: { name: true, finalUrl: true } });
  return new Map(rows.map((r) => [r.name, r.finalUrl!]));
}

function withOrigins(outline: ReportOutline, origins: Map<string, string>): ReportOutline {
  if (!origins.size) return outline;
  return { ...outline, sources: outline.sources.map((s) => (origins.has(s.name) ? { ...s, finalUrl: origins.get(s.name) } : s)) };
}

export async function getRowPage(id: string, query: { from: number; to: number; sources: string[] }): Promise<RowPage | null> {
  const read = await readReport(id);
  return read && reportRowPage(read.report, query.from, query.to, query.sources);
}
