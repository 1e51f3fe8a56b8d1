import { buildExportModel } from "./model";
import type { ExportInput } from "./types";

/** Bumped when this file's shape changes; the report inside keeps its own schemaVersion. */
export const EXPORT_JSON_VERSION = 1;

/**
 * The machine-readable export: the engine's report (its discrepancies narrowed to the scope, all
 * else as stored), every review of those discrepancies with its `d…` id, and orphaned reviews.
 */
export function toJson(input: ExportInput): string {
  const model = buildExportModel(input);
  const document = {
    export: { version: EXPORT_JSON_VERSION, exportedAt: model.exportedAt, scope: input.scope, discrepancies: model.items.length },
    comparison: input.comparison,
    report: { ...input.report, discrepancies: model.items.map((item) => item.discrepancy) },
    reviews: model.items.flatMap((item) => (item.review ? [{ discrepancyId: item.discrepancy.id, ...item.review }] : [])),
    orphanedReviews: model.orphaned,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
