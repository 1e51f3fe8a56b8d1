"use client";

import type { Category, Discrepancy, ReportSource, Severity } from "@/lib/engine/types";
import { Label, Select, TextInput } from "@/components/ui/field";
import { ToggleButton } from "@/components/ui/toggle-button";
import { SEVERITIES, type DiscrepancyFilter } from "./filter-discrepancies";
import { CATEGORY_LABEL, SEVERITY_LABEL } from "./labels";

export const SEARCH_INPUT_ID = "discrepancy-search";

export function DiscrepancyFilters({
  discrepancies,
  counts,
  sources,
  filter,
  onChange,
}: {
  discrepancies: Discrepancy[];
  counts: Record<Severity, number>;
  sources: ReportSource[];
  filter: DiscrepancyFilter;
  onChange: (filter: DiscrepancyFilter) => void;
}) {
  const categories = countBy(discrepancies.map((d) => d.category));

  function toggleSeverity(severity: Severity, on: boolean) {
    const severities = new Set(filter.severities);
    if (on) severities.add(severity);
    else severities.delete(severity);
    onChange({ ...filter, severities });
  }

  return (
    <div className="space-y-3">
      <div role="group" aria-label="Severity" className="flex flex-wrap gap-1.5">
        {SEVERITIES.map((severity) => (
          <ToggleButton
            key={severity}
            pressed={filter.severities.has(severity)}
            onPressedChange={(on) => toggleSeverity(severity, on)}
            data-severity-filter={severity}
          >
            {SEVERITY_LABEL[severity]} <span className="tabular-nums">{counts[severity]}</span>
          </ToggleButton>
        ))}
      </div>
      <div className="grid grid-cols-2 gap-2">
        <div>
          <Label htmlFor="discrepancy-category">Category</Label>
          <Select
            id="discrepancy-category"
            className="mt-1 w-full"
            value={filter.category}
            onChange={(e) => onChange({ ...filter, category: e.target.value as Category | "" })}
          >
            <option value="">All categories</option>
            {[...categories].map(([category, n]) => (
              <option key={category} value={category}>
                {CATEGORY_LABEL[category]} ({n})
              </option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="discrepancy-source">Source</Label>
          <Select
            id="discrepancy-source"
            className="mt-1 w-full"
            value={filter.source}
            onChange={(e) => onChange({ ...filter, source: e.target.value })}
          >
            <option value="">All sources</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <div>
        <Label htmlFor={SEARCH_INPUT_ID}>Search the differences</Label>
        <TextInput
          id={SEARCH_INPUT_ID}
          type="search"
          className="mt-1"
          placeholder="e.g. Darchiyev"
          value={filter.query}
          onChange={(e) => onChange({ ...filter, query: e.target.value })}
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
