/**
 * CLAUSE OMISSIONS: words a version adds inside statements the others share (classify-units reports
 * each as an omission of its unit) that run on over consecutive statements, added by the same
 * versions and lacking from the same versions, are one omission. A list whose every entry one
 * version gives with a weight, or a run of sentences each carrying one more clause, reads as one
 * difference to an editor, not one per sentence — the rule omissions.ts applies to whole statements.
 */
import { appendTo } from "../collections";
import { QUOTATION_MARK } from "../lexicon/quotation-marks";
import { MAX_SUMMARY_WORDING, clip } from "../classify-text";
import type { FoundDiscrepancy, Severity, TextSpan, Variant } from "../types";
import type { SentenceRef } from "./sentences";
import { quantitiesOfText, type Quantity } from "../facts/quantity";
import { statesFigure, type PlacedQuantity } from "../facts/quantity-conflicts";

interface Clause {
  /** Position in `found`. */
  at: number;
  /** Carrying source → reading-order position of the sentence its words sit in. */
  carriedAt: Map<string, number>;
  key: string;
}

/**
 * `found` without the clause omissions whose figures every version lacking the words states
 * elsewhere, by value ("with a total of almost 227,000 participants" against "226,889 people" two
 * sentences on): a version omits a fact only when no sentence of it states that fact. Clauses with
 * quoted words stay: a quotation is checked word for word, not by its figures.
 */
export function withoutFiguresStatedElsewhere(found: FoundDiscrepancy[], placed: Map<string, PlacedQuantity[]>): FoundDiscrepancy[] {
  // Each version's figures, listed once a clause with a figure asks (most comparisons have few or none).
  let bySource: Map<string, Quantity[]> | undefined;
  const figuresOf = (source: string) => {
    if (!bySource) {
      bySource = new Map<string, Quantity[]>();
      for (const list of placed.values()) for (const { quantity, sentence } of list) appendTo(bySource, sentence.source, quantity);
    }
    return bySource.get(source) ?? [];
  };
  return found.filter((d) => {
    if (d.category !== "omission") return true;
    // Every carrier's words, whatever the report's order: each of their figures must be stated.
    const carried = d.variants.filter((v) => v.core).map((v) => v.core);
    const lacking = d.variants.filter((v) => !v.core && v.spans.length);
    if (!carried.length || !lacking.length || carried.some((core) => QUOTATION_MARK.test(core))) return true;
    // Copies carry the clause in the same words: each wording's figures are read once.
    const figures = [...new Set(carried)].flatMap((core) => quantitiesOfText(core));
    if (!figures.length) return true;
    return !lacking.every((v) => figures.every((f) => statesFigure(figuresOf(v.source), f)));
  });
}

/**
 * `found` without the clause omissions that a figure conflict the story reports already shows:
 * "Two people were killed" added where the lacking version says "Three people died" is not missing
 * from it but told with another figure, and the conflict sets each version's figure side by side.
 */
export function withoutFiguresInConflicts(found: FoundDiscrepancy[], conflicts: FoundDiscrepancy[]): FoundDiscrepancy[] {
  const readings = conflicts.map((d) => ({ sources: new Set(d.variants.filter((v) => v.core).map((v) => v.source)), variants: d.variants.filter((v) => v.core) }));
  const overlaps = (a: TextSpan, b: TextSpan) => a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;
  return found.filter((d) => {
    if (d.category !== "omission") return true;
    const carriers = d.variants.filter((v) => v.core && v.spans.length);
    const lacking = d.variants.filter((v) => !v.core && v.spans.length);
    if (!carriers.length || !lacking.length || carriers.some((v) => QUOTATION_MARK.test(v.core))) return true;
    const shown = readings.some(
      (r) =>
        lacking.every((v) => r.sources.has(v.source)) &&
        carriers.some((c) => r.variants.some((v) => v.source === c.source && v.spans.some((span) => c.spans.some((cs) => overlaps(span, cs))))),
    );
    return !shown;
  });
}

/**
 * `found` without the clause omissions whose words lie inside a passage that other versions omit
 * whole (`passages`, from omissions.ts): that passage's discrepancy already shows every version's
 * wording of it side by side, and one dropped paragraph is one thing to review, not one plus a
 * flag for each clause a fuller version of it adds.
 */
export function withoutClausesOfOmittedPassages(found: FoundDiscrepancy[], passages: FoundDiscrepancy[]): FoundDiscrepancy[] {
  const carried = new Map<string, TextSpan[]>();
  for (const d of passages) for (const v of d.variants) if (v.core) for (const span of v.spans) appendTo(carried, `${v.source}|${span.paragraph}`, span);
  const inside = (source: string, span: TextSpan) =>
    (carried.get(`${source}|${span.paragraph}`) ?? []).some((p) => p.start <= span.start && span.end <= p.end);
  return found.filter((d) => {
    if (d.category !== "omission" || !d.variants.some((v) => !v.core && v.spans.length)) return true;
    return !d.variants.some((v) => v.core && v.spans.length && v.spans.every((span) => inside(v.source, span)));
  });
}

