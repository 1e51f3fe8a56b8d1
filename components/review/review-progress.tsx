"use client";

import type { ReviewCounts } from "./use-reviews";

/** "12 of 31 reviewed" and a bar: reviewed means confirmed or dismissed. */
export function ReviewProgress({ counts }: { counts: ReviewCounts }) {
  const { total, reviewed, byStatus } = counts;
  const percent = total ? Math.round((reviewed / total) * 100) : 100;
  return (
    <div>
      <p id="review-progress-label" className="text-sm text-zinc-900" data-review-progress>
        <span className="font-medium">
          {reviewed} of {total} reviewed
        </span>
        <span className="text-zinc-700">
          {" "}
          · {byStatus.confirmed} confirmed · {byStatus.dismissed} dismissed
        </span>
      </p>
      <div
        role="progressbar"
        aria-labelledby="review-progress-label"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={reviewed}
        className="mt-1 h-2 overflow-hidden rounded-full bg-zinc-200"
      >
        <div className="h-full rounded-full bg-green-700 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
