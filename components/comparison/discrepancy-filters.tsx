"use client";

import type { Category, Severity } from "@/lib/engine/types";
import type { DiscrepancyItem, ViewSource } from "@/lib/report-view";
import { Label, Select, TextInput } from "@/components/ui/field";
import { ToggleButton } from "@/components/ui/toggle-button";
import { CATEGORY_LABEL, SEVERITY_LABEL } from "./labels";
import { SEVERITIES, type ViewState } from "./view-state";
import { SourceOptions } from "./source-options";

export const SEARCH_INPUT_ID = "discrepancy-search";

type FilterState = Pick<ViewState, "severities" | "category" | "source" | "query">;

/** The list's filters; they live in the URL, so a shared link shows the same list. */
export function DiscrepancyFilters({
  items,
  counts,
  sources,
  filter,
  onChange,
}: {
  items: DiscrepancyItem[];
  counts: Record<Severity, number>;
  sources: ViewSource[];
  filter: FilterState;
  onChange: (change: Partial<FilterState>) => void;
}) {
  const categories = countBy(items.map((d) => d.category));

  function toggleSeverity(severity: Severity, on: boolean) {
    const severities = new Set(filter.severities);
    if (on) severities.add(severity);
    else severities.delete(severity);
    onChange({ severities });
  }

  return (
    <div className="space-y-2">
      <div role="group" aria-label="Severity" className="flex flex-wrap gap-1.5">
        {SEVERITIES.map((severity) => (
          <ToggleButton
            key={severity}
            pressed={filter.severities.has(severity)}
            onPressedChange={(on) => toggleSeverity(severity, on)}
            data-severity-filter={severity}
            className="min-h-7"
          >
            {SEVERITY_LABEL[severity]} <span className="tabular-nums">{counts[severity]}</span>
          </ToggleButton>
        ))}
      </div>
      <div className="grid grid-cols-2 gap-2">
        <div>
          <Label htmlFor="discrepancy-category" className="text-xs">
            Kind
          </Label>
          <Select
            id="discrepancy-category"
            className="mt-0.5 w-full"
            value={filter.category}
            onChange={(e) => onChange({ category: e.target.value as Category | "" })}
          >
            <option value="">All kinds</option>
            {[...categories].map(([category, n]) => (
              <option key={category} value={category}>
                {CATEGORY_LABEL[category]} ({n})
              </option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="discrepancy-source" className="text-xs">
            Version
          </Label>
          <Select id="discrepancy-source" className="mt-0.5 w-full" value={filter.source} onChange={(e) => onChange({ source: e.target.value })}>
            <option value="">All versions</option>
            <SourceOptions sources={sources} />
          </Select>
        </div>
      </div>
      <div>
        <Label htmlFor={SEARCH_INPUT_ID} className="sr-only">
          Search the differences
        </Label>
        <TextInput
          id={SEARCH_INPUT_ID}
          type="search"
          placeholder="Search the differences (/)"
          value={filter.query}
          onChange={(e) => onChange({ query: e.target.value })}
        />
      </div>
    </div>
  );
}

function countBy<T>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
