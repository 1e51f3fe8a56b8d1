"use client";

import { useComparison } from "@/components/comparison/comparison-context";
import { useShortcuts } from "@/components/shortcuts/use-shortcuts";
import type { ReviewStatus } from "@/lib/validations/review";
import { noteFieldId } from "./review-controls";
import type { ReviewStore } from "./review-store";
import { useReviewer } from "./reviewer-context";

const DONE: Record<ReviewStatus, string> = { confirmed: "Confirmed", dismissed: "Dismissed", open: "Reopened" };

/**
 * c / d / o set the selected difference's status (the page's j / k select it); n moves into its
 * note. The keys are listed in the page's "?" dialog under "Review". `announce` tells screen
 * readers what happened, since the change may be out of view.
 */
export function useReviewShortcuts(store: ReviewStore, announce: (message: string) => void) {
  const { selected } = useComparison();
  const { canReview, refusal } = useReviewer();

  function setStatus(status: ReviewStatus) {
    if (!selected) return announce("Select a difference first (j / k).");
    if (!canReview) return announce(refusal ?? "You cannot review.");
    store.setStatus(selected, status);
    announce(`${DONE[status]}: ${selected.summary}`);
  }

  useShortcuts([
    { key: "c", description: "Confirm the selected difference", group: "Review", run: () => setStatus("confirmed") },
    { key: "d", description: "Dismiss the selected difference", group: "Review", run: () => setStatus("dismissed") },
    { key: "o", description: "Reopen the selected difference", group: "Review", run: () => setStatus("open") },
    {
      key: "n",
      description: "Write a note on the selected difference",
      group: "Review",
      run: () => {
        if (!selected) return announce("Select a difference first (j / k).");
        // The selected item always shows its note field; after a filter change it may be gone.
        const field = document.getElementById(noteFieldId(selected.id));
        if (field) field.focus();
        else announce("The selected difference is hidden by the filters.");
      },
    },
  ]);
}
