import { ExportLinks } from "@/components/review";

/** The export links (components/review/), in the comparison toolbar. */
export function ExportSlot({ comparisonId }: { comparisonId: string }) {
  return <ExportLinks comparisonId={comparisonId} />;
}
