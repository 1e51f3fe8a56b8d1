import type { Category, Severity } from "@/lib/engine/types";

/** A stretch of one paragraph that a discrepancy marks. */
export interface MarkSpan {
  start: number;
  end: number;
  discrepancy: string;
  severity: Severity;
  category: Category;
}

export type MarkNode = { kind: "text"; text: string } | { kind: "mark"; span: MarkSpan; children: MarkNode[] };

const SEVERITY_RANK: Record<Severity, number> = { substantive: 0, minor: 1, cosmetic: 2 };

/** Wider spans enclose narrower ones; on equal ranges the graver discrepancy is the outer mark. */
function outerFirst(a: MarkSpan, b: MarkSpan): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.discrepancy.localeCompare(b.discrepancy, "en", { numeric: true })
  );
}

/**
 * Text + possibly overlapping spans → a well-nested tree of marks, as HTML needs. The text is cut at
 * every span boundary; each piece is wrapped in the spans covering it, reusing the marks already
 * open. Spans that cross each other come out as two marks with the same discrepancy id.
 */
export function nestMarks(text: string, spans: MarkSpan[]): MarkNode[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  if (!valid.length) return text ? [{ kind: "text", text }] : [];

  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const root: MarkNode[] = [];
  const open: Array<Extract<MarkNode, { kind: "mark" }>> = [];

  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const covering = valid.filter((s) => s.start <= from && s.end >= to).sort(outerFirst);
    let kept = 0;
    while (kept < open.length && kept < covering.length && open[kept].span === covering[kept]) kept++;
    open.length = kept;
    for (const span of covering.slice(kept)) {
      const node: MarkNode = { kind: "mark", span, children: [] };
      (open.length ? open[open.length - 1].children : root).push(node);
      open.push(node);
    }
    (open.length ? open[open.length - 1].children : root).push({ kind: "text", text: text.slice(from, to) });
  }
  return root;
}
