"use client";

import { createContext, useContext } from "react";
import type { StoredReview } from "@/lib/comparisons";
import type { DiscrepancyItem } from "@/lib/report-view";

/**
 * What the comparison page knows, for components that plug into it (review controls, exports):
 * the report's list of differences, the stored reviews by discrepancy key, and the selected one.
 */
export interface ComparisonContextValue {
  comparisonId: string;
  /** The report's differences without their spans (the page never holds the whole report). */
  report: { discrepancies: DiscrepancyItem[] };
  reviews: Map<string, StoredReview>;
  selected: DiscrepancyItem | null;
  /** Selects a discrepancy by id and scrolls the text to it. */
  select: (discrepancyId: string) => void;
}

export const ComparisonContext = createContext<ComparisonContextValue | null>(null);

export function useComparison(): ComparisonContextValue {
  const value = useContext(ComparisonContext);
  if (!value) throw new Error("useComparison() is for components inside the comparison page.");
  return value;
}
