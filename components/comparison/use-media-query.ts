"use client";

import { useCallback, useEffect, useState, useSyncExternalStore, type RefObject } from "react";
import { DEFAULT_COLUMNS, MIN_COLUMN_PX } from "./view-state";

/** Whether a media query matches; false in the server's HTML (the wide layout), live afterwards. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches, () => false);
}

/** How many columns of readable width fit the element (the row-number gutter aside); DEFAULT_COLUMNS until measured. */
export function useFittingColumns(element: RefObject<HTMLElement | null>): number {
  const [fit, setFit] = useState(DEFAULT_COLUMNS);
  useEffect(() => {
    const box = element.current;
    if (!box) return;
    const observer = new ResizeObserver(([entry]) => setFit(Math.max(2, Math.floor((entry.contentRect.width - 40) / MIN_COLUMN_PX))));
    observer.observe(box);
    return () => observer.disconnect();
  }, [element]);
  return fit;
}
