/**
 * CLASSIFY (per unit): the versions of one statement are word-diffed against the unit's most
 * central version (its medoid, so no upload order or primary decides what the others are read
 * against) and each difference is judged by the detectors, as classify.ts does for any set of
 * texts. Offsets come back relative to the sentence and are moved onto the paragraph here.
 */
import * as collections from "../collections";
import * as quotationMarks from "../lexicon/quotation-marks";
import * as numbers from "../lexicon/numbers";
import * as classification from "../classify";
import type { RowText } from "../classify";
import * as crossedSwaps from "./crossed-swaps";
import type { Budget, FoundDiscrepancy, TextSpan, Variant } from "../types";
import type { SentenceRef } from "./sentences";
import type { Unit } from "./align-units";
import type { StoryCalendar } from "../facts/story-date";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the engine worker, CLI and benchmarks run so), and every unit of every comparison reads these.
const { appendTo } = collections;
const { QUOTATION_MARK } = quotationMarks;
const { AMBIGUOUS_NUMBER_WORDS, SIMPLE_NUMBER_WORDS } = numbers;
const { classifyRow } = classification;
const { joinCrossedSwaps } = crossedSwaps;

/**
 * Where a sentence's text starts inside its paragraph, keyed by the part id classify sees, with its
 * place among its version's sentences of the unit (a copy's sentence at that place is its counterpart).
 */
type Offsets = Map<string, PartPlace>;
interface PartPlace {
  paragraph: string;
  start: number;
  index: number;
  text: string;
}

/**
 * Discrepancies among the versions of one unit. `rank` gives each source's canonical rank (the
 * medoid's tie-break); `reportOrder` the order variants are listed in.
 */
export function classifyUnit(
  unit: Unit,
  unitId: string,
  rank: Map<string, number>,
  reportOrder: string[],
  similarity: (a: SentenceRef, b: SentenceRef) => number,
  budget: Budget,
  calendars: ReadonlyMap<string, StoryCalendar> = new Map(),
): FoundDiscrepancy[] {
  // Most units of wire copies are one wording in every version, a sentence each: nothing to diff.
  if (isOneWordingOncePerSource(unit.members)) return [];
  const runs = sourceRuns(unit.members, rank);
  if (runs.length < 2) return [];
  // Versions that word the statement identically (wire copies) are diffed once: the canonically
  // first of them stands for the others, whose variants are copied onto their own paragraphs.
  const copiesOf = new Map<string, SourceRun[]>();
  const standIn = new Map<string, string>();
  const standIns: SourceRun[] = [];
  for (const run of runs) {
    // One sentence is its own wording: its text, as first copied (memo.ts), is looked up by identity.
    const wording = run.count === 1 ? run.list[run.from].text : sentencesOfRun(run).map((s) => s.text).join("\u0000");
    const first = standIn.get(wording);
    if (first) copiesOf.get(first)!.push(run);
    else {
      standIn.set(wording, run.source);
      copiesOf.set(run.source, []);
      standIns.push(run);
    }
  }
  if (copiesOf.size < 2) return [];
  const bySource = new Map(standIns.map((run) => [run.source, sentencesOfRun(run)]));
  const offsets: Offsets = new Map();
  const texts: RowText[] = [...bySource].map(([source, sentences]) => ({
    source,
    calendar: calendars.get(source),
    parts: sentences.map((s, index) => {
      const part = `${s.paragraph}#${s.start}`;
      offsets.set(part, { paragraph: s.paragraph, start: s.start, index, text: s.text });
      return s.quoted ? { paragraph: part, text: s.text, quoted: true } : { paragraph: part, text: s.text };
    }),
  }));
  // Judged in canonical order (which variant leads a group, whose verdict wins a tie); only the
  // variants are put into report order, so upload order and primary change nothing else. The
  // stand-ins come in it already: sourceRuns gives the runs in canonical order.
  const canonical = [...bySource.keys()];
  const base = medoid(canonical, bySource, similarity, (source) => 1 + copiesOf.get(source)!.length);
  const { slot, absent } = slotsOf(reportOrder);
  const places = placesOf(copiesOf, slot);
  const found = joinCrossedSwaps(classifyRow(unitId, texts, base, canonical, budget, false), (part) => offsets.get(part)?.text);
  // Each discrepancy classifyRow (or the swap join) returns is made for this call alone: its
  // variants are replaced in place rather than the discrepancy copied, which fifty-variant rows of
  // edited copies make thousands of times.
  const kept: FoundDiscrepancy[] = [];
  for (const d of found) {
    if (isSlightOmission(d)) continue;
    d.variants = inReportOrder(d.variants, places, absent, offsets);
    kept.push(d);
  }
  return kept;
}

