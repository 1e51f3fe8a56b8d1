"use client";

import type { StoredReview } from "@/lib/comparisons";
import type { Discrepancy } from "@/lib/engine/types";
import { cn } from "@/components/ui/cn";
import { plural } from "@/components/plural";
import { CATEGORY_LABEL } from "./labels";
import { ReviewSlot } from "./review-slot";
import { SeverityBadge } from "./severity-badge";

export function listItemId(discrepancyId: string): string {
  return `item-${discrepancyId}`;
}

/** The discrepancies as filtered; choosing one selects it and scrolls the text to it. */
export function DiscrepancyList({
  comparisonId,
  items,
  total,
  selectedId,
  onSelect,
  rowNumber,
  reviews,
}: {
  comparisonId: string;
  items: Discrepancy[];
  total: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
  rowNumber: Map<string, number>;
  reviews: Map<string, StoredReview>;
}) {
  return (
    <div>
      <p className="text-sm text-zinc-700" aria-live="polite">
        {items.length === total ? `Showing all ${plural(total, "difference")}` : `Showing ${items.length} of ${plural(total, "difference")}`}
      </p>
      {items.length === 0 ? (
        <p className="mt-3 rounded border border-dashed border-zinc-300 p-3 text-sm text-zinc-700">
          No differences match these filters.
        </p>
      ) : (
        <ol className="mt-2 space-y-1.5" aria-label="Differences">
          {items.map((d) => {
            const selected = d.id === selectedId;
            return (
              <li
                key={d.id}
                id={listItemId(d.id)}
                data-discrepancy-item={d.id}
                data-severity={d.severity}
                className={cn("scroll-my-2 rounded-md border", selected ? "border-blue-700 bg-blue-50" : "border-zinc-200 bg-white")}
              >
                <button
                  type="button"
                  aria-current={selected ? "true" : undefined}
                  onClick={() => onSelect(d.id)}
                  className="w-full rounded-md px-3 py-2 text-left hover:bg-zinc-50"
                >
                  <span className="flex flex-wrap items-center gap-2">
                    <SeverityBadge severity={d.severity} />
                    <span className="text-xs font-medium text-zinc-700">{CATEGORY_LABEL[d.category]}</span>
                    <span className="ml-auto text-xs text-zinc-600">row {rowNumber.get(d.row)}</span>
                  </span>
                  <span className="mt-1 block text-sm text-zinc-900">{d.summary}</span>
                </button>
                <div className="px-3 empty:hidden [&:has(*)]:pb-2">
                  <ReviewSlot comparisonId={comparisonId} discrepancy={d} review={reviews.get(d.key)} />
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
