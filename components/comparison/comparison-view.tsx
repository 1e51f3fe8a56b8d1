"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { StoredReview } from "@/lib/comparisons";
import type { DiscrepancyItem, ReportOutline, RowPage } from "@/lib/report-view";
import { OrphanedReviews, ReviewPanel, ReviewStatusFilter, useReviewFilter } from "@/components/review";
import { useReviewStoreFor } from "@/components/review/use-reviews";
import { AlignmentTable } from "./alignment-table";
import { ComparisonContext, type ComparisonContextValue } from "./comparison-context";
import { ComparisonHeader } from "./comparison-header";
import { DiscrepancyFilters } from "./discrepancy-filters";
import { DiscrepancyList } from "./discrepancy-list";
import { ExportSlot } from "./export-slot";
import { DifferenceNav } from "./difference-nav";
import { FactsMatrix } from "./facts-matrix";
import { filterItems, groupItems, LIST_PAGE } from "./group-discrepancies";
import { HeatMap, type OpenPassage } from "./heat-map";
import { MarkTooltip } from "./mark-tooltip";
import { NoticesBanner } from "./notices-banner";
import { PhoneVersionPicker } from "./phone-version-picker";
import { indexOutline } from "./report-index";
import { RowLoader } from "./row-loader";
import { revealListItem, scrollToDiscrepancy } from "./scroll-to-discrepancy";
import { SelectionStyle } from "./selection-style";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { useComparisonShortcuts } from "./use-comparison-shortcuts";
import { useMarkTooltip } from "./use-mark-tooltip";
import { useFittingColumns, useMediaQuery } from "./use-media-query";
import { useRerun } from "./use-rerun";
import { useRowWindow, windowOf, type RowWindow } from "./use-row-window";
import { shownSources, viewStateQuery, type ViewState } from "./view-state";

export const DIFFERENCES_ID = "differences";

export interface ComparisonViewProps {
  comparison: { id: string; title: string; createdAt: string };
  /** The outline, or the part of it the first screen draws (firstScreenOutline): the rest is fetched. */
  outline: ReportOutline;
  complete: boolean;
  /** The first rows, rendered on the server; more come from the rows API as the reader scrolls. */
  page: RowPage;
  pageSources: string[];
  reviews: StoredReview[];
  initialState: ViewState;
}

/**
 * The comparison page's interactive whole. It renders the report as stored and never re-derives
 * what differs; its own state is how the editor looks at it (filters, selection, view), kept in
 * the URL so a link opens the same view.
 */
