/** What the fact stages share: when versions' readings of one fact conflict, and how each is shown. */
import { appendTo } from "../collections";
import { SIMPLE_NUMBER_WORDS } from "../lexicon/numbers";
import { clip, MAX_SUMMARY_WORDING } from "../classify-text";
import type { Category, FoundDiscrepancy, Variant } from "../types";
import type { SentenceRef } from "../units/sentences";
import type { Unit } from "../units/align-units";

/**
 * The distinct wordings of a comparison's sentences, in the order they first occur. compare() hands
 * every story-level stage one array of all sentences (5,000 on 50 copies, of a few hundred
 * wordings) and changes it never: its wordings are listed once for all the stages.
 */
const wordingsBySentences = new WeakMap<readonly SentenceRef[], string[]>();
export function wordingsOf(sentences: readonly SentenceRef[]): string[] {
  let wordings = wordingsBySentences.get(sentences);
  if (!wordings) {
    const distinct = new Set<string>();
    for (const sentence of sentences) distinct.add(sentence.text);
    wordingsBySentences.set(sentences, (wordings = [...distinct]));
  }
  return wordings;
}

/**
 * A story-level stage's facts by wording: each distinct wording of the sentences read once, and
 * only those that state a fact kept. Undefined when none does, as in most stories (a flight, a
 * vote, a verdict): no pass over every sentence is made then, and no table of every wording is
 * filled only to be dropped (a memo of each stage was, a map insertion per wording).
 */
export function factsByWording<F>(sentences: readonly SentenceRef[], factsOf: (text: string) => readonly F[]): ((text: string) => readonly F[]) | undefined {
  let stated: Map<string, readonly F[]> | undefined;
  for (const text of wordingsOf(sentences)) {
    const facts = factsOf(text);
    if (facts.length) (stated ??= new Map()).set(text, facts);
  }
  const found = stated;
  return found && ((text) => found.get(text) ?? NO_FACTS);
}
const NO_FACTS: readonly never[] = [];

/** Words either side of the fact in the variant's text. */
const CONTEXT_CHARS = 40;

/** The variant for the words [start, end) of a sentence: the fact's words as the core. */
export function factVariant(sentence: SentenceRef, start: number, end: number): Variant {
  const from = Math.max(0, sentence.text.lastIndexOf(" ", Math.max(0, start - CONTEXT_CHARS)));
  const toSpace = sentence.text.indexOf(" ", Math.min(sentence.text.length, end + CONTEXT_CHARS));
  const to = toSpace < 0 ? sentence.text.length : toSpace;
  const text = `${from > 0 ? "…" : ""}${sentence.text.slice(from, to).trim()}${to < sentence.text.length ? "…" : ""}`;
  return {
    source: sentence.source,
    text,
    core: sentence.text.slice(start, end),
    spans: [{ paragraph: sentence.paragraph, start: sentence.start + start, end: sentence.start + end }],
  };
}

/**
 * Whether the versions disagree: two of them each give a reading the other does not. A version
 * that gives every reading (a story quoting both counts) agrees with each.
 */
export function readingsConflict<T>(readingsBySource: Map<string, Set<T>>): boolean {
  // Most versions give one reading, and fifty versions of one fact mostly the same one: versions
  // of one reading each are told apart by the reading alone, and only those giving several are
  // held against each other and against the single readings, with no pair of versions walked.
  const singles = new Set<T>();
  const several: Array<Set<T>> = [];
  for (const set of readingsBySource.values()) {
    if (set.size === 1) {
      for (const r of set) singles.add(r);
      // Two versions each giving a reading the other does not.
      if (singles.size > 1) return true;
    } else if (set.size > 1) several.push(set);
  }
  for (const a of several) {
    // Against a version of the one reading r, one of several always gives a reading r's lacks: they conflict when r is not among its own.
    for (const r of singles) if (!a.has(r)) return true;
    for (const b of several) if (lacksAny(a, b) && lacksAny(b, a)) return true;
  }
  return false;
}

/** Whether `b` lacks a reading of `a`. */
export function lacksAny<T>(a: Set<T>, b: Set<T>): boolean {
  for (const r of a) if (!b.has(r)) return true;
  return false;
}

