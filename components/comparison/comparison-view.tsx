"use client";

import { useMemo, useState } from "react";
import type { StoredReview } from "@/lib/comparisons";
import type { Report, Severity } from "@/lib/engine/types";
import { OrphanedReviews, ReviewPanel, ReviewStatusFilter, useReviewFilter } from "@/components/review";
import { Tabs, tabPanelProps } from "@/components/ui/tabs";
import { AlignmentTable } from "./alignment-table";
import { ComparisonContext, type ComparisonContextValue } from "./comparison-context";
import { ComparisonHeader } from "./comparison-header";
import { DiscrepancyFilters } from "./discrepancy-filters";
import { DiscrepancyList } from "./discrepancy-list";
import { FactsMatrix } from "./facts-matrix";
import { DEFAULT_FILTER, filterDiscrepancies, type DiscrepancyFilter } from "./filter-discrepancies";
import { MarkTooltip } from "./mark-tooltip";
import type { MarkSpan } from "./nest-marks";
import { NoticesBanner } from "./notices-banner";
import { indexReport } from "./report-index";
import { revealListItem, scrollToDiscrepancy } from "./scroll-to-discrepancy";
import { SelectionStyle } from "./selection-style";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { useComparisonShortcuts } from "./use-comparison-shortcuts";
import { useMarkTooltip } from "./use-mark-tooltip";
import { useRerun } from "./use-rerun";

type View = "text" | "matrix";
const VIEWS = [
  { id: "text" as const, label: "Side by side" },
  { id: "matrix" as const, label: "Facts matrix" },
];

export interface ComparisonViewProps {
  comparison: { id: string; title: string; createdAt: string };
  report: Report;
  reviews: StoredReview[];
}

/**
 * The comparison page's interactive whole. It renders the report as stored and never re-derives
 * what differs; its own state is only how the editor looks at it (filters, selection, tab).
 */
export function ComparisonView({ comparison, report, reviews }: ComparisonViewProps) {
  const index = useMemo(() => indexReport(report), [report]);
  const reviewsByKey = useMemo(() => new Map(reviews.map((r) => [r.key, r])), [reviews]);
  const [filter, setFilter] = useState<DiscrepancyFilter>(DEFAULT_FILTER);
  // Selection is held by content key, which survives a re-run; ids are positions and may shift.
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [view, setView] = useState<View>("text");
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const { rerun, busy, error } = useRerun(comparison.id);

  const selected = report.discrepancies.find((d) => d.key === selectedKey) ?? null;
  const matchesReviewFilter = useReviewFilter(comparison.id, reviewsByKey);
  const items = useMemo(
    () => filterDiscrepancies(report.discrepancies, filter).filter(matchesReviewFilter),
    [report, filter, matchesReviewFilter],
  );
  const visibleSpans = useVisibleSpans(index.spansByParagraph, filter.severities);

  function select(id: string, scroll = true) {
    const d = index.discrepancyById.get(id);
    if (!d) return;
    setSelectedKey(d.key);
    if (view !== "text") {
      setView("text");
      // The table mounts on the next render; scroll once it is there.
      requestAnimationFrame(() => requestAnimationFrame(() => scrollToDiscrepancy(d)));
    } else if (scroll) scrollToDiscrepancy(d);
    else requestAnimationFrame(() => revealListItem(d.id));
  }

  function step(direction: 1 | -1) {
    if (!items.length) return;
    const at = items.findIndex((d) => d.key === selectedKey);
    const next = at < 0 ? (direction > 0 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, at + direction));
    select(items[next].id);
  }

  useComparisonShortcuts({ step, openHelp: () => setShortcutsOpen(true) });

  const showCosmetic = filter.severities.has("cosmetic");
  function setShowCosmetic(on: boolean) {
    const severities = new Set(filter.severities);
    if (on) severities.add("cosmetic");
    else severities.delete("cosmetic");
    setFilter({ ...filter, severities });
  }

  const tooltip = useMarkTooltip(index.discrepancyById, (id) => select(id, false));

  const context: ComparisonContextValue = { comparisonId: comparison.id, report, reviews: reviewsByKey, selected, select };

  return (
    <ComparisonContext value={context}>
      <div className="flex flex-col gap-4 px-4 py-6 sm:px-6">
        <ComparisonHeader
          comparison={comparison}
          report={report}
          counts={index.counts}
          busy={busy}
          error={error}
          showCosmetic={showCosmetic}
          onShowCosmetic={setShowCosmetic}
          onPrimary={(primary) => rerun({ primary })}
          onShortcuts={() => setShortcutsOpen(true)}
        />
        <NoticesBanner notices={report.notices} />
        <ReviewPanel />
        <Tabs label="Views of this comparison" idPrefix="view" tabs={VIEWS} selected={view} onSelect={setView} />

        {view === "text" ? (
          <div {...tabPanelProps("view", "text")} className="flex flex-col gap-4 lg:flex-row lg:items-start">
            <div className="min-w-0 flex-1" aria-busy={busy} {...tooltip.handlers}>
              <AlignmentTable
                report={report}
                index={index}
                spansByParagraph={visibleSpans}
                onRestore={(block) => rerun({ restore: [block] })}
                busy={busy}
              />
            </div>
            <section
              aria-labelledby="differences-heading"
              className="flex flex-col gap-3 rounded-md border border-zinc-300 bg-zinc-50 p-3 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:w-96 lg:shrink-0 lg:overflow-y-auto"
            >
              <h2 id="differences-heading" className="text-base font-semibold text-zinc-900">
                Differences
              </h2>
              <ReviewStatusFilter />
              <DiscrepancyFilters
                discrepancies={report.discrepancies}
                counts={index.counts}
                sources={report.sources}
                filter={filter}
                onChange={setFilter}
              />
              <DiscrepancyList
                comparisonId={comparison.id}
                items={items}
                total={report.discrepancies.length}
                selectedId={selected?.id ?? null}
                onSelect={select}
                rowNumber={index.rowNumber}
                reviews={reviewsByKey}
              />
              <OrphanedReviews />
            </section>
          </div>
        ) : (
          <div {...tabPanelProps("view", "matrix")}>
            <FactsMatrix report={report} rowNumber={index.rowNumber} onShowInText={(id) => select(id)} />
          </div>
        )}
      </div>
      <SelectionStyle discrepancyId={view === "text" ? (selected?.id ?? null) : null} />
      <MarkTooltip anchor={view === "text" ? tooltip.anchor : null} sources={report.sources} />
      <p className="sr-only" aria-live="polite">
        {selected ? `Selected: ${selected.summary}` : ""}
      </p>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </ComparisonContext>
  );
}

/** The spans to mark, per paragraph, for the severities shown; stable while they don't change. */
function useVisibleSpans(spansByParagraph: Map<string, MarkSpan[]>, severities: Set<Severity>) {
  const key = [...severities].sort().join(",");
  return useMemo(() => {
    const shown = new Set(key.split(","));
    const visible = new Map<string, MarkSpan[]>();
    for (const [paragraph, spans] of spansByParagraph) {
      const kept = spans.filter((s) => shown.has(s.severity));
      if (kept.length) visible.set(paragraph, kept);
    }
    return visible;
  }, [spansByParagraph, key]);
}
