import type { StoredReview } from "@/lib/comparisons";
import type { Discrepancy, Report } from "@/lib/engine/types";
import type { ReviewRequest, ReviewStatus } from "@/lib/validations/review";

/**
 * What fact-checkers decided. A review hangs on the discrepancy's content `key`, not on its `d…` id:
 * ids are positions and change when the report is re-run (another primary, a restored block); keys
 * stay, so the decision stays with the discrepancy it was about.
 */

export type { StoredReview };

/**
 * The database client loads on first use: the pure helpers below (used by the exporters and their
 * tests) must not open a database, or pick DATABASE_URL before a test has set it, on import.
 */
async function database() {
  const { db, dbReady } = await import("@/lib/db");
  await dbReady();
  return db;
}

/** A review as the API returns it: the stored row plus the `d…` id it was saved through. */
export interface SavedReview extends StoredReview {
  discrepancyId: string;
}

export type SaveReviewResult =
  | { ok: true; review: SavedReview }
  | { ok: false; missing: "comparison" | "discrepancy" };

/**
 * Sets a discrepancy's status, and its note and reviewer when given (left out, the stored ones stay).
 * One upsert on the (comparison, key) unique index: two tabs saving at once cannot make two rows.
 */
export async function saveReview(comparisonId: string, discrepancyId: string, input: ReviewRequest): Promise<SaveReviewResult> {
  const db = await database();
  const stored = await db.report.findUnique({ where: { comparisonId }, select: { json: true } });
  if (!stored) return { ok: false, missing: "comparison" };
  // The report is the one source of truth for which keys exist; ids are looked up in it each time.
  const discrepancy = (JSON.parse(stored.json) as Report).discrepancies.find((d) => d.id === discrepancyId);
  if (!discrepancy) return { ok: false, missing: "discrepancy" };

  const changes = {
    status: input.status,
    ...(input.note !== undefined ? { note: input.note } : {}),
    ...(input.reviewer !== undefined ? { reviewer: input.reviewer } : {}),
  };
  const row = await db.review.upsert({
    where: { comparisonId_discrepancyKey: { comparisonId, discrepancyKey: discrepancy.key } },
    create: { comparisonId, discrepancyKey: discrepancy.key, ...changes },
    update: changes,
  });
  return { ok: true, review: { discrepancyId, ...toStoredReview(row) } };
}

/** Every review of a comparison, oldest first (including orphaned ones). */
export async function reviewsFor(comparisonId: string): Promise<StoredReview[]> {
  const db = await database();
  const rows = await db.review.findMany({ where: { comparisonId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map(toStoredReview);
}

/**
 * Reviews whose key matches no discrepancy of this report: after a re-run a wording may have
 * changed. They are listed, never deleted; if the discrepancy comes back, so does its review.
 */
export function orphanedReviews(report: Pick<Report, "discrepancies">, reviews: StoredReview[]): StoredReview[] {
  const keys = new Set(report.discrepancies.map((d) => d.key));
  return reviews.filter((r) => !keys.has(r.key));
}

/** Key → review, for joining reviews onto a report's discrepancies. */
export function reviewsByKey(reviews: StoredReview[]): Map<string, StoredReview> {
  return new Map(reviews.map((r) => [r.key, r]));
}

/** A discrepancy nobody has reviewed yet is open. */
export function statusOf(discrepancy: Pick<Discrepancy, "key">, byKey: Map<string, StoredReview>): ReviewStatus {
  return byKey.get(discrepancy.key)?.status ?? "open";
}

function toStoredReview(row: {
  discrepancyKey: string;
  status: string;
  note: string;
  reviewer: string;
  createdAt: Date;
  updatedAt: Date;
}): StoredReview {
  return {
    key: row.discrepancyKey,
    status: row.status as ReviewStatus,
    note: row.note,
    reviewer: row.reviewer,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
