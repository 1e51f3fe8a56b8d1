"use client";

import type { ViewSource } from "@/lib/report-view";
import { Label, Select } from "@/components/ui/field";
import { SourceOptions } from "./source-options";

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
        <SourceOptions sources={sources} />
      </Select>
    </div>
  );
}
