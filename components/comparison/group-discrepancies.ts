import type { Category, Severity } from "@/lib/engine/types";
import { involvedIn, type DiscrepancyItem } from "@/lib/report-view";
import type { ViewState } from "./view-state";

/**
 * Conflicts first: the list grouped by what kind of fact is disputed, the gravest groups on top,
 * passages missing from some versions gathered in one group at the end (collapsed by the list).
 */
export type GroupKind = "names" | "numbers" | "dates" | "quotes" | "characterizations" | "negations" | "wording" | "omissions";

export const GROUP_LABEL: Record<GroupKind, string> = {
  names: "Names",
  numbers: "Numbers",
  dates: "Dates and times",
  quotes: "Quotations",
  characterizations: "Characterizations",
  negations: "Negations",
  wording: "Wording and style",
  omissions: "Passages missing from some versions",
};

const KIND_OF: Record<Category, GroupKind> = {
  entity: "names",
  number: "numbers",
  date: "dates",
  quote: "quotes",
  characterization: "characterizations",
  negation: "negations",
  spelling: "wording",
  punctuation: "wording",
  format: "wording",
  omission: "omissions",
};

const KIND_ORDER: GroupKind[] = ["names", "numbers", "dates", "quotes", "negations", "characterizations", "wording", "omissions"];
/** List items drawn at first and per "Show more": the first screenful or two, never five thousand. */
export const LIST_PAGE = 60;

export const SEVERITY_RANK: Record<Severity, number> = { substantive: 0, minor: 1, cosmetic: 2 };

export interface DiscrepancyGroup {
  kind: GroupKind;
  items: DiscrepancyItem[];
}

/** The list's filters: severity, category, source and words in the summary or any reading. */
export function filterItems(items: DiscrepancyItem[], state: Pick<ViewState, "severities" | "category" | "source" | "query">): DiscrepancyItem[] {
  const query = state.query.trim().toLowerCase();
  return items.filter(
    (d) =>
      state.severities.has(d.severity) &&
      (!state.category || d.category === state.category) &&
      (!state.source || involvedIn(d).includes(state.source)) &&
      (!query || d.summary.toLowerCase().includes(query) || d.values.some((v) => v.value.toLowerCase().includes(query))),
  );
}

/** Groups in reading order: gravest first, then by kind; omissions always last. Items: gravest, then text order. */
export function groupItems(items: DiscrepancyItem[]): DiscrepancyGroup[] {
  const byKind = new Map<GroupKind, DiscrepancyItem[]>();
  for (const d of items) {
    const kind = KIND_OF[d.category];
    const group = byKind.get(kind);
    if (group) group.push(d);
    else byKind.set(kind, [d]);
  }
  const gravest = (g: DiscrepancyItem[]) => g.reduce((rank, d) => Math.min(rank, SEVERITY_RANK[d.severity]), 2);
  return [...byKind]
    .map(([kind, group]) => ({
      kind,
      items: group.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.rowIndex - b.rowIndex),
    }))
    .sort(
      (a, b) =>
        Number(a.kind === "omissions") - Number(b.kind === "omissions") ||
        gravest(a.items) - gravest(b.items) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
    );
}
