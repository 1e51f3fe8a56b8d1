import type { DiscrepancyItem } from "@/lib/report-view";
import { rowElementId } from "./alignment-table";
import { listItemId } from "./discrepancy-list";

const FLASH_MS = 1300;

/** The marks that draw a difference: its own marks and gap markers, or heat-map passages covering it. */
export function marksSelector(discrepancyId: string): string {
  return `[data-discrepancy="${discrepancyId}"], [data-covers~="${discrepancyId}"]`;
}

/**
 * Brings a difference into view: its first mark (or its passage when no mark is drawn), centred,
 * and its list item; then flashes the passage so the eye lands on it.
 */
export function scrollToDiscrepancy(d: DiscrepancyItem): void {
  const row = document.getElementById(rowElementId(d.rowIndex));
  const mark = row?.querySelector<HTMLElement>(marksSelector(d.id));
  const behavior: ScrollBehavior = window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
  (mark ?? row)?.scrollIntoView({ block: "center", inline: "nearest", behavior });
  revealListItem(d.id);
  if (!row) return;
  row.classList.remove("flash");
  void row.offsetWidth; // restart the animation when the same row is chosen twice
  row.classList.add("flash");
  window.setTimeout(() => row.classList.remove("flash"), FLASH_MS);
}

/**
 * Scrolls the list's own panel (never the page) so the item shows: moving the page would pull the
 * text away from under the reader's pointer.
 */
export function revealListItem(discrepancyId: string): void {
  const item = document.getElementById(listItemId(discrepancyId));
  let panel = item?.parentElement ?? null;
  while (panel && panel.scrollHeight <= panel.clientHeight) panel = panel.parentElement;
  if (!item || !panel || panel === document.documentElement || panel === document.body) return;
  const itemBox = item.getBoundingClientRect();
  const panelBox = panel.getBoundingClientRect();
  if (itemBox.top < panelBox.top) panel.scrollTop -= panelBox.top - itemBox.top + 8;
  else if (itemBox.bottom > panelBox.bottom) panel.scrollTop += itemBox.bottom - panelBox.bottom + 8;
}
