import { involvedIn, type DiscrepancyItem, type MarkTuple, type ReportOutline } from "@/lib/report-view";
import type { MarkSpan } from "./mark-segments";

/**
 * Look-up tables over the page's outline, built once per report. Nothing here judges the texts:
 * every mark, reading and count comes straight from what the engine put in the report.
 */
export interface ReportIndex {
  itemById: Map<string, DiscrepancyItem>;
  itemByKey: Map<string, DiscrepancyItem>;
  itemsByRow: Map<number, DiscrepancyItem[]>;
  nameOf: (sourceId: string) => string;
  /** How many versions read this differently from the primary (0 when the primary is not involved). */
  differFromPrimary: (item: DiscrepancyItem) => number;
}

export function indexOutline(outline: ReportOutline): ReportIndex {
  const names = new Map(outline.sources.map((s) => [s.id, s.name]));
  const itemsByRow = new Map<number, DiscrepancyItem[]>();
  for (const d of outline.items) {
    const row = itemsByRow.get(d.rowIndex);
    if (row) row.push(d);
    else itemsByRow.set(d.rowIndex, [d]);
  }
  const primary = outline.primary;
  return {
    itemById: new Map(outline.items.map((d) => [d.id, d])),
    itemByKey: new Map(outline.items.map((d) => [d.key, d])),
    itemsByRow,
    nameOf: (id) => names.get(id) ?? id,
    differFromPrimary: (d) => {
      const involved = involvedIn(d);
      if (!involved.includes(primary)) return 0;
      const same = d.values.find((v) => v.sources.includes(primary))?.sources ?? d.absent;
      return involved.length - same.length;
    },
  };
}

/** A paragraph's marks as spans, keeping only the differences shown. */
export function spansOf(marks: MarkTuple[] | undefined, index: ReportIndex, shown: (d: DiscrepancyItem) => boolean): MarkSpan[] {
  const spans: MarkSpan[] = [];
  for (const [start, end, id] of marks ?? []) {
    const d = index.itemById.get(id);
    if (d && shown(d)) spans.push({ start, end, discrepancy: id, severity: d.severity, category: d.category });
  }
  return spans;
}
