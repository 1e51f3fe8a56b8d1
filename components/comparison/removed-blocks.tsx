import type { ViewSource } from "@/lib/report-view";
import { Button } from "@/components/ui/button";
import { plural } from "@/components/plural";

/**
 * What cleaning took out of one source (captions, paywall offers, …) and why. Putting a block back
 * re-runs the engine with that block restored into the article body.
 */
export function RemovedBlocks({
  source,
  onRestore,
  busy,
}: {
  source: ViewSource;
  onRestore: (blockId: string) => void;
  busy: boolean;
}) {
  if (!source.removed.length) return <p className="text-sm text-zinc-600">Nothing removed.</p>;
  return (
    <details className="group text-sm">
      <summary className="cursor-pointer font-medium text-zinc-800">
        Removed from this source ({plural(source.removed.length, "block")})
      </summary>
      <ul className="mt-2 space-y-2">
        {source.removed.map((block) => (
          <li key={block.id} className="rounded border border-zinc-200 bg-zinc-50 p-2">
            <p className="text-xs font-semibold uppercase tracking-wide text-zinc-700">{block.reason}</p>
            <p className="mt-1 line-clamp-4 whitespace-pre-line font-serif text-zinc-800">{block.text}</p>
            <Button
              size="sm"
              className="mt-2"
              disabled={busy}
              onClick={() => onRestore(block.id)}
              aria-label={`Put back the ${block.reason} removed from ${source.name} and re-run`}
            >
              Put back and re-run
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}
