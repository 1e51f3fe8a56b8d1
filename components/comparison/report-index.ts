import type { Discrepancy, Paragraph, Report, ReportSource, Severity } from "@/lib/engine/types";
import type { MarkSpan } from "./nest-marks";

/**
 * Look-up tables over a report, built once per report. Nothing here judges the texts: every mark,
 * row and count comes straight from what the engine put in the report.
 */
export interface ReportIndex {
  sourceById: Map<string, ReportSource>;
  paragraphById: Map<string, Paragraph>;
  /** Paragraph id → the spans marked in it, from the discrepancies' variants. */
  spansByParagraph: Map<string, MarkSpan[]>;
  discrepancyById: Map<string, Discrepancy>;
  discrepanciesByRow: Map<string, Discrepancy[]>;
  /** Row id → its number as shown in the gutter (1-based, report order). */
  rowNumber: Map<string, number>;
  counts: Record<Severity, number>;
}

export function indexReport(report: Report): ReportIndex {
  const sourceById = new Map(report.sources.map((s) => [s.id, s]));
  const paragraphById = new Map(report.sources.flatMap((s) => s.paragraphs.map((p) => [p.id, p] as const)));
  const spansByParagraph = new Map<string, MarkSpan[]>();
  const discrepanciesByRow = new Map<string, Discrepancy[]>();
  const counts: Record<Severity, number> = { substantive: 0, minor: 0, cosmetic: 0 };

  for (const d of report.discrepancies) {
    counts[d.severity]++;
    discrepanciesByRow.set(d.row, [...(discrepanciesByRow.get(d.row) ?? []), d]);
    for (const variant of d.variants) {
      for (const { paragraph, start, end } of variant.spans) {
        const spans = spansByParagraph.get(paragraph) ?? [];
        spans.push({ start, end, discrepancy: d.id, severity: d.severity, category: d.category });
        spansByParagraph.set(paragraph, spans);
      }
    }
  }

  return {
    sourceById,
    paragraphById,
    spansByParagraph,
    discrepancyById: new Map(report.discrepancies.map((d) => [d.id, d])),
    discrepanciesByRow,
    rowNumber: new Map(report.rows.map((r, i) => [r.id, i + 1])),
    counts,
  };
}
