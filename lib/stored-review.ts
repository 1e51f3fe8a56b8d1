import type { StoredReview } from "@/lib/comparisons";

/** A review row as the app hands it on. */
export function storedReview(r: {
  discrepancyKey: string;
  status: string;
  note: string;
  reviewer: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}): StoredReview {
  return {
    key: r.discrepancyKey,
    status: r.status as StoredReview["status"],
    note: r.note,
    reviewer: r.reviewer,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
