/**
 * OMISSIONS: a version omits a statement when no sentence of it is in the statement's unit *and*
 * its text covers that part of the story — it has statements aligned before and after it. A version
 * whose excerpt ends (or starts) elsewhere does not omit what lies beyond its ends. Consecutive
 * statements missing from the same versions are one omission: an editor reads a dropped paragraph
 * as one thing, not sentence by sentence.
 */
import { EXCERPT_CORE_WORDS, EXCERPT_TEXT_WORDS, MAX_SUMMARY_WORDING, clip, excerpt } from "../classify-text";
import { isMonth, isWeekday } from "../lexicon/calendar";
import type { FoundDiscrepancy, Severity, Variant } from "../types";
import type { SentenceRef } from "./sentences";
import type { Unit } from "./align-units";

/** For each source, its sentences in reading order; the units index their members by sentence id. */
export function findOmissions(units: Unit[], bySource: Map<string, SentenceRef[]>, reportOrder: string[]): FoundDiscrepancy[] {
  const unitOf = new Map<string, number>();
  units.forEach((u, k) => u.members.forEach((s) => unitOf.set(s.id, k)));
  const sourcesOf = units.map((u) => new Set(u.members.map((s) => s.source)));
  const span = coverageSpans(bySource, unitOf, sourcesOf);

  // Which versions omit each unit, as seen from the sentences that state it.
  const absentFrom = units.map((u, k) => {
    const out: string[] = [];
    for (const s of reportOrder) {
      if (sourcesOf[k].has(s)) continue;
      if (u.members.some((m) => covers(span, m, s))) out.push(s);
    }
    return out;
  });

  const found: FoundDiscrepancy[] = [];
  const done = new Set<number>();
  for (let k = 0; k < units.length; k++) {
    if (done.has(k) || !absentFrom[k].length) continue;
    // Grow the run along the first present source's reading order, within one paragraph.
    const lead = units[k].members[0];
    const list = bySource.get(lead.source)!;
    const run = [k];
    for (let i = lead.order + 1; i < list.length && list[i].paragraph === lead.paragraph; i++) {
      const next = unitOf.get(list[i].id)!;
      if (done.has(next) || !sameSet(sourcesOf[next], sourcesOf[k]) || absentFrom[next].join() !== absentFrom[k].join()) break;
      run.push(next);
    }
    run.forEach((r) => done.add(r));
    found.push(omissionOf(run.map((r) => units[r]), absentFrom[k], reportOrder));
  }
  return found;
}

interface Span {
  first: number;
  last: number;
}

/** Per source t and source s: the first and last sentence of t whose statement s also makes. */
function coverageSpans(bySource: Map<string, SentenceRef[]>, unitOf: Map<string, number>, sourcesOf: Set<string>[]): Map<string, Map<string, Span>> {
  const spans = new Map<string, Map<string, Span>>();
  for (const [t, list] of bySource) {
    const own = new Map<string, Span>();
    for (const sentence of list) {
      for (const s of sourcesOf[unitOf.get(sentence.id)!]) {
        if (s === t) continue;
        const span = own.get(s);
        if (span) span.last = sentence.order;
        else own.set(s, { first: sentence.order, last: sentence.order });
      }
    }
    spans.set(t, own);
  }
  return spans;
}

/** Whether version `s` tells the story on both sides of sentence `m` (as `m`'s own version orders it). */
function covers(spans: Map<string, Map<string, Span>>, m: SentenceRef, s: string): boolean {
  const span = spans.get(m.source)?.get(s);
  return !!span && span.first < m.order && m.order < span.last;
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

function omissionOf(run: Unit[], absent: string[], reportOrder: string[]): FoundDiscrepancy {
  const bySource = new Map<string, SentenceRef[]>();
  for (const unit of run) for (const s of unit.members) bySource.set(s.source, [...(bySource.get(s.source) ?? []), s]);
  const variants: Variant[] = reportOrder.map((source) => {
    const sentences = bySource.get(source);
    if (!sentences) return { source, text: "", core: "", spans: [] };
    const full = sentences.map((s) => s.text).join(" ");
    return {
      source,
      text: excerpt(full, EXCERPT_TEXT_WORDS),
      core: excerpt(full, EXCERPT_CORE_WORDS),
      spans: sentences.map((s) => ({ paragraph: s.paragraph, start: s.start, end: s.end })),
    };
  });
  const texts = [...bySource.values()].flat().map((s) => s.text);
  const severity: Severity = texts.some(statesFacts) ? "substantive" : "minor";
  const passage = clip(variants.find((v) => v.core)?.core ?? "", MAX_SUMMARY_WORDING);
  const total = reportOrder.length;
  return {
    severity,
    category: "omission",
    summary: `Omission: “${passage}” (missing from ${absent.length} of ${total} versions)`,
    variants,
  };
}

const FIGURE = /\d/;
const QUOTATION = /[“”"«»]\s*\S+(?:\s+\S+){2,}/u;
/** A capitalised word after a lower-case word or a comma: a name, not a sentence start. */
const NAME_INSIDE = /[\p{Ll},] (\p{Lu}\p{Ll}+)/gu;

/**
 * What is lost decides the grade: a figure, a name, a date or a quotation is a checkable fact
 * (substantive); background prose is minor.
 */
export function statesFacts(text: string): boolean {
  if (FIGURE.test(text) || QUOTATION.test(text)) return true;
  for (const m of text.matchAll(NAME_INSIDE)) {
    const word = m[1].toLowerCase();
    if (isMonth(word) || isWeekday(word) || m[1].length > 1) return true;
  }
  return false;
}
