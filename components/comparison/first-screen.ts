import type { ReportOutline, RowPage } from "@/lib/report-view";
import { filterItems, groupItems, LIST_PAGE } from "./group-discrepancies";
import type { ViewState } from "./view-state";

/**
 * The part of the outline the first screen draws: the list's first items as filtered, the
 * differences marked in the text sent, the omissions of its rows, and the selected one. The page ships this and fetches the whole
 * outline once it runs, so five thousand differences never ride in the first HTML.
 */
export function firstScreenOutline(outline: ReportOutline, state: ViewState, page: RowPage): ReportOutline {
  const firstItems = groupItems(filterItems(outline.items, state))
    .filter((g) => g.kind !== "omissions")
    .flatMap((g) => g.items)
    .slice(0, LIST_PAGE);
  const keep = new Set(firstItems.map((d) => d.id));
  for (const marks of Object.values(page.marks)) for (const [, , id] of marks) keep.add(id);
  // Omissions make the placeholders in the columns that lack a passage.
  const to = page.from + page.rows.length;
  for (const d of outline.items) {
    if ((d.category === "omission" && d.rowIndex >= page.from && d.rowIndex < to) || d.key === state.selected) keep.add(d.id);
  }
  return keep.size === outline.items.length ? outline : { ...outline, items: outline.items.filter((d) => keep.has(d.id)) };
}
