import { db, dbReady } from "@/lib/db";
import { MATCH_END, MATCH_START } from "@/lib/search-query";

/**
 * Full-text search over comparisons: titles, source names and source text, through the SQLite FTS5
 * table "ComparisonSearch" (kept in step by triggers, see prisma/migrations/…_accounts_reviews_search).
 */


export interface SearchPage {
  ids: string[];
  total: number;
  /** comparison id → a short excerpt around the match, with MATCH_START/MATCH_END around the words. */
  excerpts: Map<string, string>;
}

/**
 * One page of the comparisons matching `query`, best first: a match in the title counts most, then
 * in a source's name, then in its text (bm25 with those weights), newest first among equals. The
 * index has a row per source (title, source name, text): a comparison matches when one of its
 * sources does, and is ranked and excerpted by its best-matching source.
 */
export async function searchComparisons(query: string, skip: number, take: number): Promise<SearchPage> {
  await dbReady();
  const [{ total }] = await db.$queryRawUnsafe<Array<{ total: number | bigint }>>(
    'SELECT count(DISTINCT "comparisonId") AS total FROM "ComparisonSearch" WHERE "ComparisonSearch" MATCH ?',
    query,
  );
  // Rank first, without excerpts (snippet() reads the whole text of every hit); then excerpt only
  // the page's best-matching rows. MATERIALIZED keeps bm25() inside the full-text query.
  const ranked = await db.$queryRawUnsafe<Array<{ id: string; hit: number | bigint }>>(
    `WITH hits AS MATERIALIZED (
       SELECT "comparisonId", rowid AS hit, bm25("ComparisonSearch", 0, 10.0, 4.0, 1.0) AS score
         FROM "ComparisonSearch" WHERE "ComparisonSearch" MATCH ?
     )
     -- SQLite's bare-column rule: with min(score), hit is the row holding that minimum.
     SELECT c."id" AS id, h.hit AS hit, min(h.score) AS score
       FROM hits h JOIN "Comparison" c ON c."id" = h."comparisonId"
      GROUP BY c."id"
      ORDER BY score, c."createdAt" DESC, c."id" DESC
      LIMIT ? OFFSET ?`,
    query,
    take,
    skip,
  );
  const hits = ranked.map((r) => Number(r.hit));
  const excerpts = hits.length
    ? await db.$queryRawUnsafe<Array<{ hit: number | bigint; excerpt: string }>>(
        `SELECT rowid AS hit, snippet("ComparisonSearch", -1, ?, ?, '…', 12) AS excerpt
           FROM "ComparisonSearch" WHERE "ComparisonSearch" MATCH ? AND rowid IN (${hits.map(() => "?").join(", ")})`,
        MATCH_START,
        MATCH_END,
        query,
        ...hits,
      )
    : [];
  const excerptOf = new Map(excerpts.map((e) => [Number(e.hit), e.excerpt]));
  const rows = ranked.map((r) => ({ id: r.id, excerpt: excerptOf.get(Number(r.hit)) ?? "" }));
  return { ids: rows.map((r) => r.id), total: Number(total), excerpts: new Map(rows.map((r) => [r.id, r.excerpt])) };
}
