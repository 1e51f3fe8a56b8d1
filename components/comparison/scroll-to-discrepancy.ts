import type { Discrepancy } from "@/lib/engine/types";
import { rowElementId } from "./alignment-table";
import { listItemId } from "./discrepancy-list";

const FLASH_MS = 1300;

/**
 * Brings a discrepancy into view: its first mark (or its row when no mark is shown), centred, and
 * its list item; then flashes the row so the eye lands on it.
 */
export function scrollToDiscrepancy(d: Discrepancy): void {
  const row = document.getElementById(rowElementId(d.row));
  const mark = row?.querySelector<HTMLElement>(`mark[data-discrepancy="${d.id}"]`);
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
