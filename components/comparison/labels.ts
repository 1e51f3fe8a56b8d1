import type { Severity } from "@/lib/engine/types";

export const SEVERITY_LABEL: Record<Severity, string> = {
  substantive: "Substantive",
  minor: "Minor",
  cosmetic: "Cosmetic",
};

export { CATEGORY_LABEL } from "@/lib/engine/labels";

/** Badge colours: dark text on a light tint, all above 4.5:1. */
export const SEVERITY_BADGE: Record<Severity, string> = {
  substantive: "bg-red-100 text-red-900 ring-1 ring-red-300",
  minor: "bg-amber-100 text-amber-900 ring-1 ring-amber-300",
  cosmetic: "bg-sky-100 text-sky-900 ring-1 ring-sky-300",
};
