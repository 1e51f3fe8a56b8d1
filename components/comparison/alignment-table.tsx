import { memo } from "react";
import type { Report, ReportRow, ReportSource } from "@/lib/engine/types";
import type { MarkSpan } from "./nest-marks";
import { ParagraphText } from "./paragraph-text";
import { RemovedBlocks } from "./removed-blocks";
import type { ReportIndex } from "./report-index";
import { SourceHeader } from "./source-header";

/** Room for a readable line per source; more sources than fit scroll sideways. */
const COLUMN_REM = 22;
const GUTTER_REM = 3.5;

export function rowElementId(rowId: string): string {
  return `row-${rowId}`;
}

/**
 * The alignment table: one column per source, one row per passage, as report.rows says. The scroll
 * box holds both axes so the header (sticky top) and the row gutter (sticky left) stay in view.
 */
export function AlignmentTable({
  report,
  index,
  spansByParagraph,
  onRestore,
  busy,
}: {
  report: Report;
  index: ReportIndex;
  /** Only the marks currently shown (cosmetic ones hidden unless asked for). */
  spansByParagraph: Map<string, MarkSpan[]>;
  onRestore: (blockId: string) => void;
  busy: boolean;
}) {
  const width = `max(100%, ${GUTTER_REM + report.sources.length * COLUMN_REM}rem)`;
  return (
    <div
      role="region"
      aria-label="Sources side by side"
      tabIndex={0}
      className="max-h-[calc(100vh-9rem)] overflow-auto rounded-md border border-zinc-300 bg-white"
    >
      <table className="table-fixed border-separate border-spacing-0" style={{ width }}>
        <caption className="sr-only">
          The {report.sources.length} sources side by side, one row per passage. Marked words differ between sources.
        </caption>
        <colgroup>
          <col style={{ width: `${GUTTER_REM}rem` }} />
          {report.sources.map((s) => (
            <col key={s.id} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 top-0 z-30 border-b border-r border-zinc-300 bg-zinc-100 px-2 py-2 text-xs font-semibold text-zinc-700">
              Row
            </th>
            {report.sources.map((source) => (
              <th
                key={source.id}
                scope="col"
                className="sticky top-0 z-20 border-b border-l border-zinc-300 bg-zinc-100 px-3 py-2 align-top"
              >
                <SourceHeader source={source} primary={source.id === report.primary} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <AlignmentRow
              key={row.id}
              row={row}
              number={index.rowNumber.get(row.id) ?? 0}
              substantive={index.discrepanciesByRow.get(row.id)?.filter((d) => d.severity === "substantive").length ?? 0}
              sources={report.sources}
              index={index}
              spansByParagraph={spansByParagraph}
            />
          ))}
          <tr>
            <th scope="row" className="sticky left-0 z-10 border-r border-t border-zinc-300 bg-zinc-100 px-2 py-2 text-xs font-semibold text-zinc-700">
              <span className="sr-only">Removed blocks</span>
              <span aria-hidden>✂</span>
            </th>
            {report.sources.map((source) => (
              <td key={source.id} className="border-l border-t border-zinc-300 bg-zinc-50 px-3 py-2 align-top">
                <RemovedBlocks source={source} onRestore={onRestore} busy={busy} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** Memoised: selecting or filtering in the list must not re-render hundreds of paragraphs. */
const AlignmentRow = memo(function AlignmentRow({
  row,
  number,
  substantive,
  sources,
  index,
  spansByParagraph,
}: {
  row: ReportRow;
  number: number;
  substantive: number;
  sources: ReportSource[];
  index: ReportIndex;
  spansByParagraph: Map<string, MarkSpan[]>;
}) {
  return (
    <tr id={rowElementId(row.id)} className="scroll-mt-24">
      <th scope="row" className="sticky left-0 z-10 border-b border-r border-b-zinc-200 border-r-zinc-300 bg-zinc-50 px-2 py-2 text-center align-top text-xs font-semibold text-zinc-700">
        {number}
        {substantive > 0 && (
          <span className="mt-1 block text-red-800" title={`${substantive} substantive`}>
            <span aria-hidden>●</span>
            <span className="sr-only">, {substantive} substantive</span>
          </span>
        )}
      </th>
      {sources.map((source) => {
        const paragraphs = (row.cells[source.id] ?? []).map((id) => index.paragraphById.get(id)).filter((p) => !!p);
        return (
          <td key={source.id} data-source={source.id} className="border-b border-l border-zinc-200 px-3 py-2 align-top">
            {paragraphs.length ? (
              paragraphs.map((p) => (
                <p key={p.id} className="mb-2 font-serif leading-relaxed text-zinc-900 last:mb-0">
                  <ParagraphText text={p.text} spans={spansByParagraph.get(p.id)} />
                </p>
              ))
            ) : (
              <p className="text-sm italic text-zinc-600">not in this version</p>
            )}
          </td>
        );
      })}
    </tr>
  );
});
