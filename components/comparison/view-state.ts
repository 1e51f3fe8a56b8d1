import type { Category, Severity } from "@/lib/engine/types";

/**
 * How the editor is looking at a comparison, as it lives in the URL: a link pasted into chat opens
 * the same difference, filters and view. Only what differs from the defaults is written.
 */
export type ViewMode = "columns" | "heat" | "matrix";

export const SEVERITIES: Severity[] = ["substantive", "minor", "cosmetic"];
const DEFAULT_SEVERITIES: Severity[] = ["substantive", "minor"];
const CATEGORIES: Category[] = [
  "entity",
  "number",
  "date",
  "quote",
  "characterization",
  "negation",
  "omission",
  "spelling",
  "punctuation",
  "format",
];
/** Columns shown side by side before the editor chooses (and before the page knows its width). */
export const DEFAULT_COLUMNS = 4;
/** The narrowest column a paragraph still reads well in: the primary and three more fit 1440 px. */
export const MIN_COLUMN_PX = 216;
/** The single-text heat map is offered from this many sources on. */
export const HEAT_MAP_MIN_SOURCES = 4;

export interface ViewState {
  /** Key of the selected discrepancy (`?d=`), null when none. */
  selected: string | null;
  severities: Set<Severity>;
  /** "" for every category. */
  category: Category | "";
  /** A source id, "" for every source: keeps the discrepancies that source takes part in. */
  source: string;
  query: string;
  /** Hide the rows where the shown versions agree (no visible difference). */
  hideAgreeing: boolean;
  mode: ViewMode;
  /** Source ids shown as columns, in source order; null = the default choice. */
  shown: string[] | null;
  /** The version read on a phone (one at a time); null = the primary. */
  phoneSource: string | null;
}

export type SearchParams = Record<string, string | string[] | undefined>;

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

function list(value: string | string[] | undefined): string[] {
  return one(value)
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseViewState(params: SearchParams, sourceIds: string[]): ViewState {
  const known = new Set(sourceIds);
  const severities = list(params.sev).filter((s): s is Severity => (SEVERITIES as string[]).includes(s));
  const category = one(params.cat);
  const mode = one(params.view);
  const shown = list(params.show).filter((id) => known.has(id));
  const phone = one(params.read);
  return {
    selected: one(params.d) || null,
    severities: new Set(params.sev !== undefined ? severities : DEFAULT_SEVERITIES),
    category: (CATEGORIES as string[]).includes(category) ? (category as Category) : "",
    source: known.has(one(params.src)) ? one(params.src) : "",
    query: one(params.q).slice(0, 200),
    hideAgreeing: one(params.hide) === "1",
    mode: mode === "heat" && sourceIds.length >= HEAT_MAP_MIN_SOURCES ? "heat" : mode === "matrix" ? "matrix" : "columns",
    shown: shown.length ? sourceIds.filter((id) => shown.includes(id)) : null,
    phoneSource: known.has(phone) ? phone : null,
  };
}

export function viewStateQuery(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set("d", state.selected);
  const severities = SEVERITIES.filter((s) => state.severities.has(s));
  if (severities.join(",") !== DEFAULT_SEVERITIES.join(",")) params.set("sev", severities.join(","));
  if (state.category) params.set("cat", state.category);
  if (state.source) params.set("src", state.source);
  if (state.query.trim()) params.set("q", state.query.trim());
  if (state.hideAgreeing) params.set("hide", "1");
  if (state.mode !== "columns") params.set("view", state.mode);
  if (state.shown) params.set("show", state.shown.join(","));
  if (state.phoneSource) params.set("read", state.phoneSource);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The columns shown: the editor's choice, else the primary pinned first and the next ones that fit. */
export function shownSources(state: ViewState, sourceIds: string[], primary: string, fit = DEFAULT_COLUMNS): string[] {
  const chosen = state.shown ?? sourceIds.filter((id) => id !== primary).slice(0, Math.max(1, fit) - 1);
  return [primary, ...sourceIds.filter((id) => id !== primary && chosen.includes(id))];
}
