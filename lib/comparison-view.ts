import type { Prisma } from "@/generated/prisma/client";
import { db, dbReady } from "@/lib/db";
import { upgradeReport } from "@/lib/engine/report";
import type { Report } from "@/lib/engine/types";
import type { StoredReview } from "@/lib/comparisons";
import { storedReview } from "@/lib/stored-review";
import {
  joinPages,
  pageNumbers,
  reportViewParts,
  type ReportOutline,
  type ReportViewParts,
  type RowPage,
} from "@/lib/report-view";

/**
 * Reads for the comparison page from the report's stored parts (ReportPart): the outline and the
 * pages of rows around what is on screen. A page view never parses the whole report, so readers of
 * a 100,000-paragraph comparison don't hold up the server's other requests.
 */
export interface ComparisonViewData {
  comparison: { id: string; title: string; createdAt: string; updatedAt: string };
  outline: ReportOutline;
  reviews: StoredReview[];
  page: RowPage;
  pageSources: string[];
}

/** Rows in the first HTML: a screenful of even fifty versions, so the page ships what is on screen. */
const FIRST_SCREEN_ROWS = 12;

type Writer = Pick<Prisma.TransactionClient, "reportPart">;

/** Bytes written per statement: SQLite writes on the server's thread, so a huge report goes in slices. */
const WRITE_SLICE_CHARS = 1_000_000;

/**
 * Replaces a comparison's stored parts; call inside the transaction that stores its report. The
 * pages go in slices, each its own statement, so other requests get the thread in between.
 */
export async function storeViewParts(tx: Writer, comparisonId: string, parts: ReportViewParts): Promise<void> {
  await tx.reportPart.deleteMany({ where: { comparisonId } });
  await tx.reportPart.create({ data: { comparisonId, kind: "outline", index: 0, json: parts.outline } });
  let slice: Array<{ comparisonId: string; kind: string; index: number; json: string }> = [];
  let size = 0;
  for (const [index, json] of parts.pages.entries()) {
    slice.push({ comparisonId, kind: "rows", index, json });
    size += json.length;
    if (size >= WRITE_SLICE_CHARS || index === parts.pages.length - 1) {
      await tx.reportPart.createMany({ data: slice });
      await new Promise((resolve) => setImmediate(resolve));
      [slice, size] = [[], 0];
    }
  }
}

/** The parts the engine worker made with the report, when it made them. */
export function viewPartsOf(result: object): ReportViewParts | undefined {
  return (result as { view?: ReportViewParts }).view;
}

/**
 * The outline's JSON as stored (never parsed here: the outline API sends it as it is). For a
 * comparison stored before parts existed, the parts are made once from the whole report.
 */
export async function getOutlineJson(id: string): Promise<string | null> {
  await dbReady();
  const stored = await db.reportPart.findUnique({ where: { comparisonId_kind_index: { comparisonId: id, kind: "outline", index: 0 } } });
  if (stored) return stored.json;
  const report = await db.report.findUnique({ where: { comparisonId: id }, select: { json: true } });
  if (!report) return null;
  const parts = reportViewParts(upgradeReport(JSON.parse(report.json) as Report));
  await db.$transaction(async (tx) => storeViewParts(tx, id, parts));
  return parts.outline;
}

/** Outlines parsed lately, by comparison: readers of one big comparison parse its outline once. */
const OUTLINES_KEPT = 8;
const outlines = new Map<string, { stamp: number; outline: ReportOutline }>();

/** The parsed outline, from memory while the comparison is unchanged (a re-run changes updatedAt). */
async function parsedOutline(id: string, updatedAt: Date): Promise<ReportOutline | null> {
  const kept = outlines.get(id);
  if (kept?.stamp === updatedAt.getTime()) {
    outlines.delete(id); // most recently used last
    outlines.set(id, kept);
    return kept.outline;
  }
  const json = await getOutlineJson(id);
  if (!json) return null;
  const outline = JSON.parse(json) as ReportOutline;
  outlines.delete(id);
  outlines.set(id, { stamp: updatedAt.getTime(), outline });
  while (outlines.size > OUTLINES_KEPT) outlines.delete(outlines.keys().next().value!);
  return outline;
}

async function readPages(id: string, from: number, to: number, sources: string[]): Promise<RowPage> {
  const { first, last } = pageNumbers(from, to);
  const stored = await db.reportPart.findMany({
    where: { comparisonId: id, kind: "rows", index: { gte: first, lte: last } },
    orderBy: { index: "asc" },
  });
  return joinPages(
    stored.map((p) => JSON.parse(p.json) as RowPage),
    from,
    to,
    sources,
  );
}

export async function getComparisonView(
  id: string,
  firstPage: { around?: string; sources: (outline: ReportOutline) => string[] },
): Promise<ComparisonViewData | null> {
  await dbReady();
  const row = await db.comparison.findUnique({ where: { id }, select: { id: true, title: true, createdAt: true, updatedAt: true } });
  const parsed = row && (await parsedOutline(id, row.updatedAt));
  if (!row || !parsed) return null;
  const outline = withOrigins(parsed, await sourceOrigins(id));
  const selected = firstPage.around ? outline.items.find((d) => d.key === firstPage.around) : undefined;
  // The first screen's rows only (a chosen difference's just above it); the rest load as the reader scrolls.
  const from = selected ? Math.max(0, selected.rowIndex - 2) : 0;
  const pageSources = firstPage.sources(outline);
  const [page, reviews] = await Promise.all([
    readPages(id, from, from + FIRST_SCREEN_ROWS, pageSources),
    db.review.findMany({ where: { comparisonId: id }, orderBy: { createdAt: "asc" } }),
  ]);
  return {
    comparison: { id: row.id, title: row.title, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() },
    outline,
    reviews: reviews.map(storedReview),
    page,
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

/** Rows [from, to) with the paragraphs of `sources`; null when there is no such comparison. */
export async function getRowPage(id: string, query: { from: number; to: number; sources: string[] }): Promise<RowPage | null> {
  await dbReady();
  const exists = await db.reportPart.count({ where: { comparisonId: id, kind: "outline" } });
  if (!exists && !(await getOutlineJson(id))) return null;
  return readPages(id, query.from, query.to, query.sources);
}
