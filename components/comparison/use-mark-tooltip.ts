"use client";

import { useEffect, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from "react";
import type { Discrepancy } from "@/lib/engine/types";
import { MARK_TOOLTIP_ID, type TooltipAnchor } from "./mark-tooltip";

function placeOf(element: Element): TooltipAnchor["rect"] {
  const { top, bottom, left } = element.getBoundingClientRect();
  return { top, bottom, left };
}

function markFrom(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>("mark[data-discrepancy]") : null;
}

/**
 * One popover for every mark: hover and focus are caught where they bubble (on the table's
 * wrapper), so a thousand marks need no thousand listeners. Clicking a mark, or Enter on it,
 * selects its discrepancy; Escape hides the popover.
 */
export function useMarkTooltip(discrepancyById: Map<string, Discrepancy>, onSelect: (id: string) => void) {
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
    const mark = markFrom(event.target);
    const discrepancy = mark && discrepancyById.get(mark.dataset.discrepancy ?? "");
    if (!mark || !discrepancy) return;
    mark.setAttribute("aria-describedby", MARK_TOOLTIP_ID);
    setAnchor({ discrepancy, element: mark, rect: placeOf(mark) });
  }

  function hide(event: MouseEvent | FocusEvent) {
    markFrom(event.target)?.removeAttribute("aria-describedby");
    if (!markFrom(event.relatedTarget)) setAnchor(null);
  }

  const handlers = {
    onMouseOver: show,
    onMouseOut: hide,
    onFocus: show,
    onBlur: hide,
    onClick: (event: MouseEvent) => {
      const id = markFrom(event.target)?.dataset.discrepancy;
      if (id) onSelect(id);
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === "Escape") setAnchor(null);
      const id = event.key === "Enter" ? markFrom(event.target)?.dataset.discrepancy : undefined;
      if (id) onSelect(id);
    },
  };

  return { anchor, handlers };
}