export function ComparisonView({ comparison, outline: firstOutline, complete, page, pageSources, reviews, initialState }: ComparisonViewProps) {
  const outline = useFullOutline(comparison.id, firstOutline, complete);
  const index = useMemo(() => indexOutline(outline), [outline]);
  const reviewsByKey = useMemo(() => new Map(reviews.map((r) => [r.key, r])), [reviews]);
  const [state, setState] = useState(initialState);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const arriving = (initialState.selected && outline.items.find((d) => d.key === initialState.selected)) || null;
  const [omissionsOpen, setOmissionsOpen] = useState(arriving?.category === "omission");
  const [listLimit, setListLimit] = useState(LIST_PAGE);
  const [passage, setPassage] = useState<OpenPassage | null>(() =>
    arriving && initialState.mode === "heat" ? passageOf(arriving, windowOf(page, pageSources), outline.primary) : null,
  );
  const { rerun, busy, error } = useRerun(comparison.id);
  const rows = useRowWindow(comparison.id, useMemo(() => windowOf(page, pageSources), [page, pageSources]), outline.rowCount);
  const loaded = rows.window;
  const phone = useMediaQuery("(max-width: 767px)");

  const update = useCallback((change: Partial<ViewState>) => setState((s) => ({ ...s, ...change })), []);
  useEffect(() => {
    const url = `${window.location.pathname}${viewStateQuery(state)}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(window.history.state, "", url);
  }, [state]);

  // Dismissed differences lose their marks: the review store says which they are, live.
  const store = useReviewStoreFor(comparison.id, reviewsByKey);
  const statuses = useSyncExternalStore(store.subscribe, () => store.statusSignature(), () => store.statusSignature());
  const shownInText = useCallback(
    (d: DiscrepancyItem) => {
      void statuses;
      return state.severities.has(d.severity) && store.statusOf(d.key) !== "dismissed";
    },
    [state.severities, store, statuses],
  );

  const matchesReviewFilter = useReviewFilter(comparison.id, reviewsByKey);
  const items = useMemo(() => filterItems(outline.items, state).filter(matchesReviewFilter), [outline, state, matchesReviewFilter]);
  const groups = useMemo(() => groupItems(items), [items]);
  const ordered = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const selected = (state.selected && index.itemByKey.get(state.selected)) || null;
  const orderedRef = useRef(ordered);
  useEffect(() => {
    orderedRef.current = ordered;
  }, [ordered]);

  const ids = outline.sources.map((s) => s.id);
  const textArea = useRef<HTMLDivElement>(null);
  const fit = useFittingColumns(textArea);
  const shown = shownSources(state, ids, outline.primary, fit);
  const phoneSource = state.phoneSource ?? outline.primary;
  const textSourcesKey = (state.mode === "heat" ? [outline.primary] : phone ? [phoneSource] : shown).join(",");
  const textSources = useMemo(() => textSourcesKey.split(","), [textSourcesKey]);
  const sourceById = useMemo(() => new Map(outline.sources.map((s) => [s.id, s])), [outline]);

  // Another column or version chosen: fetch its text for the rows on screen.
  useEffect(() => {
    void rows.ensure(rows.window.from, textSourcesKey.split(","));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the wanted columns change
  }, [textSourcesKey]);

  const rowsWithDifferences = useMemo(() => new Set(items.filter(shownInText).map((d) => d.rowIndex)), [items, shownInText]);
  const drawnRows = state.hideAgreeing ? loaded.rows.filter((r) => rowsWithDifferences.has(r.index)) : loaded.rows;


  const select = useCallback(
    async (id: string, scroll = true) => {
      const d = index.itemById.get(id);
      if (!d) return;
      const toText = state.mode === "matrix" && scroll;
      update({ selected: d.key, ...(toText ? { mode: "columns" as const } : {}) });
      if (d.category === "omission") setOmissionsOpen(true);
      // The list draws its first items only: draw on to the chosen one.
      const at = orderedRef.current.findIndex((x) => x.id === d.id);
      setListLimit((limit) => (at >= limit ? at + LIST_PAGE : limit));
      if (!scroll) return requestAnimationFrame(() => revealListItem(d.id));
      if (state.mode === "matrix" && !toText) return;
      const now = await rows.ensure(d.rowIndex, textSources);
      if (state.mode === "heat") setPassage(passageOf(d, now, outline.primary));
      // The row mounts on the next render; scroll once it is there.
      requestAnimationFrame(() => requestAnimationFrame(() => scrollToDiscrepancy(d)));
    },
    [index, state.mode, update, rows, textSources, outline.primary],
  );

  // Stable for the memoised list items and rows: the latest select() is called through a ref.
  const latestSelect = useRef(select);
  useEffect(() => {
    latestSelect.current = select;
  });
  const onSelect = useCallback((id: string) => void latestSelect.current(id), []);

  function step(direction: 1 | -1) {
    if (!ordered.length) return;
    const at = ordered.findIndex((d) => d.key === state.selected);
    const next = at < 0 ? (direction > 0 ? 0 : ordered.length - 1) : Math.min(ordered.length - 1, Math.max(0, at + direction));
    void select(ordered[next].id);
  }
  useComparisonShortcuts({ step, openHelp: () => setShortcutsOpen(true) });

  // A permalink (?d=<key>) opens with its difference in view: the server already sent its rows.
  const arrival = useRef(selected);
  useEffect(() => {
    const d = arrival.current;
    if (d) requestAnimationFrame(() => scrollToDiscrepancy(d));
  }, []);

  const tooltip = useMarkTooltip(
    index.itemById,
    (element) => {
      const id = element.dataset.discrepancy;
      if (!id) return;
      if (state.mode === "heat") {
        const at = element.closest<HTMLElement>("[data-paragraph]")?.dataset.paragraph;
        const rowIndex = element.closest<HTMLElement>("[data-row-index]")?.dataset.rowIndex;
        setPassage({ at: at ?? `row-${rowIndex}`, ids: element.dataset.covers?.split(" ") ?? [id] });
      }
      void select(id, false);
    },
    state.mode !== "matrix",
  );

  const presence = useCallback(
    (id: string) => {
      const d = index.itemById.get(id);
      const present = d ? d.values.reduce((n, v) => n + v.sources.length, 0) : 0;
      return present <= 1 ? "Only in this version" : `In ${present} of ${outline.sources.length} versions`;
    },
    [index, outline.sources.length],
  );

  const context: ComparisonContextValue = {
    comparisonId: comparison.id,
    report: { discrepancies: outline.items },
    reviews: reviewsByKey,
    selected,
    select: onSelect,
  };
  const textProps = { loaded, rows: drawnRows, index, shown: shownInText, presence };
  const position = selected ? ordered.findIndex((d) => d.id === selected.id) : -1;

  return (
    <ComparisonContext value={context}>
      <a
        href={`#${DIFFERENCES_ID}`}
        className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to the differences
      </a>
      <div className="flex flex-col gap-3 px-4 py-3 sm:px-6">
        <ComparisonHeader
          comparison={comparison}
          outline={outline}
          counts={outline.counts}
          mode={state.mode}
          onMode={(mode) => update({ mode })}
          shown={shown}
          onShown={(next) => update({ shown: next })}
          phone={phone}
          showCosmetic={state.severities.has("cosmetic")}
          onShowCosmetic={(on) => {
            const severities = new Set(state.severities);
            if (on) severities.add("cosmetic");
            else severities.delete("cosmetic");
            update({ severities });
          }}
          hideAgreeing={state.hideAgreeing}
          onHideAgreeing={(hideAgreeing) => update({ hideAgreeing })}
          busy={busy}
          error={error}
          onPrimary={(primary) => rerun({ primary })}
          onShortcuts={() => setShortcutsOpen(true)}
          tools={
            <div className="flex flex-col gap-2 lg:flex-row">
              <div className="min-w-0 flex-1">
                <ReviewPanel />
              </div>
              <div data-slot="export" className="flex flex-wrap items-center gap-2 rounded-md border border-zinc-300 px-3 py-2">
                <ExportSlot comparisonId={comparison.id} />
              </div>
            </div>
          }
        />
        <NoticesBanner notices={outline.notices} />
        <div className="flex flex-col gap-4 lg:flex-row lg:items-start">
          <div ref={textArea} className="min-w-0 flex-1" aria-busy={busy || rows.loading} {...tooltip.handlers}>
            {phone && state.mode === "columns" && (
              <PhoneVersionPicker sources={outline.sources} current={phoneSource} onChange={(id) => update({ phoneSource: id })} />
            )}
            {state.mode === "matrix" ? (
              <FactsMatrix
                items={ordered}
                sources={shown.map((id) => sourceById.get(id)!)}
                selectedId={selected?.id ?? null}
                onShowInText={onSelect}
              />
            ) : (
              <RowLoader loaded={loaded} rowCount={outline.rowCount} loading={rows.loading} error={rows.error} onGrow={rows.grow} drawn={drawnRows.length}>
                {state.mode === "heat" ? (
                  <HeatMap
                    {...textProps}
                    primary={sourceById.get(outline.primary)!}
                    sourceCount={outline.sources.length}
                    open={passage}
                    onClose={() => setPassage(null)}
                  />
                ) : (
                  <AlignmentTable
                    {...textProps}
                    sources={textSources.map((id) => sourceById.get(id)!)}
                    primary={outline.primary}
                    atEnd={loaded.to >= outline.rowCount}
                    onRestore={(block) => rerun({ restore: [block] })}
                    busy={busy}
                  />
                )}
              </RowLoader>
            )}
          </div>
          <aside
            id={DIFFERENCES_ID}
            tabIndex={-1}
            aria-labelledby="differences-heading"
            className="flex flex-col gap-3 rounded-md border border-zinc-300 bg-zinc-50 p-3 focus:outline-none lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:w-[25rem] lg:shrink-0 lg:overflow-y-auto"
          >
            <DifferenceNav position={position} total={ordered.length} onStep={step} />
            <DiscrepancyFilters items={outline.items} counts={outline.counts} sources={outline.sources} filter={state} onChange={update} />
            <ReviewStatusFilter />
            <DiscrepancyList
              groups={groups}
              total={outline.items.length}
              selectedId={selected?.id ?? null}
              omissionsOpen={omissionsOpen}
              onOmissionsOpen={setOmissionsOpen}
              onSelect={onSelect}
              nameOf={index.nameOf}
              limit={listLimit}
              onMore={() => setListLimit((limit) => limit + LIST_PAGE)}
            />
            <OrphanedReviews />
          </aside>
        </div>
      </div>
      <SelectionStyle discrepancyId={selected?.id ?? null} />
      <MarkTooltip anchor={tooltip.anchor} nameOf={index.nameOf} />
      <p className="sr-only" aria-live="polite">
        {selected ? `Selected: ${selected.summary}` : ""}
      </p>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </ComparisonContext>
  );
}

/** The whole outline: the first screen's part at first, the stored whole once fetched. */
function useFullOutline(comparisonId: string, first: ReportOutline, complete: boolean): ReportOutline {
  const [outline, setOutline] = useState(first);
  useEffect(() => {
    if (complete) return;
    let live = true;
    fetch(`/api/comparisons/${encodeURIComponent(comparisonId)}/outline`)
      .then((res) => (res.ok ? (res.json() as Promise<ReportOutline>) : null))
      // The sources came whole with the page (with where each was fetched from); the items are what was missing.
      .then((full) => live && full && setOutline({ ...full, sources: first.sources }))
      .catch(() => undefined); // the first screen's part stays usable; the next visit tries again
    return () => {
      live = false;
    };
  }, [comparisonId, complete, first.sources]);
  return outline;
}

/** Where a difference's readings open in the heat map: under the primary's paragraph it marks, or its row. */
function passageOf(d: DiscrepancyItem, loaded: RowWindow, primary: string): OpenPassage {
  const paragraphs = loaded.rows.find((r) => r.index === d.rowIndex)?.cells[primary] ?? [];
  const at = paragraphs.find((p) => loaded.marks.get(p)?.some(([, , id]) => id === d.id)) ?? paragraphs[0];
  return { at: at ?? `row-${d.rowIndex}`, ids: [d.id] };
}
