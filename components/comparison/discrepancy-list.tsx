"use client";

import { memo } from "react";
import type { DiscrepancyItem } from "@/lib/report-view";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ReviewControls } from "@/components/review";
import { GROUP_LABEL, type DiscrepancyGroup } from "./group-discrepancies";
import { CATEGORY_LABEL } from "./labels";
import { Readings } from "./readings";
import { SeverityBadge } from "./severity-badge";
import { itemHeadline } from "./wording";

export function listItemId(discrepancyId: string): string {
  return `item-${discrepancyId}`;
}

/**
 * The differences, conflicts first: grouped by the kind of fact disputed, the gravest groups on
 * top; passages missing from some versions in one collapsed group at the end. Each item shows
 * every version's reading, grouped.
 */
export function DiscrepancyList({
  groups,
  total,
  selectedId,
  omissionsOpen,
  onOmissionsOpen,
  onSelect,
  nameOf,
  limit,
  onMore,
}: {
  groups: DiscrepancyGroup[];
  total: number;
  selectedId: string | null;
  omissionsOpen: boolean;
  onOmissionsOpen: (open: boolean) => void;
  onSelect: (id: string) => void;
  nameOf: (id: string) => string;
  /** Items drawn at most (in list order): a 5,000-item list draws the first ones and more on request. */
  limit: number;
  onMore: () => void;
}) {
  const shown = groups.reduce((n, g) => n + g.items.length, 0);
  // A closed group draws nothing; the open ones draw, in order, what the limit allows.
  const drawnOf = new Map<DiscrepancyGroup["kind"], DiscrepancyItem[]>();
  let budget = limit;
  for (const group of groups) {
    const drawn = group.kind === "omissions" && !omissionsOpen ? [] : group.items.slice(0, Math.max(0, budget));
    drawnOf.set(group.kind, drawn);
    budget -= drawn.length;
  }
  if (shown === 0) {
    return (
      <p className="rounded border border-dashed border-zinc-300 p-3 text-sm text-zinc-700">
        {total ? "No differences match these filters." : "The versions agree on every detail the engine checks."}
      </p>
    );
  }
  return (
    <div className="space-y-3">
      {groups.map((group) => {
        const drawn = drawnOf.get(group.kind) ?? [];
        const items = (
          <ol className="mt-1.5 space-y-1.5" aria-label={GROUP_LABEL[group.kind]}>
            {drawn.map((d) => (
              <ListItem key={d.id} item={d} selected={d.id === selectedId} onSelect={onSelect} nameOf={nameOf} />
            ))}
          </ol>
        );
        const heading = (
          <>
            {GROUP_LABEL[group.kind]} <span className="font-normal tabular-nums text-zinc-700">({group.items.length})</span>
          </>
        );
        return group.kind === "omissions" ? (
          <details
            key={group.kind}
            open={omissionsOpen}
            onToggle={(e) => onOmissionsOpen(e.currentTarget.open)}
            data-group={group.kind}
            className="rounded-md border border-zinc-200 bg-white"
          >
            <summary className="flex min-h-8 cursor-pointer items-center px-3 text-sm font-semibold text-zinc-900">
              <span className="ml-1">{heading}</span>
            </summary>
            <div className="px-2 pb-2">{items}</div>
          </details>
        ) : drawn.length ? (
          <section key={group.kind} data-group={group.kind} aria-label={GROUP_LABEL[group.kind]}>
            <h3 className="text-sm font-semibold text-zinc-900">{heading}</h3>
            {items}
          </section>
        ) : null;
      })}
      {limit < drawnTotal(groups, omissionsOpen) && (
        <Button className="w-full" onClick={onMore}>
          Show more differences ({(drawnTotal(groups, omissionsOpen) - limit).toLocaleString("en")} not listed yet)
        </Button>
      )}
    </div>
  );
}

/** Memoised: moving the selection re-renders two items, not the whole list. */
const ListItem = memo(function ListItem({
  item: d,
  selected,
  onSelect,
  nameOf,
}: {
  item: DiscrepancyItem;
  selected: boolean;
  onSelect: (id: string) => void;
  nameOf: (id: string) => string;
}) {
  return (
    <li
      id={listItemId(d.id)}
      data-discrepancy-item={d.id}
      data-key={d.key}
      data-severity={d.severity}
      data-category={d.category}
      aria-current={selected ? "true" : undefined}
      className={cn("scroll-my-2 rounded-md border", selected ? "border-blue-700 bg-blue-50 ring-1 ring-blue-700" : "border-zinc-200 bg-white")}
    >
      <button type="button" onClick={() => onSelect(d.id)} className="w-full rounded-md px-3 pb-1 pt-2 text-left hover:bg-zinc-50">
        <span className="flex flex-wrap items-center gap-2">
          <SeverityBadge severity={d.severity} />
          <span className="text-xs font-medium text-zinc-700">{CATEGORY_LABEL[d.category]}</span>
          <span className="ml-auto text-xs text-zinc-600">passage {d.rowIndex + 1}</span>
        </span>
        <span className="mt-1 block text-sm font-medium text-zinc-900">{itemHeadline(d, nameOf)}</span>
      </button>
      <div className="px-3 pb-2">
        {d.category !== "omission" && <Readings item={d} nameOf={nameOf} className="mb-1.5" maxNames={selected ? 12 : 4} />}
        <ReviewControls discrepancy={d} />
      </div>
    </li>
  );
});

function drawnTotal(groups: DiscrepancyGroup[], omissionsOpen: boolean): number {
  return groups.reduce((n, g) => n + (g.kind === "omissions" && !omissionsOpen ? 0 : g.items.length), 0);
}
