"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * Who is reviewing: the signed-in person, from the server (never typed in, never from local
 * storage). `canReview` follows their role; the server refuses anyway, this only keeps the
 * controls honest about it.
 */
export interface Reviewer {
  name: string;
  canReview: boolean;
  /** The sentence shown instead of the controls when they cannot review. */
  refusal?: string;
}

const ReviewerContext = createContext<Reviewer>({ name: "", canReview: false });

export function ReviewerProvider({ reviewer, children }: { reviewer: Reviewer; children: ReactNode }) {
  return <ReviewerContext.Provider value={reviewer}>{children}</ReviewerContext.Provider>;
}

export function useReviewer(): Reviewer {
  return useContext(ReviewerContext);
}
