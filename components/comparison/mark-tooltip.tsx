import type { DiscrepancyItem } from "@/lib/report-view";
import { CATEGORY_LABEL } from "./labels";
import { Readings } from "./readings";
import { SeverityBadge } from "./severity-badge";
import { itemHeadline } from "./wording";

export const MARK_TOOLTIP_ID = "mark-tooltip";

export interface TooltipAnchor {
  item: DiscrepancyItem;
  /** The mark it belongs to, so it can follow the mark when the page scrolls. */
  element?: Element;
  rect: { top: number; bottom: number; left: number };
}

const WIDTH_PX = 400;

/**
 * Every version's reading of the marked spot, grouped, on hover or focus. One element for the whole
 * page (not one per mark), so fifty sources don't mean fifty copies of every reading.
 */
export function MarkTooltip({ anchor, nameOf }: { anchor: TooltipAnchor | null; nameOf: (id: string) => string }) {
  if (!anchor) return null;
  const { item, rect } = anchor;
  const below = rect.bottom + 8;
  const placeAbove = typeof window !== "undefined" && below > window.innerHeight * 0.6;
  const viewport = typeof window !== "undefined" ? window.innerWidth : 1024;
  const width = Math.min(WIDTH_PX, viewport - 16);
  const left = Math.max(8, Math.min(rect.left, viewport - width - 8));
  return (
    <div
      id={MARK_TOOLTIP_ID}
      role="tooltip"
      style={{ left, width, ...(placeAbove ? { bottom: window.innerHeight - rect.top + 8 } : { top: below }) }}
      className="pointer-events-none fixed z-50 max-h-[60vh] overflow-hidden rounded-md border border-zinc-300 bg-white p-3 text-sm text-zinc-900 shadow-lg"
    >
      <p className="flex flex-wrap items-center gap-2">
        <SeverityBadge severity={item.severity} />
        <span className="text-xs font-medium text-zinc-700">{CATEGORY_LABEL[item.category]}</span>
      </p>
      <p className="mt-1 font-medium">{itemHeadline(item, nameOf)}</p>
      <Readings item={item} nameOf={nameOf} className="mt-2" maxNames={8} />
    </div>
  );
}
