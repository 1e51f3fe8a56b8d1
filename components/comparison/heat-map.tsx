import { memo } from "react";
import type { ViewRow, ViewSource } from "@/lib/report-view";
import { Button } from "@/components/ui/button";
import { plural } from "@/components/plural";
import { AbsentPassage, rowElementId, type TextProps } from "./alignment-table";
import { heatSegments, heatShade } from "./heat-segments";
import { Readings } from "./readings";
import { spansOf } from "./report-index";
import { SeverityBadge } from "./severity-badge";
import { itemHeadline, joinNames } from "./wording";

/** The passage whose readings are open under it: a paragraph (or a row the primary lacks) and its differences. */
export interface OpenPassage {
  /** Paragraph id, or `row-<n>` for a row the primary lacks. */
  at: string;
  ids: string[];
}

/**
 * Single-text mode for many versions: the primary's text, shaded by how many of the other versions
 * read each passage differently (Juxta's heat map). Clicking a shaded passage opens every version's
 * reading of it under the paragraph.
 */
export function HeatMap({
  primary,
  sourceCount,
  open,
  onClose,
  ...text
}: TextProps & {
  primary: ViewSource;
  sourceCount: number;
  open: OpenPassage | null;
  onClose: () => void;
}) {
  const others = sourceCount - 1;
  return (
    <div data-heat-map className="rounded-md border border-zinc-300 bg-white">
      <div className="sticky top-0 z-20 flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-zinc-300 bg-zinc-100 px-4 py-2 text-sm">
        <span className="font-semibold text-zinc-900">{primary.name}</span>
        <span className="text-zinc-700" id="heat-legend">
          Shaded by how many of the other {others} versions read a passage differently:
        </span>
        <span className="flex items-center gap-1" aria-describedby="heat-legend">
          {[1, 2, 3, 4].map((shade) => (
            <span key={shade} data-heat={shade} className="heat-swatch rounded px-1.5 text-xs text-zinc-950">
              {legendLabel(shade, others)}
            </span>
          ))}
        </span>
      </div>
      <div className="max-w-[52rem] px-4 py-3 sm:px-6">
        {runs(text.rows, primary.id).map((run) =>
          run.absent ? (
            <AbsentRun key={run.rows[0].id} stretch={run.rows} primary={primary} sourceCount={sourceCount} open={open} onClose={onClose} {...text} />
          ) : (
            <HeatRow key={run.rows[0].id} row={run.rows[0]} primary={primary} others={others} open={open} onClose={onClose} {...text} />
          ),
        )}
      </div>
    </div>
  );
}

/** Rows in order, with each stretch of rows the primary lacks gathered into one run. */
function runs(rows: ViewRow[], primary: string): Array<{ absent: boolean; rows: ViewRow[] }> {
  const out: Array<{ absent: boolean; rows: ViewRow[] }> = [];
  for (const row of rows) {
    const absent = !row.cells[primary]?.length;
    const last = out[out.length - 1];
    if (absent && last?.absent) last.rows.push(row);
    else out.push({ absent, rows: [row] });
  }
  return out;
}

/**
 * Passages the primary lacks, one slim line for the whole stretch; opened, each passage is listed
 * with the versions that have it, and a click shows their readings.
 */