/**
 * A report slot a stand-in's variant goes to: its own, or with `copy` the sentences of a version
 * that words it identically (`count` of them from `copy[from]`).
 */
interface Place {
  at: number;
  source: string;
  copy: SentenceRef[] | undefined;
  from: number;
  count: number;
}

/** A source's sentences among a unit's members: `list[from]` on, `count` of them. */
interface SourceRun {
  source: string;
  list: SentenceRef[];
  from: number;
  count: number;
}

/**
 * The members by source, in canonical order. Members come in canonical source order, a source's
 * sentences together (Unit.members): each source's are one run of them, read in place rather than
 * gathered into a list per source (fifty per unit of fifty copies). Ranks rising from run to run
 * prove it; members in any other order are grouped and sorted.
 */
function sourceRuns(members: SentenceRef[], rank: Map<string, number>): SourceRun[] {
  const runs: SourceRun[] = [];
  let inOrder = true;
  let lastRank = -1;
  for (let k = 0; k < members.length; k++) {
    const source = members[k].source;
    if (k > 0 && source === members[k - 1].source) {
      runs[runs.length - 1].count++;
      continue;
    }
    const own = rank.get(source);
    if (own === undefined || own <= lastRank) inOrder = false;
    else lastRank = own;
    runs.push({ source, list: members, from: k, count: 1 });
  }
  if (inOrder) return runs;
  const all = new Map<string, SentenceRef[]>();
  for (const s of members) appendTo(all, s.source, s);
  return [...all.keys()].sort((a, b) => rank.get(a)! - rank.get(b)!).map((source) => ({ source, list: all.get(source)!, from: 0, count: all.get(source)!.length }));
}

/** A run's sentences as a list of their own. */
function sentencesOfRun(run: SourceRun): SentenceRef[] {
  return run.from === 0 && run.count === run.list.length ? run.list : run.list.slice(run.from, run.from + run.count);
}

/**
 * Each source's slot in report order, and for each the empty variant of a version outside a unit,
 * which does not state the fact: the same one in each discrepancy (nothing downstream changes a
 * variant in place). Made once per report order, not once per unit: every unit of a comparison is
 * classified against the same one.
 */
function slotsOf(reportOrder: string[]): { slot: Map<string, number>; absent: Variant[] } {
  let known = slotsByOrder.get(reportOrder);
  if (!known) {
    known = { slot: new Map(reportOrder.map((source, i) => [source, i])), absent: reportOrder.map((source) => ({ source, text: "", core: "", spans: [] })) };
    slotsByOrder.set(reportOrder, known);
  }
  return known;
}
const slotsByOrder = new WeakMap<string[], { slot: Map<string, number>; absent: Variant[] }>();

/** Each stand-in's places in report order, found once per unit rather than once per discrepancy. */
function placesOf(copiesOf: Map<string, SourceRun[]>, slot: Map<string, number>): Map<string, Place[]> {
  const places = new Map<string, Place[]>();
  for (const [standIn, copies] of copiesOf) {
    const own = slot.get(standIn);
    const list: Place[] = own === undefined ? [] : [{ at: own, source: standIn, copy: undefined, from: 0, count: 0 }];
    for (const copy of copies) list.push({ at: slot.get(copy.source)!, source: copy.source, copy: copy.list, from: copy.from, count: copy.count });
    places.set(standIn, list);
  }
  return places;
}

