import type { StoredReview } from "@/lib/comparisons";
import type { Report } from "@/lib/engine/types";

/** Which discrepancies an export holds. */
export const EXPORT_SCOPES = ["all", "substantive", "confirmed"] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

export const EXPORT_FORMATS = ["csv", "json", "md", "html", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What every formatter takes: pure data, so each format is testable without a database. */
export interface ExportInput {
  comparison: { id: string; title: string; createdAt: string };
  report: Report;
  reviews: StoredReview[];
  scope: ExportScope;
  /** When the export was made (ISO; default now): a parameter so tests are reproducible. */
  exportedAt?: string;
}
