import type { DiscrepancyItem } from "@/lib/report-view";

/** "A", "A and B", "A, B and C"; past `max` names, "A, B, C and 7 others". */
export function joinNames(names: string[], max = 4): string {
  if (names.length <= 1) return names[0] ?? "";
  if (names.length > max) return `${names.slice(0, max - 1).join(", ")} and ${names.length - (max - 1)} others`;
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** At most `max` characters, cut at a space (never inside a word), with an ellipsis when cut. */
export function excerpt(text: string, max = 90): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf(" ", max - 1);
  return `${clean.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:]+$/, "")} …`;
}

/**
 * The item's headline. For an omission it says where the passage is, in plain counts ("Only in TASS
 * and The Moscow Times: “…”"); otherwise it is the engine's summary.
 */
export function itemHeadline(d: DiscrepancyItem, nameOf: (id: string) => string): string {
  if (d.category !== "omission") return d.summary;
  const present = d.values.flatMap((v) => v.sources);
  const passage = d.values[0]?.value ?? "";
  const where =
    present.length <= d.absent.length
      ? `Only in ${joinNames(present.map(nameOf))}`
      : `Missing from ${joinNames(d.absent.map(nameOf))}`;
  return passage ? `${where}: “${excerpt(passage, 80)}”` : where;
}
