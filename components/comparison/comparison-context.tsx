"use client";

import { createContext, useContext } from "react";
import type { StoredReview } from "@/lib/comparisons";
import type { Discrepancy, Report } from "@/lib/engine/types";

/**
 * What the comparison page knows, for components that plug into it (review controls, exports):
 * the report, the stored reviews by discrepancy key, and the selected discrepancy.
 */
export interface ComparisonContextValue {
  comparisonId: string;
  report: Report;
  reviews: Map<string, StoredReview>;
  selected: Discrepancy | null;
  /** Selects a discrepancy by id and scrolls the text to it. */
  select: (discrepancyId: string) => void;
}

export const ComparisonContext = createContext<ComparisonContextValue | null>(null);

export function useComparison(): ComparisonContextValue {
  const value = useContext(ComparisonContext);
  if (!value) throw new Error("useComparison() is for components inside the comparison page.");
  return value;
}