/** `found` with clause omissions of consecutive statements joined; everything else as it was. */
export function joinClauseOmissions(found: FoundDiscrepancy[], bySource: Map<string, SentenceRef[]>): FoundDiscrepancy[] {
  const sentenceAt = sentenceLookup(bySource);
  const groups: number[][] = [];
  const open = new Map<string, { members: number[]; last: Map<string, number> }>();
  found.forEach((d, at) => {
    const clause = clauseOf(d, at, sentenceAt);
    if (!clause) return;
    const group = open.get(clause.key);
    if (group && [...clause.carriedAt].every(([source, order]) => group.last.get(source) === order - 1)) {
      group.members.push(at);
      group.last = clause.carriedAt;
      return;
    }
    const fresh = { members: [at], last: clause.carriedAt };
    groups.push(fresh.members);
    open.set(clause.key, fresh);
  });
  const joined = new Map<number, FoundDiscrepancy>();
  const dropped = new Set<number>();
  for (const members of groups) {
    if (members.length < 2) continue;
    joined.set(members[0], joinAll(members.map((k) => found[k])));
    members.slice(1).forEach((k) => dropped.add(k));
  }
  return found.flatMap((d, at) => (dropped.has(at) ? [] : [joined.get(at) ?? d]));
}

/** An in-statement omission: versions with the words (and where), versions without them (in the unit). */
function clauseOf(d: FoundDiscrepancy, at: number, sentenceAt: (span: TextSpan) => SentenceRef | undefined): Clause | undefined {
  if (d.category !== "omission") return undefined;
  const carriers = d.variants.filter((v) => v.core);
  // A version of the statement that lacks the words keeps a zero-width span where they would be.
  const lacking = d.variants.filter((v) => !v.core && v.spans.length);
  if (!carriers.length || !lacking.length) return undefined;
  const carriedAt = new Map<string, number>();
  for (const v of carriers) {
    const sentence = v.spans.length ? sentenceAt(v.spans[0]) : undefined;
    if (!sentence) return undefined;
    carriedAt.set(v.source, sentence.order);
  }
  const key = `${carriers.map((v) => v.source).join()}|${lacking.map((v) => v.source).join()}`;
  return { at, carriedAt, key };
}

function sentenceLookup(bySource: Map<string, SentenceRef[]>): (span: TextSpan) => SentenceRef | undefined {
  // Made on the first question (a comparison with no clause omission asks none). A paragraph's
  // sentences stand together in their source's reading order: each run is listed in one slice,
  // not sentence by sentence (50 copies hold thousands).
  let byParagraph: Map<string, SentenceRef[]> | undefined;
  return (span) => (byParagraph ??= sentencesByParagraph(bySource)).get(span.paragraph)?.find((s) => span.start >= s.start && span.start < s.end);
}

function sentencesByParagraph(bySource: Map<string, SentenceRef[]>): Map<string, SentenceRef[]> {
  const byParagraph = new Map<string, SentenceRef[]>();
  for (const list of bySource.values()) {
    for (let from = 0; from < list.length; ) {
      const paragraph = list[from].paragraph;
      let to = from + 1;
      while (to < list.length && list[to].paragraph === paragraph) to++;
      const listed = byParagraph.get(paragraph);
      if (listed) for (let k = from; k < to; k++) listed.push(list[k]);
      else byParagraph.set(paragraph, list.slice(from, to));
      from = to;
    }
  }
  return byParagraph;
}

function joinAll(parts: FoundDiscrepancy[]): FoundDiscrepancy {
  const variants: Variant[] = parts[0].variants.map((first, i) => {
    const all = parts.map((p) => p.variants[i]);
    return {
      source: first.source,
      text: all.map((v) => v.text).filter(Boolean).join(" "),
      core: all.map((v) => v.core).filter(Boolean).join(" … "),
      spans: all.flatMap((v) => v.spans),
    };
  });
  const severity: Severity = parts.some((p) => p.severity === "substantive") ? "substantive" : parts[0].severity;
  const have = variants.filter((v) => v.core).length;
  const stating = variants.filter((v) => v.core || v.spans.length).length;
  const longest = variants.reduce((best, v) => (v.core.length > best.length ? v.core : best), "");
  return { ...parts[0], severity, variants, summary: `Omission: “${clip(longest, MAX_SUMMARY_WORDING)}” (in ${have} of ${stating} versions)` };
}
