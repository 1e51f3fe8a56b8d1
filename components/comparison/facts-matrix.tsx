import type { Discrepancy, Report } from "@/lib/engine/types";
import { Button } from "@/components/ui/button";
import { CATEGORY_LABEL } from "./labels";
import { SeverityBadge } from "./severity-badge";
import { VariantText } from "./variant-text";

/**
 * One row per disputed detail (substantive and minor discrepancies), one column per source, each
 * cell that source's wording: the quickest way to see who says what.
 */
export function FactsMatrix({
  report,
  rowNumber,
  onShowInText,
}: {
  report: Report;
  rowNumber: Map<string, number>;
  onShowInText: (discrepancyId: string) => void;
}) {
  const disputed = report.discrepancies.filter((d) => d.severity !== "cosmetic");
  if (!disputed.length) {
    return <p className="rounded-md border border-dashed border-zinc-300 p-6 text-zinc-700">The sources agree on every detail the engine checks.</p>;
  }
  const width = `max(100%, ${16 + report.sources.length * 16}rem)`;
  return (
    <div role="region" aria-label="Facts matrix" tabIndex={0} className="max-h-[calc(100vh-9rem)] overflow-auto rounded-md border border-zinc-300 bg-white">
      <table className="table-fixed border-separate border-spacing-0 text-sm" style={{ width }}>
        <caption className="sr-only">Each disputed detail with every source&apos;s wording.</caption>
        <colgroup>
          <col style={{ width: "16rem" }} />
          {report.sources.map((s) => (
            <col key={s.id} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 top-0 z-30 border-b border-zinc-300 bg-zinc-100 px-3 py-2 text-left font-semibold">
              Detail
            </th>
            {report.sources.map((s) => (
              <th key={s.id} scope="col" className="sticky top-0 z-20 truncate border-b border-l border-zinc-300 bg-zinc-100 px-3 py-2 text-left font-semibold" title={s.name}>
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {disputed.map((d) => (
            <MatrixRow key={d.id} discrepancy={d} report={report} row={rowNumber.get(d.row)} onShowInText={onShowInText} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MatrixRow({
  discrepancy: d,
  report,
  row,
  onShowInText,
}: {
  discrepancy: Discrepancy;
  report: Report;
  row: number | undefined;
  onShowInText: (id: string) => void;
}) {
  const bySource = new Map(d.variants.map((v) => [v.source, v]));
  return (
    <tr data-discrepancy-row={d.id} data-severity={d.severity}>
      <th scope="row" className="sticky left-0 z-10 border-b border-zinc-200 bg-zinc-50 px-3 py-2 text-left align-top font-normal">
        <span className="flex flex-wrap items-center gap-2">
          <SeverityBadge severity={d.severity} />
          <span className="text-xs font-medium text-zinc-700">{CATEGORY_LABEL[d.category]}</span>
        </span>
        <span className="mt-1 block font-medium text-zinc-900">{d.summary}</span>
        <Button size="sm" variant="ghost" className="-ml-2.5 mt-1 text-blue-800" onClick={() => onShowInText(d.id)}>
          Show in the text (row {row})
        </Button>
      </th>
      {report.sources.map((s) => (
        <td key={s.id} className="border-b border-l border-zinc-200 px-3 py-2 align-top font-serif">
          <VariantText variant={bySource.get(s.id)} />
        </td>
      ))}
    </tr>
  );
}