/** Each version's first reading in reading order as its variant; an empty one where it gives none. */
export function firstReadings<P extends { sentence: SentenceRef }>(placed: P[], reportOrder: string[], span: (p: P) => { start: number; end: number }): Variant[] {
  return variantsOf(firstPlaced(placed, reportOrder, span), reportOrder, span);
}

function variantsOf<P extends { sentence: SentenceRef }>(firsts: Array<P | undefined>, reportOrder: string[], span: (p: P) => { start: number; end: number }): Variant[] {
  return firsts.map((first, k) => (first ? factVariant(first.sentence, span(first).start, span(first).end) : { source: reportOrder[k], text: "", core: "", spans: [] }));
}

/** Each version's first reading in reading order, in report order; undefined where it gives none. */
function firstPlaced<P extends { sentence: SentenceRef }>(placed: P[], reportOrder: string[], span: (p: P) => { start: number; end: number }): Array<P | undefined> {
  // Grouped by version once (in the order given, as a filter per version would keep them), not filtered once per version.
  const bySource = new Map<string, P[]>();
  for (const p of placed) appendTo(bySource, p.sentence.source, p);
  return reportOrder.map((source) => bySource.get(source)?.sort((a, b) => a.sentence.order - b.sentence.order || span(a).start - span(b).start)[0]);
}

/** Each version's readings of one fact: the set of values its statements give. */
export function readingsBySource<P, T>(placed: P[], sourceOf: (p: P) => string, readingOf: (p: P) => T): Map<string, Set<T>> {
  const bySource = new Map<string, Set<T>>();
  for (const p of placed) {
    const source = sourceOf(p);
    const readings = bySource.get(source);
    if (readings) readings.add(readingOf(p));
    else bySource.set(source, new Set([readingOf(p)]));
  }
  return bySource;
}

/** The source of a fact read from a sentence. */
export const sentenceSource = (p: { sentence: SentenceRef }) => p.sentence.source;

/**
 * One substantive discrepancy over a fact the versions give differently: each version's first
 * reading as its variant, every distinct wording in the summary ("Age: Holmes, 38 ≠ Holmes, 37").
 */
export function readingsDiscrepancy<P extends { sentence: SentenceRef }>(
  placed: P[],
  reportOrder: string[],
  span: (p: P) => { start: number; end: number },
  label: string,
  category: Category,
  /** What each reading is: the summary gives one wording of each ("ten counts" and "10 of 23 counts" are one). */
  readingOf?: (p: P) => unknown,
): FoundDiscrepancy {
  const firsts = firstPlaced(placed, reportOrder, span);
  const variants = variantsOf(firsts, reportOrder, span);
  // One wording per reading ("ten counts" / "10 of 23 counts"); without a reading, "8–1" and "8-1"
  // are one wording typed with two dashes.
  const wordingOf = new Map<unknown, string>();
  firsts.forEach((first, k) => {
    const core = variants[k].core;
    if (!first || !core) return;
    const key = readingOf ? readingOf(first) : core.replace(/[–—]/g, "-");
    if (!wordingOf.has(key)) wordingOf.set(key, clip(core, MAX_SUMMARY_WORDING));
  });
  const wordings = [...wordingOf.values()];
  return { severity: "substantive", category, summary: `${label}: ${wordings.join(" ≠ ")}`, variants };
}

/**
 * A fact of the whole story (an age, a vote, a date of death) read from sentences wherever they sit:
 * one discrepancy when the versions' readings of it conflict, none when they agree.
 */
export function storyFactConflicts<P extends { sentence: SentenceRef }>(
  placed: P[],
  reportOrder: string[],
  readingOf: (p: P) => unknown,
  span: (p: P) => { start: number; end: number },
  label: string,
  category: Category,
): FoundDiscrepancy[] {
  return readingsConflict(readingsBySource(placed, sentenceSource, readingOf)) ? [readingsDiscrepancy(placed, reportOrder, span, label, category, readingOf)] : [];
}

