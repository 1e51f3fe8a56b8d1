/**
 * Records as facts: "the region's strongest storm since 1960", "the strongest in more than a
 * century", "the deadliest in 120 years". A record names how far back it reaches; two versions
 * that make the same superlative reach back over spans that cannot both be true conflict, wherever
 * the sentences sit. "since 1960" is read as a span against the story's year (facts/story-date.ts).
 *
 * Hand-written: a superlative followed within a few words by "since <year>" or "in <n>
 * years/decades/a century" is a fixed pattern of news style that a short scan reads exactly.
 */
import { wordTable } from "../collections";
import { appendTo } from "../collections";
import { numberWordValue, numeralValue } from "../lexicon/numbers";
import { tokenSpans } from "./token-spans";
import type { FoundDiscrepancy } from "../types";
import type { SentenceRef } from "../units/sentences";
import { isSuperlative } from "./rank";
import { factsByWording, readingsDiscrepancy } from "./readings";

export interface RecordSpan {
  /** The superlative the record is of ("strongest", "most powerful"). */
  record: string;
  /** What it is said of, when the word after the superlative names it ("quake" in "the strongest quake"). */
  thing?: string;
  /** The year it reaches back to ("since 1960"), or how many years it spans, at least … at most. */
  since?: number;
  years?: { low: number; high: number };
  start: number;
  end: number;
}

