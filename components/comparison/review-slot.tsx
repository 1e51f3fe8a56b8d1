import type { StoredReview } from "@/lib/comparisons";
import type { Discrepancy } from "@/lib/engine/types";
import { ReviewControls } from "@/components/review";

/**
 * The review controls of one item in the discrepancy list (components/review/). They read the live
 * review from the page's review store, seeded from the stored reviews; `review` is that seed.
 */
export function ReviewSlot({
  discrepancy,
}: {
  comparisonId: string;
  discrepancy: Discrepancy;
  review: StoredReview | undefined;
}) {
  return <ReviewControls discrepancy={discrepancy} />;
}