/**
 * One variant per version in report order: each stand-in's variant moved onto its paragraphs, the
 * same words for each of its copies at their own sentences, and the empty one for versions outside
 * the unit. Built straight into place: fifty copies of a story make fifty variants for every
 * discrepancy of every unit. The stand-in's own variant is the one classifyRow made, its spans
 * moved in place: each variant and span classifyRow returns belongs to one discrepancy alone, and
 * edited copies, all worded apart, have a variant of their own for every version.
 */
function inReportOrder(variants: Variant[], places: Map<string, Place[]>, absent: Variant[], offsets: Offsets): Variant[] {
  const out = absent.slice();
  for (const v of variants) {
    const targets = places.get(v.source);
    if (!targets?.length) continue;
    if (targets.length === 1 && !targets[0].copy) {
      // A version worded as no other (every one of edited copies): its variant alone, moved.
      for (let k = 0; k < v.spans.length; k++) moveSpan(v.spans[k], offsets.get(v.spans[k].paragraph));
      out[targets[0].at] = v;
      continue;
    }
    // Each span's sentence is looked up once for the stand-in and all its copies.
    const sentences = new Array<PartPlace | undefined>(v.spans.length);
    for (let k = 0; k < v.spans.length; k++) sentences[k] = offsets.get(v.spans[k].paragraph);
    // The copies read the stand-in's spans before they are moved.
    for (const place of targets) if (place.copy) out[place.at] = { source: place.source, text: v.text, core: v.core, spans: movedSpans(v.spans, sentences, place) };
    const own = targets[0];
    if (own.copy) continue;
    for (let k = 0; k < v.spans.length; k++) moveSpan(v.spans[k], sentences[k]);
    out[own.at] = v;
  }
  return out;
}

/** movedSpan, in place: the span of a sentence (a part) placed on its paragraph. */
function moveSpan(span: TextSpan, sentence: PartPlace | undefined): void {
  if (!sentence) return;
  span.paragraph = sentence.paragraph;
  span.start += sentence.start;
  span.end += sentence.start;
}

/**
 * A stand-in's spans (on its sentences, as parts, whose places are `sentences`) placed on its
 * paragraphs, or with a place's `copy` on the counterpart sentences of a version that words them
 * identically (one past its own is none). A loop, not a closure per variant: keepNames transpilers
 * name each closure made.
 */
function movedSpans(spans: TextSpan[], sentences: Array<PartPlace | undefined>, { copy, from, count }: Place): TextSpan[] {
  // Most variants are one span: a list of one, made whole.
  if (spans.length === 1) return [movedSpan(spans[0], counterpart(sentences[0], copy, from, count))];
  // Of the spans' own number: a list grown by pushing starts with room for sixteen.
  const moved: TextSpan[] = new Array(spans.length);
  for (let k = 0; k < spans.length; k++) moved[k] = movedSpan(spans[k], counterpart(sentences[k], copy, from, count));
  return moved;
}

/** Where a stand-in's sentence (a part) is in a copy (`count` sentences of `copy` from `from`), or the sentence itself with no copy. */
function counterpart(part: PartPlace | undefined, copy: SentenceRef[] | undefined, from: number, count: number): { paragraph: string; start: number } | undefined {
  return part && copy ? (part.index < count ? copy[from + part.index] : undefined) : part;
}

/** A span of a sentence (a part) placed on its paragraph: the sentence's own, or its copy's in another version. */
function movedSpan(span: TextSpan, sentence: { paragraph: string; start: number } | undefined): TextSpan {
  return sentence ? { paragraph: sentence.paragraph, start: span.start + sentence.start, end: span.end + sentence.start } : span;
}

/**
 * Whether every member has the first one's text and no source has two: asked before the members
 * are grouped by source, which most units of wire copies need not be. Members come in source order
 * (Unit.members), so a source's sentences stand together.
 */
export function isOneWordingOncePerSource(members: SentenceRef[]): boolean {
  const [first] = members;
  for (let k = 1; k < members.length; k++) {
    if (members[k].text !== first.text || members[k].source === members[k - 1].source) return false;
  }
  return true;
}

let betweenTable = new Float64Array(64);

/**
 * The version closest to all the others (each counted as often as it is copied); ties go to the
 * canonically first source. `sources`: the versions in canonical order.
 */
