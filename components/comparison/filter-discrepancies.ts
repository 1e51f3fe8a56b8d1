import type { Category, Discrepancy, Severity } from "@/lib/engine/types";

export const SEVERITIES: Severity[] = ["substantive", "minor", "cosmetic"];

export interface DiscrepancyFilter {
  /** Severities shown, in the list and as marks in the text. Cosmetic is off by default. */
  severities: Set<Severity>;
  /** "" for every category. */
  category: Category | "";
  /** A source id, "" for every source: keeps the discrepancies that give that source's wording (or its lack). */
  source: string;
  query: string;
}

export const DEFAULT_FILTER: DiscrepancyFilter = {
  severities: new Set<Severity>(["substantive", "minor"]),
  category: "",
  source: "",
  query: "",
};

/** The list as filtered: by severity, category, source and words in the summary or any wording. */
export function filterDiscrepancies(discrepancies: Discrepancy[], filter: DiscrepancyFilter): Discrepancy[] {
  const query = filter.query.trim().toLowerCase();
  return discrepancies.filter(
    (d) =>
      filter.severities.has(d.severity) &&
      (!filter.category || d.category === filter.category) &&
      (!filter.source || d.variants.some((v) => v.source === filter.source)) &&
      (!query || d.summary.toLowerCase().includes(query) || d.variants.some((v) => v.text.toLowerCase().includes(query))),
  );
}