/**
 * Whether a word-diff discrepancy sets against each other readings these conflicts already report:
 * every version's differing words touch, in that version, the words of one of the conflicts'
 * readings ("the fourth starting QB" / "the sixth quarterback" read as a rank and as a number).
 * With `categories`, only a discrepancy of one of them is asked (a rank is read against the diff's
 * numbers, a route against its wording); without, any.
 */
export function readIn(conflicts: FoundDiscrepancy[], ...categories: Category[]): (d: FoundDiscrepancy) => boolean {
  const read = new Map<string, Array<{ start: number; end: number }>>();
  for (const c of conflicts) for (const v of c.variants) if (v.core) for (const sp of v.spans) appendTo(read, `${v.source} ${sp.paragraph}`, sp);
  // With no reading to touch, no difference is read here: none is looked at (every one of a unit is asked).
  if (!read.size) return NOTHING_READ;
  const touches = (v: Variant) => v.spans.some((sp) => (read.get(`${v.source} ${sp.paragraph}`) ?? []).some((r) => sp.start < r.end && r.start < sp.end));
  return (d) => {
    if (categories.length && !categories.includes(d.category)) return false;
    // Of a figure's difference, a version whose words hold no figure is one that lacks the figure
    // (the diff paired it with a clause of another statement): the figures' versions decide. Every
    // version that states it must touch a reading: the first that does not settles the question
    // before the rest are read for figures.
    let stated = 0;
    for (const v of d.variants) {
      if (!v.core || (d.category === "number" && !statesAFigure(v.core))) continue;
      if (!touches(v)) return false;
      stated++;
    }
    return stated > 1;
  };
}
const NOTHING_READ = (): boolean => false;

const statesAFigure = (text: string) => /\d/.test(text) || text.toLowerCase().split(/[^\p{L}]+/u).some((w) => SIMPLE_NUMBER_WORDS.has(w));

/**
 * Per statement (a unit that two or more versions make), each fact read from its sentences, grouped
 * by what it is about (`topicOf`: a rank's achievement, a route's two ends), and one discrepancy per
 * group whose readings (`readingOf`) conflict.
 */
export function statementConflicts<F extends { start: number; end: number }>(
  units: Unit[],
  reportOrder: string[],
  factsIn: (text: string) => F[],
  topicOf: (fact: F) => string,
  readingOf: (fact: F) => unknown,
  label: string,
  category: Category,
): FoundDiscrepancy[] {
  const found: FoundDiscrepancy[] = [];
  for (const unit of units) {
    // Members all of one wording (copies) state the same facts, which cannot disagree; nor can
    // members that state none (most statements), found before the members' sources are counted.
    if (oneWording(unit.members) || !statesAny(unit.members, factsIn) || !ofTwoSources(unit.members)) continue;
    const byTopic = new Map<string, Array<{ fact: F; sentence: SentenceRef }>>();
    for (const sentence of unit.members) for (const fact of factsIn(sentence.text)) appendTo(byTopic, topicOf(fact), { fact, sentence });
    for (const placed of byTopic.values()) {
      if (readingsConflict(readingsBySource(placed, sentenceSource, (p) => readingOf(p.fact)))) found.push(readingsDiscrepancy(placed, reportOrder, (p) => p.fact, label, category));
    }
  }
  return found;
}

/**
 * Whether any sentence states a fact. Copies repeat a wording member after member (one string per
 * wording, memo.ts), so a member worded as the one before is not looked up again.
 */
function statesAny<F>(sentences: SentenceRef[], factsIn: (text: string) => F[]): boolean {
  let last: string | undefined;
  for (const s of sentences) {
    if (s.text === last) continue;
    last = s.text;
    if (factsIn(s.text).length) return true;
  }
  return false;
}

/** Whether the sentences come from two sources or more. */
function ofTwoSources(sentences: SentenceRef[]): boolean {
  for (const s of sentences) if (s.source !== sentences[0].source) return true;
  return false;
}

/** Whether every sentence has the first one's text. */
export function oneWording(sentences: SentenceRef[]): boolean {
  for (const s of sentences) if (s.text !== sentences[0].text) return false;
  return true;
}
