import type { ViewSource } from "@/lib/report-view";
import { Button } from "@/components/ui/button";
import { Label, Select } from "@/components/ui/field";
import { SourceOptions } from "./source-options";

/** On a phone the versions are read one at a time: which one, and a step to the next. */
export function PhoneVersionPicker({
  sources,
  current,
  onChange,
}: {
  sources: ViewSource[];
  current: string;
  onChange: (sourceId: string) => void;
}) {
  const at = sources.findIndex((s) => s.id === current);
  return (
    <div className="mb-2 flex items-end gap-2" data-phone-picker>
      <div className="min-w-0 flex-1">
        <Label htmlFor="phone-version">Reading version {at + 1} of {sources.length}</Label>
        <Select id="phone-version" className="mt-1 w-full" value={current} onChange={(e) => onChange(e.target.value)}>
          <SourceOptions sources={sources} />
        </Select>
      </div>
      <Button className="min-h-9" onClick={() => onChange(sources[(at + 1) % sources.length].id)}>
        Next version
      </Button>
    </div>
  );
}
