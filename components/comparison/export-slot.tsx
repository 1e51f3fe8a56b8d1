import type { Report } from "@/lib/engine/types";
import { ExportLinks } from "@/components/review";

/** The export links (components/review/), in the comparison toolbar. */
export function ExportSlot({ comparisonId }: { comparisonId: string; report: Report }) {
  return <ExportLinks comparisonId={comparisonId} />;
}
