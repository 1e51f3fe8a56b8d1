"use client";

import { useMemo, useSyncExternalStore } from "react";
import { useComparison } from "@/components/comparison/comparison-context";
import { STATUS_LABEL } from "./review-status-filter";
import { useReviewStore } from "./use-reviews";

/**
 * Reviews whose discrepancy is not in the current report: a re-run (another primary source, a
 * block put back) changed that wording. They are shown, not deleted; they reattach if it returns.
 * (The same rule as orphanedReviews() in lib/reviews.ts, which is server-side.)
 */
export function OrphanedReviews() {
  const { report } = useComparison();
  const store = useReviewStore();
  const keys = useMemo(() => new Set(report.discrepancies.map((d) => d.key)), [report]);
  const signature = useSyncExternalStore(store.subscribe, () => store.statusSignature(), () => store.statusSignature());
  const orphaned = useMemo(() => {
    void signature;
    return store.entriesWhere((e) => !keys.has(e.key));
  }, [store, keys, signature]);

  if (!orphaned.length) return null;
  return (
    <section aria-labelledby="orphaned-reviews-heading" className="rounded-md border border-amber-300 bg-amber-50 p-3" data-orphaned-reviews>
      <h3 id="orphaned-reviews-heading" className="text-sm font-semibold text-zinc-900">
        Reviews of differences no longer found ({orphaned.length})
      </h3>
      <p className="mt-1 text-xs text-zinc-700">
        After the last re-run these wordings no longer differ the same way. The reviews are kept and come back if the
        difference does; exports list them too.
      </p>
      <ul className="mt-2 space-y-1.5 text-sm">
        {orphaned.map((r) => (
          <li key={r.key} className="rounded border border-amber-200 bg-white px-2 py-1">
            <span className="font-medium">{STATUS_LABEL[r.status]}</span>
            {r.reviewer && <span className="text-zinc-700"> by {r.reviewer}</span>}
            <code className="ml-2 text-xs text-zinc-600">{r.key}</code>
            {r.note && <p className="mt-0.5 whitespace-pre-wrap break-words text-zinc-800">{r.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