/** A word or figure (its periods kept), or one other character: read by tokenSpans. */
const TOKEN = /[\p{L}\d][\p{L}\p{M}\d'’.]*|[^\s\p{L}\d]/uy;
const SUPERLATIVE_HINT = /est|most|worst/i;
const SPAN_HINT = /since|year|decade|centur/i;
/** Words between the superlative and its span ("strongest quake to hit the country since"). */
const MAX_GAP = 6;
const UNIT_YEARS = wordTable({ year: 1, years: 1, decade: 10, decades: 10, century: 100, centuries: 100 });
/** Hedges before the count, as the share of it the span may be short of it or beyond it. */
const MORE_THAN = new Set(["more than", "over", "at least"]);
const NEARLY = new Set(["nearly", "almost", "close to"]);
const ABOUT = new Set(["about", "around", "roughly", "some"]);

/** Every record span a sentence states. */
export function recordsOf(text: string): RecordSpan[] {
  // Every superlative isSuperlative takes holds one of these: most sentences hold none and are not tokenized.
  // Nor does a sentence without the words a span is told in ("since 1960", "in 120 years", "a decade", "a century").
  // Asked of the text as written (no lower-cased copy of it): `/i` matches the ASCII letters these
  // are spelt in just where the lower-cased text would hold them (no other character lower-cases
  // to one of them but the Kelvin sign's "k", which none holds).
  if (!SUPERLATIVE_HINT.test(text) || !SPAN_HINT.test(text)) return [];
  const spans = tokenSpans(text, TOKEN);
  const toks: Array<{ lower: string; start: number; end: number }> = [];
  for (let k = 0; k < spans.length; k += 2) toks.push({ lower: text.slice(spans[k], spans[k + 1]).toLowerCase().replace(/\.$/, ""), start: spans[k], end: spans[k + 1] });
  const out: RecordSpan[] = [];
  // Read once, not once per word after each superlative.
  const words = toks.map((t) => t.lower);
  for (let i = 0; i < toks.length; i++) {
    const word = toks[i].lower;
    if (!isSuperlative(word) && word !== "worst" && word !== "best") continue;
    const record = word === "most" && toks[i + 1] ? `most ${toks[i + 1].lower}` : word;
    for (let k = i + 1; k <= i + MAX_GAP + 1 && k < toks.length; k++) {
      if (!STARTS_WITH_LETTER_OR_DIGIT.test(toks[k].lower) && toks[k].lower !== "'") break;
      const span = spanAt(words, k);
      if (!span) continue;
      const next = toks[word === "most" ? i + 2 : i + 1]?.lower ?? "";
      const thing = ALL_LETTERS.test(next) && !NOT_A_THING.has(next) ? next.replace(/s$/, "") : undefined;
      out.push({ record, thing, ...span.value, start: toks[i].start, end: toks[span.last].end });
      break;
    }
  }
  return out;
}

/** "since 1960" or "in (more than) 120 years / a century" at token k. */
function spanAt(words: string[], k: number): { value: Pick<RecordSpan, "since" | "years">; last: number } | undefined {
  if (words[k] === "since" && /^\d{4}$/.test(words[k + 1] ?? "")) return { value: { since: Number(words[k + 1]) }, last: k + 1 };
  if (words[k] !== "in") return undefined;
  let at = k + 1;
  const two = `${words[at]} ${words[at + 1]}`;
  const hedge = MORE_THAN.has(two) || NEARLY.has(two) ? two : MORE_THAN.has(words[at]) || NEARLY.has(words[at]) || ABOUT.has(words[at]) ? words[at] : undefined;
  if (hedge) at += hedge.split(" ").length;
  const count = words[at] === "a" || words[at] === "an" ? 1 : (numeralValue(words[at] ?? "") ?? numberWordValue(words[at] ?? ""));
  const unit = UNIT_YEARS[words[at + 1] ?? ""];
  if (count === undefined || !unit) return undefined;
  const years = count * unit;
  const range = hedge && MORE_THAN.has(hedge) ? { low: years, high: Infinity } : hedge && NEARLY.has(hedge) ? { low: years * 0.9, high: years } : hedge ? { low: years * 0.9, high: years * 1.1 } : { low: years, high: years };
  return { value: { years: range }, last: at + 1 };
}

/** Words after a superlative that name no thing it is said of. */
const NOT_A_THING = new Set("since in on of for ever yet to recorded seen known measured".split(" "));

interface PlacedRecord {
  span: RecordSpan;
  sentence: SentenceRef;
}

/**
 * One discrepancy per record that versions reach back over incompatible spans. `yearOf` is the
 * year a version's story is told in, when known: without it "since 1960" is compared only with
 * other "since" years.
 */
export function recordConflicts(sentences: SentenceRef[], reportOrder: string[], yearOf: (source: string) => number | undefined): FoundDiscrepancy[] {
  const recordsIn = factsByWording(sentences, recordsOf);
  if (!recordsIn) return [];
  const byRecord = new Map<string, PlacedRecord[]>();
  for (const sentence of sentences) for (const span of recordsIn(sentence.text)) appendTo(byRecord, span.record, { span, sentence });
  const found: FoundDiscrepancy[] = [];
  for (const placed of byRecord.values()) {
    // "the highest unemployment since 2008" and "inflation at its highest in 40 years" are two records.
    const spans = placed.map((p) => ({ source: p.sentence.source, thing: p.span.thing, range: rangeOf(p.span, yearOf(p.sentence.source)) }));
    const oneThing = (a: (typeof spans)[number], b: (typeof spans)[number]) => !a.thing || !b.thing || a.thing === b.thing;
    const clash = spans.some((a) => spans.some((b) => a.source !== b.source && oneThing(a, b) && a.range && b.range && apart(a.range, b.range)));
    if (!clash) continue;
    found.push(readingsDiscrepancy(placed, reportOrder, (p) => p.span, "Record", "date"));
  }
  return found;
}

/** The years a record spans; "since 1960" as years back from the story's year, or as the year itself where that is unknown. */
function rangeOf(span: RecordSpan, year: number | undefined): { low: number; high: number; kind: "years" | "since" } | undefined {
  if (span.years) return { ...span.years, kind: "years" };
  if (span.since === undefined) return undefined;
  return year ? { low: year - span.since - 1, high: year - span.since, kind: "years" } : { low: span.since, high: span.since, kind: "since" };
}

/** Spans that cannot both be true (of one kind; a year's slack for "since"). */
function apart(a: { low: number; high: number; kind: string }, b: { low: number; high: number; kind: string }): boolean {
  if (a.kind !== b.kind) return false;
  return a.high < b.low - 1 || b.high < a.low - 1;
}

// Module level: the transpiler turns a \p{…} pattern into a RegExp built on every call.
const STARTS_WITH_LETTER_OR_DIGIT = /^[\p{L}\d]/u;
const ALL_LETTERS = /^\p{L}+$/u;
