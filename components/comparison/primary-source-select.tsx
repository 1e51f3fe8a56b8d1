"use client";

import type { ViewSource } from "@/lib/report-view";
import { Label, Select } from "@/components/ui/field";

/** The source the others are read against; choosing another re-runs the comparison. */
export function PrimarySourceSelect({
  sources,
  primary,
  busy,
  onChange,
}: {
  sources: ViewSource[];
  primary: string;
  busy: boolean;
  onChange: (sourceId: string) => void;
}) {
  return (
    <div className="flex items-center gap-2">
      <Label htmlFor="primary-source" className="whitespace-nowrap">
        Primary source
      </Label>
      <Select id="primary-source" value={primary} disabled={busy} onChange={(e) => onChange(e.target.value)} className="max-w-[16rem]">
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </Select>
    </div>
  );
}
