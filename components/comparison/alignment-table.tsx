import { memo } from "react";
import type { DiscrepancyItem, ViewRow, ViewSource } from "@/lib/report-view";
import { cn } from "@/components/ui/cn";
import { ParagraphText } from "./paragraph-text";
import { RemovedBlocks } from "./removed-blocks";
import { spansOf, type ReportIndex } from "./report-index";
import { SourceHeader } from "./source-header";
import { joinNames } from "./wording";
import type { RowWindow } from "./use-row-window";

export function rowElementId(index: number): string {
  return `row-${index + 1}`;
}

export interface TextProps {
  loaded: RowWindow;
  /** The window's rows that are drawn (hide-agreeing leaves some out). */
  rows: ViewRow[];
  index: ReportIndex;
  /** Whether a difference is drawn in the text (its severity is on, it is not dismissed). */
  shown: (d: DiscrepancyItem) => boolean;
  presence: (discrepancyId: string) => string;
}

/**
 * The versions side by side: one column per shown source (the primary pinned first), one row per
 * aligned passage. The page itself scrolls (no inner scroll box): the column heads stick to the top.
 */
export function AlignmentTable({
  sources,
  primary,
  atEnd,
  onRestore,
  busy,
  ...text
}: TextProps & {
  sources: ViewSource[];
  primary: string;
  /** The last row is loaded: the removed blocks can follow. */
  atEnd: boolean;
  onRestore: (blockId: string) => void;
  busy: boolean;
}) {
  return (
    <table className="w-full table-fixed border-separate border-spacing-0" data-alignment-table>
      <caption className="sr-only">
        {sources.length === 1
          ? `${sources[0].name}, one row per passage. Marked words differ from other versions.`
          : `${sources.length} versions side by side, one row per passage. Marked words differ between versions.`}
      </caption>
      <colgroup>
        <col className="w-10" />
        {sources.map((s) => (
          <col key={s.id} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="sticky top-0 z-20 border-b border-zinc-300 bg-zinc-100 px-1 py-2 text-xs font-semibold text-zinc-700">
            <span className="sr-only">Row</span>#
          </th>
          {sources.map((source) => (
            <th key={source.id} scope="col" className="sticky top-0 z-20 border-b border-l border-zinc-300 bg-zinc-100 px-3 py-2 align-top">
              <SourceHeader source={source} primary={source.id === primary} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {text.rows.map((row) => (
          <AlignmentRow key={row.id} row={row} sources={sources} {...text} />
        ))}
        {atEnd && (
          <tr>
            <th scope="row" className="border-t border-zinc-300 bg-zinc-100 px-1 py-2 text-xs font-semibold text-zinc-700">
              <span className="sr-only">Removed blocks</span>
              <span aria-hidden>✂</span>
            </th>
            {sources.map((source) => (
              <td key={source.id} className="border-l border-t border-zinc-300 bg-zinc-50 px-3 py-2 align-top">
                <RemovedBlocks source={source} onRestore={onRestore} busy={busy} />
              </td>
            ))}
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** Memoised: selecting or filtering in the list must not re-render hundreds of paragraphs. */
const AlignmentRow = memo(function AlignmentRow({
  row,
  sources,
  loaded,
  index,
  shown,
  presence,
}: TextProps & { row: ViewRow; sources: ViewSource[] }) {
  const items = index.itemsByRow.get(row.index) ?? [];
  const substantive = items.filter((d) => d.severity === "substantive" && shown(d)).length;
  return (
    <tr id={rowElementId(row.index)} data-row-index={row.index} className="scroll-mt-28">
      <th scope="row" className="border-b border-zinc-200 bg-zinc-50 px-1 py-2 text-center align-top text-xs font-semibold text-zinc-700">
        {row.index + 1}
        {substantive > 0 && (
          <span className="mt-1 block text-red-800" title={`${substantive} substantive`}>
            <span aria-hidden>●</span>
            <span className="sr-only">, {substantive} substantive</span>
          </span>
        )}
      </th>
      {sources.every((s) => !row.cells[s.id]?.length) ? (
        <td colSpan={sources.length} className="border-b border-l border-zinc-200 px-3 py-1 align-top">
          <AbsentPassage
            missing={items.find((d) => d.category === "omission" && shown(d))}
            label={`Not in the versions shown; in ${joinNames(
              Object.keys(row.cells)
                .filter((id) => row.cells[id]?.length)
                .map(index.nameOf),
            )}`}
          />
        </td>
      ) : (
        sources.map((source) => {
        const ids = row.cells[source.id] ?? [];
        return (
          <td key={source.id} data-source={source.id} className="border-b border-l border-zinc-200 px-3 py-2 align-top">
            {ids.length ? (
              ids.map((id) => (
                <ParagraphText
                  key={id}
                  id={id}
                  text={loaded.paragraphs.get(id) ?? ""}
                  spans={spansOf(loaded.marks.get(id), index, shown)}
                  presence={presence}
                  className="mb-2 last:mb-0"
                />
              ))
            ) : (
              <AbsentPassage missing={items.find((d) => d.category === "omission" && d.absent.includes(source.id) && shown(d))} />
            )}
          </td>
        );
        })
      )}
    </tr>
  );
});

/** A slim tinted placeholder where this version lacks the passage; it selects the omission when there is one. */
export function AbsentPassage({
  missing,
  label = "Not in this version",
  className,
}: {
  missing: DiscrepancyItem | undefined;
  label?: string;
  className?: string;
}) {
  const classes = cn(
    "flex min-h-6 w-full items-center rounded border border-dashed border-zinc-300 bg-zinc-50 px-2 text-left text-xs italic text-zinc-600",
    className,
  );
  if (!missing) return <p className={classes}>{label}</p>;
  return (
    <button type="button" data-absent-cell data-discrepancy={missing.id} className={cn(classes, "hover:bg-zinc-100")}>
      {label}
    </button>
  );
}
