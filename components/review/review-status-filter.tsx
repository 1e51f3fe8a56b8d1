"use client";

import { useComparison } from "@/components/comparison/comparison-context";
import { ToggleButton } from "@/components/ui/toggle-button";
import { REVIEW_STATUSES, type ReviewStatus } from "@/lib/validations/review";
import { useReviewCounts, useReviewStore } from "./use-reviews";

export const STATUS_LABEL: Record<ReviewStatus, string> = { open: "Open", confirmed: "Confirmed", dismissed: "Dismissed" };

/**
 * Which review statuses the list shows (all three to start with), with how many have each. The
 * list applies it through useReviewFilter(); j / k then step through what is shown.
 */
export function ReviewStatusFilter() {
  const { report } = useComparison();
  const store = useReviewStore();
  const counts = useReviewCounts(store, report.discrepancies);
  const shown = store.statusFilter;

  function toggle(status: ReviewStatus, on: boolean) {
    const next = new Set(shown);
    if (on) next.add(status);
    else next.delete(status);
    store.setStatusFilter(next);
  }

  return (
    <div role="group" aria-labelledby="review-status-filter-label" className="flex flex-wrap items-center gap-1.5">
      <span id="review-status-filter-label" className="mr-1 text-sm font-medium text-zinc-900">
        Review status
      </span>
      {REVIEW_STATUSES.map((status) => (
        <ToggleButton key={status} pressed={shown.has(status)} onPressedChange={(on) => toggle(status, on)} data-status-filter={status}>
          {STATUS_LABEL[status]} <span className="tabular-nums">{counts.byStatus[status]}</span>
        </ToggleButton>
      ))}
    </div>
  );
}
