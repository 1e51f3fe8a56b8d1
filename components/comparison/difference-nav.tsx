import { Button } from "@/components/ui/button";

/** "Differences · 12 of 58" with previous / next (also j / k), in the order the list shows them. */
export function DifferenceNav({ position, total, onStep }: { position: number; total: number; onStep: (direction: 1 | -1) => void }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 id="differences-heading" className="text-base font-semibold text-zinc-900">
        Differences
      </h2>
      <p className="text-sm tabular-nums text-zinc-700" aria-live="polite" data-difference-position>
        {total === 0 ? "none shown" : position >= 0 ? `${position + 1} of ${total}` : `${total} shown`}
      </p>
      <div className="ml-auto flex gap-1">
        <Button size="sm" onClick={() => onStep(-1)} disabled={total === 0} aria-keyshortcuts="k" className="min-h-8">
          <span aria-hidden>↑</span> Previous
        </Button>
        <Button size="sm" onClick={() => onStep(1)} disabled={total === 0} aria-keyshortcuts="j" className="min-h-8">
          <span aria-hidden>↓</span> Next
        </Button>
      </div>
    </div>
  );
}
