"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { useComparison } from "@/components/comparison/comparison-context";
import { ReviewProgress } from "./review-progress";
import { useReviewer } from "./reviewer-context";
import { UnsavedReviews } from "./unsaved-reviews";
import { useReviewShortcuts } from "./use-review-shortcuts";
import { useReviewCounts, useReviewStore } from "./use-reviews";

const subscribeToNothing = () => () => undefined;

/**
 * Who is reviewing (the signed-in person), how far along they are, and any saves still pending. Mount it once, where it
 * stays mounted whatever the view: it also binds the review keys (c, d, o, n), retries when the
 * browser comes back online, and warns before leaving with changes not yet saved.
 */
export function ReviewPanel() {
  const { report } = useComparison();
  const store = useReviewStore();
  const counts = useReviewCounts(store, report.discrepancies);
  const reviewer = useReviewer();
  const [announcement, setAnnouncement] = useState("");
  // True once hydrated: until then the review buttons have no handlers (the e2e tests wait for it).
  const ready = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  useReviewShortcuts(store, setAnnouncement);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (store.unsavedCount() === 0) return;
      event.preventDefault();
      event.returnValue = ""; // older browsers need it set to show the prompt
    };
    const retry = () => store.retryAll();
    window.addEventListener("beforeunload", warn);
    window.addEventListener("online", retry);
    return () => {
      window.removeEventListener("beforeunload", warn);
      window.removeEventListener("online", retry);
    };
  }, [store]);

  return (
    <section aria-label="Review" data-review-ready={ready || undefined} className="flex flex-col gap-2 rounded-md border border-zinc-300 p-3 sm:flex-row sm:items-center sm:gap-6">
      <div className="sm:w-72 sm:shrink-0">
        <ReviewProgress counts={counts} />
      </div>
      <div className="min-w-0 flex-1">
        <p className="text-sm text-zinc-700" data-reviewing-as>
          {reviewer.canReview ? (
            <>
              Reviewing as <span className="font-medium text-zinc-900">{reviewer.name}</span>
            </>
          ) : (
            reviewer.refusal
          )}
        </p>
      </div>
      <UnsavedReviews store={store} />
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </section>
  );
}
