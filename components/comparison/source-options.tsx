import type { ViewSource } from "@/lib/report-view";

/** One <option> per version, by name: the version pickers' shared list. */
export function SourceOptions({ sources }: { sources: ViewSource[] }) {
  return sources.map((s) => (
    <option key={s.id} value={s.id}>
      {s.name}
    </option>
  ));
}
