import type { Category, Severity } from "@/lib/engine/types";
import { SEVERITY_RANK } from "./group-discrepancies";

/** A stretch of one paragraph that a discrepancy points at (start = end: a gap, words missing here). */
export interface MarkSpan {
  start: number;
  end: number;
  discrepancy: string;
  severity: Severity;
  category: Category;
}

/**
 * How a paragraph's text is drawn: plain text; a mark on differing words; a thin underline on words
 * only some versions have (an omission seen from the version that has them, never a box); a slim
 * gap marker where this version lacks words the others have.
 */
export type Segment =
  | { kind: "text"; text: string }
  | { kind: "mark"; text: string; span: MarkSpan }
  | { kind: "extra"; text: string; span: MarkSpan }
  | { kind: "gap"; span: MarkSpan };

const graver = (a: MarkSpan, b: MarkSpan) =>
  SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.end - a.start - (b.end - b.start) || a.discrepancy.localeCompare(b.discrepancy, "en", { numeric: true });

/**
 * Text + spans → flat segments, never nested: where spans overlap, the gravest (then narrowest)
 * discrepancy owns the words, so the reader sees one mark, not boxes inside boxes.
 */
export function markSegments(text: string, spans: MarkSpan[]): Segment[] {
  const clamped = spans.map((s) => ({ ...s, start: Math.max(0, Math.min(s.start, text.length)), end: Math.max(0, Math.min(s.end, text.length)) }));
  const gaps = clamped.filter((s) => s.end === s.start);
  const ranged = clamped.filter((s) => s.end > s.start);
  const cuts = [...new Set([0, text.length, ...ranged.flatMap((s) => [s.start, s.end]), ...gaps.map((g) => g.start)])].sort((a, b) => a - b);

  const out: Segment[] = [];
  const gapAt = new Map<number, MarkSpan[]>();
  for (const g of gaps) gapAt.set(g.start, [...(gapAt.get(g.start) ?? []), g]);
  // One marker per discrepancy and place.
  const pushGaps = (at: number) => {
    const seen = new Set<string>();
    for (const g of (gapAt.get(at) ?? []).sort(graver)) if (!seen.has(g.discrepancy) && seen.add(g.discrepancy)) out.push({ kind: "gap", span: g });
  };

  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    pushGaps(from);
    const covering = ranged.filter((s) => s.start <= from && s.end >= to);
    const marks = covering.filter((s) => s.category !== "omission").sort(graver);
    const extras = covering.filter((s) => s.category === "omission").sort(graver);
    const piece = text.slice(from, to);
    const segment: Segment = marks.length
      ? { kind: "mark", text: piece, span: marks[0] }
      : extras.length
        ? { kind: "extra", text: piece, span: extras[0] }
        : { kind: "text", text: piece };
    const last = out[out.length - 1];
    // Neighbouring pieces of the same discrepancy (or plain text) read as one.
    if (last && last.kind !== "gap" && segment.kind === last.kind && spanOf(last) === spanOf(segment)) last.text += piece;
    else out.push(segment);
  }
  pushGaps(text.length);
  return out.filter((s) => s.kind === "gap" || s.text.length > 0);
}

function spanOf(segment: Segment): MarkSpan | undefined {
  return segment.kind === "text" ? undefined : segment.span;
}

/** True when an omission span covers the whole paragraph: drawn as a bar beside it, not on the words. */
export function coversParagraph(text: string, span: MarkSpan): boolean {
  return span.start <= 0 && span.end >= text.trimEnd().length;
}
