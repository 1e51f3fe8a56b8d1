"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { RowWindow } from "./use-row-window";

/** How far below the screen the next rows start loading, so scrolling rarely waits. */
const AHEAD_PX = 1200;

/**
 * Wraps the text with what loads more of it: earlier passages on request (after a jump), later ones
 * as the reader nears the end of what is loaded.
 */
export function RowLoader({
  loaded,
  rowCount,
  loading,
  error,
  drawn,
  onGrow,
  children,
}: {
  loaded: RowWindow;
  rowCount: number;
  loading: boolean;
  error: string | null;
  /** Rows drawn from the window (hide-agreeing may leave out all of them). */
  drawn: number;
  onGrow: (direction: 1 | -1) => void;
  children: ReactNode;
}) {
  const end = useRef<HTMLDivElement>(null);
  const more = loaded.to < rowCount;

  useEffect(() => {
    const sentinel = end.current;
    if (!sentinel || !more || error) return;
    const near = () => sentinel.getBoundingClientRect().top < window.innerHeight + AHEAD_PX;
    // Content shorter than the screen (or all hidden as agreeing) never scrolls: load on.
    if (near() && !loading) onGrow(1);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onGrow(1), {
      rootMargin: `0px 0px ${AHEAD_PX}px 0px`,
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [more, loaded.to, loading, error, onGrow]);

  return (
    <div>
      {loaded.from > 0 && (
        <Button className="mb-2 w-full" onClick={() => onGrow(-1)} disabled={loading}>
          Show earlier passages (before passage {loaded.from + 1})
        </Button>
      )}
      {children}
      {drawn === 0 && !more && <p className="mt-3 text-sm text-zinc-700">No passage here has a difference shown.</p>}
      <div ref={end} aria-hidden />
      <p role="status" className="mt-2 text-sm text-zinc-700">
        {loading ? "Loading more of the text…" : more ? `Passages ${loaded.from + 1}–${loaded.to} of ${rowCount} loaded; more load as you scroll.` : ""}
      </p>
      {error && (
        <p role="alert" className="mt-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {error}{" "}
          <Button size="sm" onClick={() => onGrow(1)}>
            Try again
          </Button>
        </p>
      )}
    </div>
  );
}
