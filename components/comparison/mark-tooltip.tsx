import type { Discrepancy, ReportSource } from "@/lib/engine/types";
import { CATEGORY_LABEL } from "./labels";
import { SeverityBadge } from "./severity-badge";
import { VariantText } from "./variant-text";

export const MARK_TOOLTIP_ID = "mark-tooltip";

export interface TooltipAnchor {
  discrepancy: Discrepancy;
  /** The mark it belongs to, so it can follow the mark when the page scrolls. */
  element?: Element;
  rect: { top: number; bottom: number; left: number };
}

const WIDTH_PX = 416;

/**
 * Every source's wording for the marked spot, shown on hover or focus. It is one element for the
 * whole page (not one per mark), so fifty sources don't mean fifty copies of every wording.
 */
export function MarkTooltip({ anchor, sources }: { anchor: TooltipAnchor | null; sources: ReportSource[] }) {
  if (!anchor) return null;
  const { discrepancy, rect } = anchor;
  const below = rect.bottom + 8;
  const placeAbove = typeof window !== "undefined" && below > window.innerHeight * 0.6;
  const left = Math.max(8, Math.min(rect.left, (typeof window !== "undefined" ? window.innerWidth : 1024) - WIDTH_PX - 8));
  const byId = new Map(discrepancy.variants.map((v) => [v.source, v]));
  const involved = sources.filter((s) => byId.has(s.id));

  return (
    <div
      id={MARK_TOOLTIP_ID}
      role="tooltip"
      style={{
        left,
        width: WIDTH_PX,
        ...(placeAbove ? { bottom: window.innerHeight - rect.top + 8 } : { top: below }),
      }}
      className="pointer-events-none fixed z-50 max-h-[70vh] overflow-hidden rounded-md border border-zinc-300 bg-white p-3 text-sm text-zinc-900 shadow-lg"
    >
      <p className="flex flex-wrap items-center gap-2">
        <SeverityBadge severity={discrepancy.severity} />
        <span className="text-xs font-medium text-zinc-700">{CATEGORY_LABEL[discrepancy.category]}</span>
      </p>
      <p className="mt-1 font-medium">{discrepancy.summary}</p>
      <dl className="mt-2 space-y-1.5">
        {involved.map((source) => (
          <div key={source.id}>
            <dt className="text-xs font-semibold text-zinc-700">{source.name}</dt>
            <dd className="line-clamp-3 font-serif">
              <VariantText variant={byId.get(source.id)} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
