"use client";

import { useEffect, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from "react";
import type { DiscrepancyItem } from "@/lib/report-view";
import { MARK_TOOLTIP_ID, type TooltipAnchor } from "./mark-tooltip";

/** What shows a popover on hover or focus: marks, gap markers, missing-passage placeholders, tags. */
const POINTS = "mark[data-discrepancy], [data-absent-cell], [data-only-some], [data-extra]";

function placeOf(element: Element): TooltipAnchor["rect"] {
  const { top, bottom, left } = element.getBoundingClientRect();
  return { top, bottom, left };
}

function pointFrom(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(POINTS) : null;
}

/**
 * One popover for every mark: hover and focus are caught where they bubble (on the text's
 * wrapper), so a thousand marks need no thousand listeners. Clicking a mark, or Enter on it,
 * activates it (selects its difference); Escape hides the popover.
 */
export function useMarkTooltip(itemById: Map<string, DiscrepancyItem>, onActivate: (element: HTMLElement) => void, enabled = true) {
  const [anchor, setAnchor] = useState<TooltipAnchor | null>(null);

  // The popover follows its mark when anything scrolls, and goes once the mark leaves the screen.
  useEffect(() => {
    const follow = () =>
      setAnchor((current) => {
        if (!current?.element) return current;
        const rect = placeOf(current.element);
        return rect.bottom < 0 || rect.top > window.innerHeight ? null : { ...current, rect };
      });
    window.addEventListener("scroll", follow, { capture: true, passive: true });
    return () => window.removeEventListener("scroll", follow, { capture: true });
  }, []);

  function show(event: MouseEvent | FocusEvent) {
    const point = pointFrom(event.target);
    const item = point && itemById.get(point.dataset.discrepancy ?? "");
    if (!enabled || !point || !item) return;
    point.setAttribute("aria-describedby", MARK_TOOLTIP_ID);
    setAnchor({ item, element: point, rect: placeOf(point) });
  }

  function hide(event: MouseEvent | FocusEvent) {
    pointFrom(event.target)?.removeAttribute("aria-describedby");
    if (!pointFrom(event.relatedTarget)) setAnchor(null);
  }

  const handlers = {
    onMouseOver: show,
    onMouseOut: hide,
    onFocus: show,
    onBlur: hide,
    onClick: (event: MouseEvent) => {
      const point = pointFrom(event.target);
      if (point) onActivate(point);
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === "Escape") setAnchor(null);
      // Buttons activate themselves on Enter (as a click); marks need it done for them.
      const point = event.key === "Enter" ? pointFrom(event.target) : null;
      if (point?.tagName === "MARK") onActivate(point);
    },
  };

  return { anchor: enabled ? anchor : null, handlers };
}
