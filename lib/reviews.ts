import type { Actor } from "@/lib/auth/actor";
import type { StoredReview } from "@/lib/comparisons";
import { storedReview } from "@/lib/stored-review";
import type { Discrepancy, Report } from "@/lib/engine/types";
import type { ReviewRequest, ReviewStatus } from "@/lib/validations/review";

/**
 * What fact-checkers decided. A review hangs on the discrepancy's content `key`, not on its `d…` id:
 * ids are positions and change when the report is re-run (another primary, a restored block); keys
 * stay, so the decision stays with the discrepancy it was about. Every save names the version it was
 * made on, so two people can never overwrite each other unknowingly, and every save leaves a
 * ReviewChange row behind (who, when, before and after).
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

/** A review as the API returns it: the stored row plus the report's current `d…` id for its key. */
export interface SavedReview extends StoredReview {
  discrepancyId: string;
}

export type SaveReviewResult =
  | { ok: true; review: SavedReview }
  | { ok: false; missing: "comparison" | "discrepancy" }
  /** The review changed since the version the save was based on; nothing was written. */
  | { ok: false; conflict: SavedReview };

export interface ReviewChangeEntry {
  version: number;
  by: string;
  at: string;
  statusBefore: ReviewStatus;
  statusAfter: ReviewStatus;
  noteBefore: string;
  noteAfter: string;
}

class VersionConflict extends Error {}

/** Writes one review change if `input.version` is still the stored one, with its history row, in one transaction. */
export async function saveReview(comparisonId: string, key: string, input: ReviewRequest, actor: Actor): Promise<SaveReviewResult> {
  const db = await database();
  const stored = await db.report.findUnique({ where: { comparisonId }, select: { json: true } });
  if (!stored) return { ok: false, missing: "comparison" };
  // The report is the one source of truth for which keys exist now.
  const discrepancy = (JSON.parse(stored.json) as Report).discrepancies.find((d) => d.key === key);
  if (!discrepancy) return { ok: false, missing: "discrepancy" };
  const saved = (row: Parameters<typeof storedReview>[0]): SavedReview => ({ discrepancyId: discrepancy.id, ...storedReview(row) });
  const where = { comparisonId_discrepancyKey: { comparisonId, discrepancyKey: key } };

  try {
    const row = await db.$transaction(async (tx) => {
      const before = await tx.review.findUnique({ where });
      if ((before?.version ?? 0) !== input.version) throw new VersionConflict();
      const after = { status: input.status, note: input.note ?? before?.note ?? "", reviewer: actor.name, reviewerId: actor.id };
      // Conditional on the version read: a writer from another process that got in between makes it a conflict.
      const written = before
        ? await tx.review.updateMany({ where: { id: before.id, version: input.version }, data: { ...after, version: input.version + 1 } })
        : { count: 1, row: await tx.review.create({ data: { comparisonId, discrepancyKey: key, ...after, version: 1 } }) };
      if (written.count !== 1) throw new VersionConflict();
      await tx.reviewChange.create({
        data: {
          comparisonId,
          discrepancyKey: key,
          version: input.version + 1,
          actorId: actor.id,
          actorName: actor.name,
          statusBefore: before?.status ?? "open",
          statusAfter: after.status,
          noteBefore: before?.note ?? "",
          noteAfter: after.note,
        },
      });
      return tx.review.findUniqueOrThrow({ where });
    });
    return { ok: true, review: saved(row) };
  } catch (err) {
    if (!(err instanceof VersionConflict) && !isUniqueViolation(err)) throw err;
    const current = await db.review.findUnique({ where });
    // A conflict with a row that is gone cannot happen (reviews are never deleted alone); be safe anyway.
    if (!current) throw err;
    return { ok: false, conflict: saved(current) };
  }
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";
}

/** Every change of one discrepancy's review, newest first; null when the comparison does not exist. */
export async function reviewHistory(comparisonId: string, key: string): Promise<ReviewChangeEntry[] | null> {
  const db = await database();
  if (!(await db.comparison.findUnique({ where: { id: comparisonId }, select: { id: true } }))) return null;
  const rows = await db.reviewChange.findMany({
    where: { comparisonId, discrepancyKey: key },
    orderBy: [{ version: "desc" }, { createdAt: "desc" }],
  });
  return rows.map((r) => ({
    version: r.version,
    by: r.actorName,
    at: r.createdAt.toISOString(),
    statusBefore: r.statusBefore as ReviewStatus,
    statusAfter: r.statusAfter as ReviewStatus,
    noteBefore: r.noteBefore,
    noteAfter: r.noteAfter,
  }));
}

/** Every review of a comparison, oldest first (including orphaned ones). */
export async function reviewsFor(comparisonId: string): Promise<StoredReview[]> {
  const db = await database();
  const rows = await db.review.findMany({ where: { comparisonId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map(storedReview);
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
