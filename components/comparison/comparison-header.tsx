"use client";

import Link from "next/link";
import type { Report, Severity } from "@/lib/engine/types";
import { FormattedDate } from "@/components/formatted-date";
import { plural } from "@/components/plural";
import { Button } from "@/components/ui/button";
import { ToggleButton } from "@/components/ui/toggle-button";
import { ExportSlot } from "./export-slot";
import { PrimarySourceSelect } from "./primary-source-select";

export function ComparisonHeader({
  comparison,
  report,
  counts,
  busy,
  error,
  showCosmetic,
  onShowCosmetic,
  onPrimary,
  onShortcuts,
}: {
  comparison: { id: string; title: string; createdAt: string };
  report: Report;
  counts: Record<Severity, number>;
  busy: boolean;
  error: string | null;
  showCosmetic: boolean;
  onShowCosmetic: (on: boolean) => void;
  onPrimary: (sourceId: string) => void;
  onShortcuts: () => void;
}) {
  return (
    <header className="flex flex-col gap-3">
      <div>
        <Link href="/" className="text-sm text-blue-800 underline-offset-2 hover:underline">
          ← All comparisons
        </Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-zinc-900">{comparison.title}</h1>
        <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-zinc-700">
          <span>{plural(report.sources.length, "source")}</span>
          <span className="font-medium text-red-800">{counts.substantive} substantive</span>
          <span>{counts.minor} minor</span>
          <span>{counts.cosmetic} cosmetic</span>
          <span>
            Created <FormattedDate iso={comparison.createdAt} />
          </span>
        </p>
      </div>
      <div role="group" aria-label="Comparison tools" className="flex flex-wrap items-center gap-3">
        <PrimarySourceSelect sources={report.sources} primary={report.primary} busy={busy} onChange={onPrimary} />
        <ToggleButton pressed={showCosmetic} onPressedChange={onShowCosmetic}>
          Show cosmetic differences
        </ToggleButton>
        <Button size="sm" onClick={onShortcuts} aria-keyshortcuts="?">
          Keyboard shortcuts <kbd className="font-mono text-xs">?</kbd>
        </Button>
        <div className="flex items-center gap-2" data-slot="export">
          <ExportSlot comparisonId={comparison.id} report={report} />
        </div>
        <p role="status" className="text-sm text-zinc-700">
          {busy ? "Re-running the comparison…" : ""}
        </p>
      </div>
      {error && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {error}
        </p>
      )}
    </header>
  );
}
