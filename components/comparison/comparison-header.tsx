"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import type { Severity } from "@/lib/engine/types";
import type { ReportOutline } from "@/lib/report-view";
import { FormattedDate } from "@/components/formatted-date";
import { plural } from "@/components/plural";
import { Button } from "@/components/ui/button";
import { ToggleButton } from "@/components/ui/toggle-button";
import { PrimarySourceSelect } from "./primary-source-select";
import { SourceChooser } from "./source-chooser";
import { HEAT_MAP_MIN_SOURCES, type ViewMode } from "./view-state";

const MODES: Array<{ id: ViewMode; label: string; hint: string }> = [
  { id: "columns", label: "Side by side", hint: "The versions in columns" },
  { id: "heat", label: "Heat map", hint: "The primary's text, shaded by how many versions differ" },
  { id: "matrix", label: "Facts", hint: "One row per disputed fact, one column per version" },
];

/** Title, counts and the tools that change what the text shows. Compact: the story's text is the point. */
export function ComparisonHeader({
  comparison,
  outline,
  counts,
  mode,
  onMode,
  shown,
  onShown,
  phone,
  showCosmetic,
  onShowCosmetic,
  hideAgreeing,
  onHideAgreeing,
  busy,
  error,
  onPrimary,
  onShortcuts,
  tools,
}: {
  comparison: { id: string; title: string; createdAt: string };
  outline: ReportOutline;
  counts: Record<Severity, number>;
  mode: ViewMode;
  onMode: (mode: ViewMode) => void;
  shown: string[];
  onShown: (shown: string[]) => void;
  phone: boolean;
  showCosmetic: boolean;
  onShowCosmetic: (on: boolean) => void;
  hideAgreeing: boolean;
  onHideAgreeing: (on: boolean) => void;
  busy: boolean;
  error: string | null;
  onPrimary: (sourceId: string) => void;
  onShortcuts: () => void;
  /** Review progress and exports: under the toolbar, folded away with it on a phone. */
  tools: ReactNode;
}) {
  const modes = MODES.filter((m) => m.id !== "heat" || outline.sources.length >= HEAT_MAP_MIN_SOURCES);
  const toolbar = (
    <div role="toolbar" aria-label="How the text is shown" className="flex flex-wrap items-center gap-2">
      <div role="group" aria-label="View" className="inline-flex rounded-md border border-zinc-300 bg-white p-0.5">
        {modes.map((m) => (
          <button
            key={m.id}
            type="button"
            aria-pressed={mode === m.id}
            title={m.hint}
            onClick={() => onMode(m.id)}
            data-mode={m.id}
            className={
              mode === m.id
                ? "min-h-7 rounded bg-blue-700 px-2.5 text-sm font-medium text-white"
                : "min-h-7 rounded px-2.5 text-sm font-medium text-zinc-800 hover:bg-zinc-100"
            }
          >
            {m.label}
          </button>
        ))}
      </div>
      {mode !== "heat" && !phone && <SourceChooser sources={outline.sources} primary={outline.primary} shown={shown} onChange={onShown} />}
      <PrimarySourceSelect sources={outline.sources} primary={outline.primary} busy={busy} onChange={onPrimary} />
      <ToggleButton pressed={hideAgreeing} onPressedChange={onHideAgreeing} className="min-h-8">
        Hide agreeing passages
      </ToggleButton>
      <ToggleButton pressed={showCosmetic} onPressedChange={onShowCosmetic} className="min-h-8">
        Show cosmetic differences
      </ToggleButton>
      <p role="status" className="text-sm text-zinc-700">
        {busy ? "Re-running the comparison…" : ""}
      </p>
    </div>
  );
  return (
    <header className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 className="text-xl font-semibold tracking-tight text-zinc-900">{comparison.title}</h1>
        <p className="flex flex-wrap gap-x-3 text-sm text-zinc-700">
          <span>{plural(outline.sources.length, "version")}</span>
          <span className="font-medium text-red-800">{counts.substantive} substantive</span>
          <span>{counts.minor} minor</span>
          <span>{counts.cosmetic} cosmetic</span>
          <span>
            Created <FormattedDate iso={comparison.createdAt} />
          </span>
          <Link href="/" className="text-blue-800 underline-offset-2 hover:underline">
            All comparisons
          </Link>
        </p>
        {!phone && (
          <Button size="sm" onClick={onShortcuts} aria-keyshortcuts="?" className="min-h-8 lg:ml-auto">
            Keyboard shortcuts <kbd className="font-mono text-xs">?</kbd>
          </Button>
        )}
      </div>
      {phone ? (
        <details className="rounded-md border border-zinc-300" data-phone-tools>
          <summary className="flex min-h-9 cursor-pointer items-center px-3 text-sm font-medium text-zinc-900">
            <span className="ml-1">View, review and export</span>
          </summary>
          <div className="flex flex-col gap-2 p-2">
            {toolbar}
            {tools}
          </div>
        </details>
      ) : (
        <>
          {toolbar}
          {tools}
        </>
      )}
      {error && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {error}
        </p>
      )}
    </header>
  );
}