function medoid(sources: string[], bySource: Map<string, SentenceRef[]>, similarity: (a: SentenceRef, b: SentenceRef) => number, weight: (source: string) => number): string {
  let best = "";
  let bestScore = -1;
  // Similarity is symmetric: each pair of versions is scored once (wire copies make units of dozens).
  const firsts = sources.map((source) => bySource.get(source)![0]);
  // One flat table, row i at i * n, kept from unit to unit: a typed array costs more to make than
  // to fill. Every cell read (i ≠ j) is written first.
  const n = sources.length;
  if (betweenTable.length < n * n) betweenTable = new Float64Array(Math.max(n * n, 2 * betweenTable.length));
  const between = betweenTable;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) between[i * n + j] = between[j * n + i] = similarity(firsts[i], firsts[j]);
  }
  // Each weight read once, not once per pair: units of wire copies have dozens of versions.
  const weights = sources.map(weight);
  for (let i = 0; i < n; i++) {
    let score = weights[i] - 1;
    for (let j = 0; j < n; j++) if (j !== i) score += weights[j] * between[i * n + j];
    if (score > bestScore + 1e-9) {
      best = sources[i];
      bestScore = score;
    }
  }
  return best;
}

/**
 * Words one version adds inside a shared statement ("approximately", "on the Guadalupe River") are
 * an omission worth an editor's time only when they carry a fact: a figure, a name, a quotation.
 */
function isSlightOmission(d: FoundDiscrepancy): boolean {
  if (d.category !== "omission") return false;
  // The versions that have the words mostly have the same words (fifty copies of a sentence, one
  // lacking a clause): a wording is weighed once, not once per version in a row that gives it.
  let weighed = "";
  for (const { core } of d.variants) {
    if (!core || core === weighed) continue;
    weighed = core;
    if (core.split(/\s+/).length >= MIN_OMITTED_WORDS && (carriesFigureOrQuote(core) || addsPerson(core))) return false;
  }
  return true;
}

/**
 * A person added to a list ("Thomas, Alito and Brett Kavanaugh dissented") or named beside what
 * they are ("The governor, Maria Lopez, declared …"): a full name, two capitalised words, in words
 * that attribute nothing ("…, said Gov. Paul Landry" only says who spoke).
 */
const addsPerson = (core: string) => (LISTED_PERSON.test(core) || APPOSITIVE_PERSON.test(core)) && !ATTRIBUTION.test(core);
// Module level: a transpiler lowering `\p{…}` patterns builds a literal anew at every call.
const LISTED_PERSON = /^(?:,\s*)?(?:and|or|as well as)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;
/** A full name alone between commas (an initial between its names allowed). */
const APPOSITIVE_PERSON = /^,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}'’-]+,?$/u;
const ATTRIBUTION = /\b(?:said|says|told|according)\b/i;

/**
 * A figure (in digits or words: "three seconds left") or a quotation mark: what a dropped clause
 * must carry to be worth reporting. "One" and "both" are left out: they are as often pronouns as
 * counts; so are ordinals, and a figure converted in parentheses ("($56.8 million)", "(5,665
 * hectares)"), which states the figure before it again.
 */
function carriesFigureOrQuote(core: string): boolean {
  const text = core.replace(CONVERSION, "");
  return /\d/.test(text) || quotesWords(text) || text.toLowerCase().split(/[^\p{L}-]+/u).some((w) => SIMPLE_NUMBER_WORDS.has(w) && !AMBIGUOUS_NUMBER_WORDS.has(w) && w !== "both" && !ORDINAL.test(w));
}
const CONVERSION = /\(\s*[$€£¥]?\d[\d.,]*\s*(?:[\p{L}%°]+\.?\s*){0,2}\)/gu;
/** "a third candidate", "the second day": an ordinal ranks, it counts nothing a clause could drop. */
const ORDINAL = /^(?:first|second|third|\p{L}+th)$/u;

/** A quotation mark with quoted words on its side: the closing mark left at the start of `,” he said` quotes nothing. */
const quotesWords = (text: string) => QUOTATION_MARK.test(text.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ""));
/** Fewest words of an in-statement omission that is reported. */
const MIN_OMITTED_WORDS = 3;
