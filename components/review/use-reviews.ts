"use client";

import { useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
import { useComparison } from "@/components/comparison/comparison-context";
import type { StoredReview } from "@/lib/comparisons";
import type { Discrepancy } from "@/lib/engine/types";
import { REVIEW_STATUSES, type ReviewStatus } from "@/lib/validations/review";
import { reviewStoreFor, type ReviewEntry, type ReviewStore } from "./review-store";

/** The page's review store, seeded from the reviews the server rendered and kept in step with them. */
export function useReviewStoreFor(comparisonId: string, reviews: Map<string, StoredReview> | StoredReview[]): ReviewStore {
  const list = useMemo(() => (Array.isArray(reviews) ? reviews : [...reviews.values()]), [reviews]);
  const store = reviewStoreFor(comparisonId, list);
  useEffect(() => store.merge(list), [store, list]);
  return store;
}

/** For components inside the comparison page (they read it from useComparison()). */
export function useReviewStore(): ReviewStore {
  const { comparisonId, reviews } = useComparison();
  return useReviewStoreFor(comparisonId, reviews);
}

/** One discrepancy's review; re-renders only when that review changes. */
export function useReviewEntry(store: ReviewStore, key: string): ReviewEntry | undefined {
  const read = () => store.entry(key);
  return useSyncExternalStore(store.subscribe, read, read);
}

/** Re-renders when a status or the status filter changes (not when a note is typed). */
function useStatusSignature(store: ReviewStore): string {
  const read = () => store.statusSignature();
  return useSyncExternalStore(store.subscribe, read, read);
}

/**
 * The list's status filter as a predicate, for the page's discrepancy list:
 * `filterDiscrepancies(…).filter(matchesReviewFilter)`. Stable until a status or the filter changes.
 */
export function useReviewFilter(
  comparisonId: string,
  reviews: Map<string, StoredReview> | StoredReview[],
): (discrepancy: Pick<Discrepancy, "key">) => boolean {
  const store = useReviewStoreFor(comparisonId, reviews);
  const signature = useStatusSignature(store);
  return useCallback(
    (discrepancy: Pick<Discrepancy, "key">) => {
      void signature; // the predicate reads the store; a new signature is what makes it new
      return store.statusFilter.has(store.statusOf(discrepancy.key));
    },
    [store, signature],
  );
}

export interface ReviewCounts {
  total: number;
  reviewed: number;
  byStatus: Record<ReviewStatus, number>;
}

/** How many of the report's discrepancies have each status. */
export function useReviewCounts(store: ReviewStore, discrepancies: Array<Pick<Discrepancy, "key">>): ReviewCounts {
  const signature = useStatusSignature(store);
  return useMemo(() => {
    void signature;
    const byStatus = Object.fromEntries(REVIEW_STATUSES.map((s) => [s, 0])) as Record<ReviewStatus, number>;
    for (const d of discrepancies) byStatus[store.statusOf(d.key)] += 1;
    return { total: discrepancies.length, reviewed: byStatus.confirmed + byStatus.dismissed, byStatus };
  }, [store, discrepancies, signature]);
}
