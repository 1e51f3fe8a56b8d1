"use client";

import { useCallback, useRef, useState } from "react";
import type { MarkTuple, RowPage, ViewRow } from "@/lib/report-view";
import { MAX_ROWS_PER_REQUEST, ROWS_PER_PAGE } from "@/lib/report-view";

/**
 * The rows the page holds: one contiguous window [from, to) of the report's rows, grown a page at a
 * time as the reader scrolls, or moved to where a chosen difference sits. The server renders the
 * first window; the rest comes from /api/comparisons/<id>/rows, so a long comparison never ships whole.
 */
export interface RowWindow {
  from: number;
  to: number;
  rows: ViewRow[];
  paragraphs: Map<string, string>;
  marks: Map<string, MarkTuple[]>;
  /** Source ids whose paragraphs are loaded for these rows. */
  sources: string[];
}

export function windowOf(page: RowPage, sources: string[]): RowWindow {
  return {
    from: page.from,
    to: page.from + page.rows.length,
    rows: page.rows,
    paragraphs: new Map(Object.entries(page.paragraphs)),
    marks: new Map(Object.entries(page.marks)),
    sources,
  };
}

function merge(window: RowWindow, page: RowPage): RowWindow {
  const end = page.from + page.rows.length;
  const rows =
    page.from >= window.to ? [...window.rows, ...page.rows] : end <= window.from ? [...page.rows, ...window.rows] : window.rows;
  return {
    ...window,
    from: Math.min(window.from, page.from),
    to: Math.max(window.to, end),
    rows,
    paragraphs: new Map([...window.paragraphs, ...Object.entries(page.paragraphs)]),
    marks: new Map([...window.marks, ...Object.entries(page.marks)]),
  };
}

export async function fetchRows(comparisonId: string, from: number, to: number, sources: string[]): Promise<RowPage> {
  const query = new URLSearchParams({ from: String(from), to: String(to), sources: sources.join(",") });
  const response = await fetch(`/api/comparisons/${encodeURIComponent(comparisonId)}/rows?${query}`);
  const body = (await response.json().catch(() => null)) as (RowPage & { error?: string }) | null;
  if (!response.ok || !body) throw new Error(body?.error ?? "The rows could not be loaded. Please try again.");
  return body;
}

export function useRowWindow(comparisonId: string, initial: RowWindow, rowCount: number) {
  const [window, setWindow] = useState(initial);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The window as of the last change, for callbacks that run between renders.
  const current = useRef(initial);
  const busy = useRef(false);

  const run = useCallback(async (work: () => Promise<RowWindow>): Promise<RowWindow> => {
    if (busy.current) return current.current;
    busy.current = true;
    setLoading(true);
    setError(null);
    try {
      const next = await work();
      current.current = next;
      setWindow(next);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      busy.current = false;
      setLoading(false);
    }
    return current.current;
  }, []);

  /** One more page after (1) or before (-1) the window. */
  const grow = useCallback(
    async (direction: 1 | -1): Promise<RowWindow> => {
      const w = current.current;
      if (direction > 0 ? w.to >= rowCount : w.from <= 0) return w;
      const [from, to] = direction > 0 ? [w.to, Math.min(rowCount, w.to + ROWS_PER_PAGE)] : [Math.max(0, w.from - ROWS_PER_PAGE), w.from];
      return run(async () => merge(current.current, await fetchRows(comparisonId, from, to, w.sources)));
    },
    [comparisonId, rowCount, run],
  );

  /** Makes sure row `index` is loaded, for the given sources' columns; a far jump starts a new window there. */
  const ensure = useCallback(
    async (index: number, sources: string[]): Promise<RowWindow> => {
      const w = current.current;
      const haveSources = sources.every((s) => w.sources.includes(s));
      if (haveSources && index >= w.from && index < w.to) return w;
      const near = haveSources && index >= w.from - ROWS_PER_PAGE && index < w.to + ROWS_PER_PAGE;
      if (near) return grow(index < w.from ? -1 : 1);
      // Other columns for the same rows keep the reader's place; a far jump starts at the page holding the row.
      const keepPlace = !haveSources && index >= w.from && index < w.to;
      const from = keepPlace ? w.from : Math.max(0, index - (index % ROWS_PER_PAGE));
      const to = Math.min(rowCount, keepPlace ? Math.min(w.to, from + MAX_ROWS_PER_REQUEST) : from + ROWS_PER_PAGE);
      const wanted = [...new Set([...sources, ...(haveSources ? [] : w.sources)])];
      return run(async () => windowOf(await fetchRows(comparisonId, from, to, wanted), wanted));
    },
    [comparisonId, grow, rowCount, run],
  );

  return { window, loading, error, grow, ensure };
}