function AbsentRun({
  stretch,
  primary,
  sourceCount,
  open,
  onClose,
  index,
  shown,
}: TextProps & { stretch: ViewRow[]; primary: ViewSource; sourceCount: number; open: OpenPassage | null; onClose: () => void }) {
  const holdsOpen = stretch.some((r) => open?.at === `row-${r.index}`);
  return (
    <details open={holdsOpen || undefined} className="my-1 rounded border border-dashed border-zinc-300 bg-zinc-50 text-sm">
      <summary className="flex min-h-7 cursor-pointer items-center px-2 italic text-zinc-700">
        <span className="ml-1">
          {stretch.length === 1
            ? `Passage ${stretch[0].index + 1}`
            : `${stretch.length} passages (${stretch[0].index + 1}–${stretch[stretch.length - 1].index + 1})`}{" "}
          not in {primary.name}
        </span>
      </summary>
      <ul className="space-y-1 px-2 pb-2">
        {stretch.map((row) => {
          const missing = (index.itemsByRow.get(row.index) ?? []).find((d) => d.category === "omission" && shown(d));
          const present = Object.keys(row.cells).filter((id) => row.cells[id]?.length);
          return (
            <li key={row.id} id={rowElementId(row.index)} data-row-index={row.index} className="scroll-mt-28">
              <AbsentPassage
                missing={missing}
                label={`Passage ${row.index + 1}: in ${present.length} of ${sourceCount} versions (${joinNames(present.map(index.nameOf))})`}
                className="not-italic"
              />
              {open?.at === `row-${row.index}` && <PassageReadings ids={open.ids} index={index} onClose={onClose} />}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

function legendLabel(shade: number, others: number): string {
  const top = Math.max(1, Math.round((shade / 4) * others));
  const bottom = Math.max(1, Math.round(((shade - 1) / 4) * others) + 1);
  return top <= bottom ? String(top) : `${bottom}–${top}`;
}

const HeatRow = memo(function HeatRow({
  row,
  primary,
  others,
  open,
  onClose,
  loaded,
  index,
  shown,
}: TextProps & { row: ViewRow; primary: ViewSource; others: number; open: OpenPassage | null; onClose: () => void }) {
  const ids = row.cells[primary.id] ?? [];
  const weight = (id: string) => {
    const d = index.itemById.get(id);
    return d ? index.differFromPrimary(d) : 0;
  };
  return (
    <section id={rowElementId(row.index)} data-row-index={row.index} aria-label={`Passage ${row.index + 1}`} className="scroll-mt-28 py-1">
      {ids.map((id) => {
          const text = loaded.paragraphs.get(id) ?? "";
          const segments = heatSegments(text, spansOf(loaded.marks.get(id), index, shown), weight);
          return (
            <div key={id}>
              <p data-paragraph={id} className="my-2 font-serif text-[1.05rem] leading-relaxed text-zinc-900">
                {segments.map((s, i) =>
                  s.kind === "text" ? (
                    s.text
                  ) : s.kind === "gap" ? (
                    <mark key={i} tabIndex={0} data-gap data-discrepancy={s.span.discrepancy} >
                      <span className="sr-only">(words missing here that other versions have)</span>
                    </mark>
                  ) : (
                    <mark
                      key={i}
                      tabIndex={0}
                      data-heat={heatShade(s.level, others)}
                      data-discrepancy={s.covers[0]}
                      data-covers={s.covers.join(" ")}
                      title={`${plural(s.level, "other version")} of ${others} read this differently`}
                    >
                      {s.text}
                    </mark>
                  ),
                )}
              </p>
              {open?.at === id && <PassageReadings ids={open.ids} index={index} onClose={onClose} />}
            </div>
          );
        })}
    </section>
  );
});

/** Every version's reading of the clicked passage, under it. */
function PassageReadings({ ids, index, onClose }: { ids: string[]; index: TextProps["index"]; onClose: () => void }) {
  const items = ids.map((id) => index.itemById.get(id)).filter((d) => !!d);
  return (
    <section
      role="region"
      aria-label="Every version's reading of this passage"
      data-passage-readings
      className="my-2 rounded-md border border-blue-300 bg-blue-50/60 p-3 font-sans"
    >
      <div className="flex items-start justify-between gap-2">
        <h3 className="text-sm font-semibold text-zinc-900">Every version’s reading</h3>
        <Button size="sm" variant="ghost" onClick={onClose} className="-mr-1 -mt-1 min-h-6">
          Close
        </Button>
      </div>
      <ul className="mt-1 space-y-2">
        {items.map((d) => (
          <li key={d.id}>
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <SeverityBadge severity={d.severity} />
              <span className="font-medium text-zinc-900">{itemHeadline(d, index.nameOf)}</span>
            </p>
            <Readings item={d} nameOf={index.nameOf} maxNames={8} className="mt-1" />
          </li>
        ))}
      </ul>
    </section>
  );
}
