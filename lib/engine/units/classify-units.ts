/**
 * CLASSIFY (per unit): the versions of one statement are word-diffed against the unit's most
 * central version (its medoid, so no upload order or primary decides what the others are read
 * against) and each difference is judged by the detectors, as classify.ts does for any set of
 * texts. Offsets come back relative to the sentence and are moved onto the paragraph here.
 */
import { classifyRow, type RowText } from "../classify";
import type { Budget, FoundDiscrepancy, TextSpan, Variant } from "../types";
import type { SentenceRef } from "./sentences";
import type { Unit } from "./align-units";

/** Where a sentence's text starts inside its paragraph, keyed by the part id classify sees. */
type Offsets = Map<string, { paragraph: string; start: number }>;

/**
 * Discrepancies among the versions of one unit. `rank` gives each source's canonical rank (the
 * medoid's tie-break); `reportOrder` the order variants are listed in.
 */
export function classifyUnit(unit: Unit, unitId: string, rank: Map<string, number>, reportOrder: string[], similarity: (a: SentenceRef, b: SentenceRef) => number, budget: Budget): FoundDiscrepancy[] {
  const bySource = new Map<string, SentenceRef[]>();
  for (const s of unit.members) bySource.set(s.source, [...(bySource.get(s.source) ?? []), s]);
  if (bySource.size < 2) return [];
  const offsets: Offsets = new Map();
  const texts: RowText[] = [...bySource].map(([source, sentences]) => ({
    source,
    parts: sentences.map((s) => {
      const part = `${s.paragraph}#${s.start}`;
      offsets.set(part, { paragraph: s.paragraph, start: s.start });
      return { paragraph: part, text: s.text };
    }),
  }));
  const base = medoid(bySource, rank, similarity);
  const present = reportOrder.filter((id) => bySource.has(id));
  return classifyRow(unitId, texts, base, present, budget)
    .filter((d) => !isRewordingNote(d) && !isSlightOmission(d))
    .map((d) => ({ ...d, variants: padVariants(d.variants.map((v) => ({ ...v, spans: v.spans.map((sp) => onParagraph(sp, offsets)) })), reportOrder) }));
}

/** The version closest to all the others; ties go to the canonically first source. */
function medoid(bySource: Map<string, SentenceRef[]>, rank: Map<string, number>, similarity: (a: SentenceRef, b: SentenceRef) => number): string {
  let best = "";
  let bestScore = -1;
  const sources = [...bySource.keys()].sort((a, b) => rank.get(a)! - rank.get(b)!);
  for (const source of sources) {
    let score = 0;
    for (const other of sources) if (other !== source) score += similarity(bySource.get(source)![0], bySource.get(other)![0]);
    if (score > bestScore + 1e-9) {
      best = source;
      bestScore = score;
    }
  }
  return best;
}

/** classify.ts's one-line "reworded in N versions" note: the unit itself already says so. */
function isRewordingNote(d: FoundDiscrepancy): boolean {
  return d.severity === "minor" && d.category === "characterization" && d.summary.startsWith("Wording: reworded");
}

/**
 * Words one version adds inside a shared statement ("approximately", "on the Guadalupe River") are
 * an omission worth an editor's time only when they carry a fact: a figure, a name, a quotation.
 */
function isSlightOmission(d: FoundDiscrepancy): boolean {
  if (d.category !== "omission") return false;
  const added = d.variants.map((v) => v.core).filter(Boolean);
  return !added.some((core) => core.split(/\s+/).length >= MIN_OMITTED_WORDS && FIGURE_OR_QUOTE.test(core));
}

/** A figure or a quotation mark: what a dropped clause must carry to be worth reporting. */
const FIGURE_OR_QUOTE = /\d|[“”"«»]/u;
/** Fewest words of an in-statement omission that is reported. */
const MIN_OMITTED_WORDS = 3;

function onParagraph(span: TextSpan, offsets: Offsets): TextSpan {
  const at = offsets.get(span.paragraph);
  if (!at) return span;
  return { paragraph: at.paragraph, start: span.start + at.start, end: span.end + at.start };
}

/** One variant per version in report order; versions outside the unit do not state the fact. */
export function padVariants(variants: Variant[], reportOrder: string[]): Variant[] {
  const bySource = new Map(variants.map((v) => [v.source, v]));
  return reportOrder.map((source) => bySource.get(source) ?? { source, text: "", core: "", spans: [] });
}
