import type { Category } from "./types";

/** What each category is called in summaries, the page and the exports: one wording everywhere. */
export const CATEGORY_LABEL: Record<Category, string> = {
  entity: "Name",
  number: "Number",
  date: "Date",
  quote: "Quote",
  characterization: "Characterization",
  negation: "Negation",
  omission: "Omission",
  spelling: "Spelling",
  punctuation: "Punctuation",
  format: "Format",
};
