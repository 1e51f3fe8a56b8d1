"use client";

import type { ViewSource } from "@/lib/report-view";
import { Button } from "@/components/ui/button";

/**
 * Which versions are shown as columns. The primary is pinned first; the others are ticked on or
 * off. Fifty versions never fit side by side: the editor picks the ones to read against it.
 */
export function SourceChooser({
  sources,
  primary,
  shown,
  onChange,
}: {
  sources: ViewSource[];
  primary: string;
  shown: string[];
  onChange: (shown: string[]) => void;
}) {
  const others = sources.filter((s) => s.id !== primary);
  const set = (ids: string[]) => onChange(sources.map((s) => s.id).filter((id) => id === primary || ids.includes(id)));
  return (
    <details className="relative" data-source-chooser>
      <summary className="flex min-h-8 cursor-pointer list-none items-center gap-1 rounded-md border border-zinc-300 bg-white px-2.5 text-sm font-medium text-zinc-800 hover:bg-zinc-100">
        Versions shown: {shown.length} of {sources.length} <span aria-hidden>▾</span>
      </summary>
      <div className="absolute left-0 z-40 mt-1 w-80 rounded-md border border-zinc-300 bg-white p-3 shadow-lg">
        <fieldset>
          <legend className="text-sm font-semibold text-zinc-900">Versions shown side by side</legend>
          <div className="mt-1 flex gap-2">
            <Button size="sm" variant="ghost" className="min-h-6 text-blue-800" onClick={() => set(others.map((s) => s.id))}>
              All
            </Button>
            <Button size="sm" variant="ghost" className="min-h-6 text-blue-800" onClick={() => set([])}>
              Primary only
            </Button>
          </div>
          <ul className="mt-1 max-h-72 space-y-0.5 overflow-y-auto">
            {sources.map((s) => (
              <li key={s.id}>
                <label className="flex min-h-7 items-center gap-2 text-sm text-zinc-900">
                  <input
                    type="checkbox"
                    className="size-4"
                    checked={s.id === primary || shown.includes(s.id)}
                    disabled={s.id === primary}
                    onChange={(e) => set(e.target.checked ? [...shown, s.id] : shown.filter((id) => id !== s.id))}
                  />
                  <span className="truncate" title={s.name}>
                    {s.name}
                  </span>
                  {s.id === primary && <span className="text-xs text-zinc-600">(primary, pinned)</span>}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </div>
    </details>
  );
}
