import { upgradeReport } from "@/lib/engine/report";
import { db, dbReady } from "@/lib/db";
import { limits } from "@/lib/limits";
import type { CompareOptions, Report } from "@/lib/engine";
import { toEngineInput } from "@/lib/engine-input";
// The engine runs on worker threads: a long comparison must not block the server's other requests.
import { compareOffThread as compare } from "@/lib/engine-pool";
import type { SerializedReport } from "@/lib/engine/serialize";
import { storeViewParts, viewPartsOf } from "@/lib/comparison-view";
import { storedReview } from "@/lib/stored-review";
import { searchComparisons } from "@/lib/search";
import { ftsQuery } from "@/lib/search-query";

/** A source as the app received it: what is stored byte for byte, and what the engine is given. */
export interface IncomingSource {
  name: string;
  kind: "paste" | "file" | "url";
  mediaType: string;
  /** The decoded text exactly as received ("" for binary formats such as docx). */
  text: string;
  /** The raw bytes, for files. */
  bytes?: Uint8Array;
  /** True when `text` is HTML markup. */
  html?: boolean;
  /** For a page fetched from a URL: the address given, where it led, and when. */
  provenance?: Provenance;
}

export interface Provenance {
  requestedUrl: string;
  finalUrl: string;
  fetchedAt: Date;
}

export interface ComparisonSummary {
  id: string;
  title: string;
  sourceCount: number;
  substantiveCount: number;
  createdAt: string;
  /** Who created it (their name then); "" for comparisons from before accounts. */
  createdBy: string;
  /** With a search: the words that matched, in context (MATCH_START/MATCH_END around them). */
  excerpt?: string;
}

export interface ComparisonListPage {
  items: ComparisonSummary[];
  total: number;
  page: number;
  pageCount: number;
}

/** Who a comparison is recorded as created by: an account (id) and the name to show. */
export interface Creator {
  id: string | null;
  name: string;
}

export interface StoredReview {
  key: string;
  status: "open" | "confirmed" | "dismissed";
  note: string;
  /** Who saved it last (their name then), and when. */
  reviewer: string;
  /** Bumped by every save; a change must name the version it was made on (lib/reviews.ts). */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface StoredComparison {
  comparison: { id: string; title: string; createdAt: string; updatedAt: string; createdBy: string; options: CompareOptions };
  sources: Array<{ id: string; position: number; name: string; kind: string; mediaType: string; requestedUrl: string | null; finalUrl: string | null; fetchedAt: Date | null }>;
  report: Report;
  reviews: StoredReview[];
}


/** Runs the engine, then stores the sources and the report in one transaction: all or nothing. */
export async function createComparison(title: string, sources: IncomingSource[], options: CompareOptions = {}, creator?: Creator) {
  const report = await compare(sources.map(toEngineInput), withBudget(options));
  await dbReady();
  const comparison = await db.$transaction(async (tx) => {
    const created = await tx.comparison.create({
      data: { title: title.trim() || defaultTitle(report), createdById: creator?.id ?? null, createdByName: creator?.name ?? "" },
    });
    await tx.source.createMany({
      data: sources.map((s, position) => ({
        comparisonId: created.id,
        position,
        name: s.name,
        kind: s.kind,
        mediaType: s.mediaType,
        originalText: s.text,
        originalBytes: s.bytes ? Buffer.from(s.bytes) : null,
        requestedUrl: s.provenance?.requestedUrl ?? null,
        finalUrl: s.provenance?.finalUrl ?? null,
        fetchedAt: s.provenance?.fetchedAt ?? null,
      })),
    });
    await tx.report.create({ data: reportRow(created.id, report, options) });
    const view = viewPartsOf(report);
    if (view) await storeViewParts(tx, created.id, view);
    return created;
    // Large reports on a busy machine need longer than Prisma's 5 s default; a timeout still rolls back whole.
  }, { maxWait: 10_000, timeout: 30_000 });
  return { id: comparison.id };
}

/** The server's budget applies unless the caller set one; it is not stored with the options. */
function withBudget(options: CompareOptions): CompareOptions {
  return { workLimit: limits.engineWorkLimit, ...options };
}

function reportRow(comparisonId: string, report: SerializedReport, options: CompareOptions) {
  const { now: _now, workLimit: _budget, ...storable } = options;
  void _now;
  void _budget;
  return {
    comparisonId,
    engineVersion: report.engineVersion,
    options: JSON.stringify(storable),
    json: report.json,
    substantiveCount: report.substantiveCount,
    discrepancyCount: report.discrepancyCount,
  };
}

function defaultTitle(report: SerializedReport): string {
  return report.title ?? `Comparison of ${report.sourceCount} sources`;
}

/**
 * One page of the saved comparisons, newest first; with `query`, only those whose title, source
 * names or source text match it, best match first (SQLite FTS5, lib/search.ts).
 */
export async function listComparisons({ query = "", page = 1, perPage = 20 }: { query?: string; page?: number; perPage?: number } = {}): Promise<ComparisonListPage> {
  await dbReady();
  const skip = (page - 1) * perPage;
  const match = ftsQuery(query);
  const found = match ? await searchComparisons(match, skip, perPage) : null;
  const total = found ? found.total : await db.comparison.count();
  const rows = await db.comparison.findMany({
    where: found ? { id: { in: found.ids } } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...(found ? {} : { skip, take: perPage }),
    select: {
      id: true,
      title: true,
      createdAt: true,
      createdByName: true,
      _count: { select: { sources: true } },
      report: { select: { substantiveCount: true } },
    },
  });
  // A search's order is its ranking (lib/search.ts); the database hands the page back in its own order.
  if (found) rows.sort((a, b) => found.ids.indexOf(a.id) - found.ids.indexOf(b.id));
  const items = rows.map((r) => ({
    id: r.id,
    title: r.title,
    sourceCount: r._count.sources,
    substantiveCount: r.report?.substantiveCount ?? 0,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdByName,
    ...(found?.excerpts.has(r.id) ? { excerpt: found.excerpts.get(r.id) } : {}),
  }));
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / perPage)) };
}

