import type { ViewSource } from "@/lib/report-view";
import { Badge } from "@/components/ui/badge";

/** Column head: which source, where it was fetched from, its headline, and whether the others are read against it. */
export function SourceHeader({ source, primary }: { source: ViewSource; primary: boolean }) {
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
        <span className="line-clamp-1 font-serif text-sm font-normal text-zinc-700" title={source.title}>
          {source.title}
        </span>
      )}
    </div>
  );
}
