import { SEVERITY_RANK } from "./group-discrepancies";
import type { MarkSpan } from "./mark-segments";

/** A piece of the primary's text and the differences covering it, gravest and most disputed first. */
export type HeatSegment =
  | { kind: "text"; text: string }
  | { kind: "heat"; text: string; level: number; covers: string[] }
  | { kind: "gap"; span: MarkSpan };

/**
 * The primary's paragraph cut where the differences start and end; each piece carries how many
 * versions read it differently (the highest of the differences covering it). `weight` gives that
 * count per discrepancy id, as the report's readings say.
 */
export function heatSegments(text: string, spans: MarkSpan[], weight: (discrepancyId: string) => number): HeatSegment[] {
  const ranged = spans.filter((s) => s.end > s.start && weight(s.discrepancy) > 0);
  const gaps = spans.filter((s) => s.end === s.start);
  const cuts = [...new Set([0, text.length, ...ranged.flatMap((s) => [s.start, s.end]), ...gaps.map((g) => g.start)])]
    .filter((c) => c >= 0 && c <= text.length)
    .sort((a, b) => a - b);
  const out: HeatSegment[] = [];
  const gapsAt = (at: number) => {
    const seen = new Set<string>();
    for (const g of gaps) if (g.start === at && !seen.has(g.discrepancy) && seen.add(g.discrepancy)) out.push({ kind: "gap", span: g });
  };
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    gapsAt(from);
    const covering = ranged
      .filter((s) => s.start <= from && s.end >= to)
      .sort((a, b) => weight(b.discrepancy) - weight(a.discrepancy) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    const piece = text.slice(from, to);
    const covers = [...new Set(covering.map((s) => s.discrepancy))];
    const last = out[out.length - 1];
    if (!covers.length) {
      if (last?.kind === "text") last.text += piece;
      else out.push({ kind: "text", text: piece });
    } else if (last?.kind === "heat" && last.covers.join() === covers.join()) last.text += piece;
    else out.push({ kind: "heat", text: piece, level: weight(covers[0]), covers });
  }
  gapsAt(text.length);
  return out.filter((s) => s.kind === "gap" || s.text.length > 0);
}

/** Four shades: the share of the other versions that differ there. */
export function heatShade(level: number, others: number): 1 | 2 | 3 | 4 {
  const share = level / Math.max(1, others);
  return share <= 0.25 ? 1 : share <= 0.5 ? 2 : share <= 0.75 ? 3 : 4;
}
