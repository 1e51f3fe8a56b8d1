import type { DiscrepancyItem, ViewSource } from "@/lib/report-view";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ReviewControls } from "@/components/review";
import { CATEGORY_LABEL } from "./labels";
import { SeverityBadge } from "./severity-badge";
import { excerpt } from "./wording";

/**
 * Facts first: one row per disputed fact, one column per shown version, each cell that version's
 * reading as the report groups them. The reading most versions give stays plain; the others are
 * tinted, so the odd one out stands out across the row.
 */
export function FactsMatrix({
  items,
  sources,
  selectedId,
  onShowInText,
}: {
  items: DiscrepancyItem[];
  sources: ViewSource[];
  selectedId: string | null;
  onShowInText: (discrepancyId: string) => void;
}) {
  const facts = items.filter((d) => d.category !== "omission");
  if (!facts.length) {
    return (
      <p className="rounded-md border border-dashed border-zinc-300 p-6 text-zinc-700">
        No disputed facts match these filters. Passages missing from some versions are listed beside the text.
      </p>
    );
  }
  return (
    <table className="w-full table-fixed border-separate border-spacing-0 rounded-md border border-zinc-300 bg-white text-sm" data-facts-matrix>
      <caption className="sr-only">Each disputed fact with every shown version&apos;s reading.</caption>
      <colgroup>
        <col className="w-72" />
        {sources.map((s) => (
          <col key={s.id} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="sticky top-0 z-20 border-b border-zinc-300 bg-zinc-100 px-3 py-2 text-left font-semibold">
            Fact
          </th>
          {sources.map((s) => (
            <th key={s.id} scope="col" className="sticky top-0 z-20 truncate border-b border-l border-zinc-300 bg-zinc-100 px-3 py-2 text-left font-semibold" title={s.name}>
              {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {facts.map((d) => (
          <FactRow key={d.id} item={d} sources={sources} selected={d.id === selectedId} onShowInText={onShowInText} />
        ))}
      </tbody>
    </table>
  );
}

function FactRow({
  item: d,
  sources,
  selected,
  onShowInText,
}: {
  item: DiscrepancyItem;
  sources: ViewSource[];
  selected: boolean;
  onShowInText: (id: string) => void;
}) {
  const readingOf = new Map(d.values.flatMap((v, i) => v.sources.map((s) => [s, i] as const)));
  return (
    <tr data-fact={d.id} data-severity={d.severity} aria-current={selected ? "true" : undefined} className={cn(selected && "bg-blue-50")}>
      <th scope="row" className="border-b border-zinc-200 px-3 py-2 text-left align-top font-normal">
        <span className="flex flex-wrap items-center gap-2">
          <SeverityBadge severity={d.severity} />
          <span className="text-xs font-medium text-zinc-700">{CATEGORY_LABEL[d.category]}</span>
        </span>
        <span className="mt-1 block font-medium text-zinc-900">{d.summary}</span>
        <div className="mt-1.5">
          <ReviewControls discrepancy={d} />
        </div>
        <Button size="sm" variant="ghost" className="-ml-2.5 mt-1 min-h-6 text-blue-800" onClick={() => onShowInText(d.id)}>
          Show in the text (passage {d.rowIndex + 1})
        </Button>
      </th>
      {sources.map((s) => {
        const reading = readingOf.get(s.id);
        return (
          <td
            key={s.id}
            data-source={s.id}
            data-reading={reading === undefined ? (d.absent.includes(s.id) ? "absent" : "none") : reading}
            className={cn(
              "border-b border-l border-zinc-200 px-3 py-2 align-top font-serif",
              reading !== undefined && reading > 0 && "bg-red-50 font-semibold text-red-950",
            )}
          >
            {reading !== undefined ? (
              excerpt(d.values[reading].value, 160)
            ) : (
              <span className="font-sans text-xs italic text-zinc-600">{d.absent.includes(s.id) ? "Not stated" : "Passage not in this version"}</span>
            )}
          </td>
        );
      })}
    </tr>
  );
}