/** Renames a comparison; null when there is none with this id. */
export async function renameComparison(id: string, title: string): Promise<{ id: string; title: string } | null> {
  await dbReady();
  const { count } = await db.comparison.updateMany({ where: { id }, data: { title } });
  return count ? { id, title } : null;
}

/** Deletes a comparison with its sources, report, reviews and their history (one cascade); false when there was none. */
export async function deleteComparison(id: string): Promise<boolean> {
  await dbReady();
  const { count } = await db.comparison.deleteMany({ where: { id } });
  return count > 0;
}

export async function getComparison(id: string): Promise<StoredComparison | null> {
  await dbReady();
  const row = await db.comparison.findUnique({
    where: { id },
    include: {
      sources: {
        orderBy: { position: "asc" },
        select: { id: true, position: true, name: true, kind: true, mediaType: true, requestedUrl: true, finalUrl: true, fetchedAt: true },
      },
      report: true,
      reviews: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!row || !row.report) return null;
  return {
    comparison: {
      id: row.id,
      title: row.title,
      createdAt: row.createdAt.toISOString(),
      createdBy: row.createdByName,
      updatedAt: row.updatedAt.toISOString(),
      options: JSON.parse(row.report.options) as CompareOptions,
    },
    sources: row.sources,
    report: upgradeReport(JSON.parse(row.report.json) as Report),
    reviews: row.reviews.map(storedReview),
  };
}


/**
 * Re-runs the engine on the stored sources with new options (another primary, restored blocks).
 * Reviews are untouched: they hang on discrepancy keys, which the new report mostly shares.
 */
export async function rerunComparison(id: string, options: CompareOptions): Promise<SerializedReport | null> {
  await dbReady();
  const sources = await db.source.findMany({ where: { comparisonId: id }, orderBy: { position: "asc" } });
  if (!sources.length) return null;
  const report = await compare(
    sources.map((s) =>
      toEngineInput({
        name: s.name,
        mediaType: s.mediaType,
        text: s.originalText,
        bytes: s.originalBytes ? new Uint8Array(s.originalBytes) : undefined,
        html: s.mediaType === "text/html",
      }),
    ),
    withBudget(options),
  );
  const view = viewPartsOf(report);
  await db.$transaction(
    async (tx) => {
      await tx.report.update({ where: { comparisonId: id }, data: reportRow(id, report, options) });
      // Parts of the old report must not outlive it: without new ones, the page remakes them.
      if (view) await storeViewParts(tx, id, view);
      else await tx.reportPart.deleteMany({ where: { comparisonId: id } });
      await tx.comparison.update({ where: { id }, data: { updatedAt: new Date() } });
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
  return report;
}
