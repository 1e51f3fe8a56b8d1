import type { ReportSource } from "@/lib/engine/types";
import { Badge } from "@/components/ui/badge";

/** A source with the address it was fetched from, when it was given as a URL. */
export type SourceWithOrigin = ReportSource & { finalUrl?: string };

/** Column head: which source, its headline, where it was fetched from, and whether the others are read against it. */
export function SourceHeader({ source, primary }: { source: SourceWithOrigin; primary: boolean }) {
  return (
    <div className="flex flex-col gap-0.5 text-left">
      <span className="flex items-center gap-2">
        <span className="truncate font-semibold text-zinc-900" title={source.name}>
          {source.name}
        </span>
        {primary && <Badge className="bg-blue-100 text-blue-900 ring-1 ring-blue-300">Primary</Badge>}
      </span>
      {source.finalUrl && (
        <a href={source.finalUrl} rel="noopener noreferrer nofollow" target="_blank" className="truncate text-xs font-normal text-blue-800 underline" title={`Fetched from ${source.finalUrl}`}>
          {source.finalUrl}
        </a>
      )}
      {source.title && (
        <span className="line-clamp-2 font-serif text-sm font-normal text-zinc-700" title={source.title}>
          {source.title}
        </span>
      )}
    </div>
  );
}
