/**
 * Contrast: one word swapped for another that excludes it (lexicon/contrasts.ts): "charged" /
 * "convicted", "dozens" / "hundreds", "first" / "second", "morning" / "evening", "missing" /
 * "injured". In otherwise the same words that is another fact, not a rewording, so it is
 * substantive where an ordinary one-word swap is minor wording.
 */
import * as calendar from "../lexicon/calendar";
import * as contrasts from "../lexicon/contrasts";
import type { Stretch } from "../lexicon/contrasts";
import * as evaluative from "../lexicon/evaluative";
import * as measures from "../lexicon/measures";
import * as titles from "../lexicon/titles";
import * as wordnet from "../lexicon/wordnet";
import type { Detector, Side } from "./detector";
import type { TokenizedRow } from "../tokenize";
import * as wordsModule from "./words";
import type { Word } from "./words";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { contrastOf, MAX_STRETCH_WORDS, readsWordAfter, stretchContrastOf } = contrasts;
const { CEILING_HEDGES, FLOOR_HEDGES } = measures;
const { isKnownNotNoun, nounRelation } = wordnet;

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { beside, isFunctionNorm, lemma, memo, rowWords, spelledOut, unmatched, wordsOf } = wordsModule;
const { isMonth, isWeekday } = calendar;
const { looksDescriptive } = evaluative;
const { postOf } = titles;

// Ordinals may be read as figures ("first"), so every word and figure counts. Read once per side
// (the plain and the swapped detectors both ask).
const content = memo((side: Side) => spelledOut(side).filter(isContentOrFigure));
const isContentOrFigure = (w: Word) => w.token.kind !== "punct" && !isFunctionNorm(w.norm);
const byNorm = (w: Word) => w.norm.toLowerCase();

export const contrastDetector: Detector = {
  name: "contrast",
  detect({ base, other }) {
    const turned = boundTurned(base, other) ?? relativeTimeChange(base, other) ?? certaintyChange(base, other) ?? awaitedOrDone(base, other);
    if (turned) return { category: turned.category, severity: "substantive", label: turned.label };
    const a = content(base);
    const b = content(other);
    const onlyA = unmatched(a, b, byNorm);
    const onlyB = unmatched(b, a, byNorm);
    if (!onlyA.length || !onlyB.length || onlyA.length > MAX_STRETCH_WORDS || onlyB.length > MAX_STRETCH_WORDS) return undefined;
    // Each changed word as looked up, read once for the sets of single words and of stretches.
    const writtenA = onlyA.map(written);
    const writtenB = onlyB.map(written);
    const found = (onlyA.length === 1 && onlyB.length === 1 ? oneForOne(base, other, onlyA[0], onlyB[0], writtenA[0], writtenB[0]) : undefined) ??
      stretchContrastOf(new SideStretch(writtenA, base.row), new SideStretch(writtenB, other.row)) ??
      partOfMonthChange(base, other);
    return found && { category: found.category, severity: "substantive", label: found.label };
  },
};

// Looked up as written (the normal form of "second" is "2"), a possessive as its noun ("daughter's").
const written = (w: Word) => (w.norm === w.token.norm ? w.token.text.toLowerCase().replace(/['’]s$/, "") : w.norm);

/**
 * One word for one word (`writtenA`, `writtenB` as written() gives them): the sets of single words
 * and WordNet's sister kinds (in a longer stretch the two may be said of different things).
 */
function oneForOne(base: Side, other: Side, a: Word, b: Word, writtenA: string, writtenB: string) {
  // The words after are found by searching the rows: only for a word whose set asks for one.
  const next = readsWordAfter(writtenA) ? { a: wordAfter(base, a), b: wordAfter(other, b) } : NO_WORDS_AFTER;
  return contrastOf(writtenA, writtenB, next) ?? doneAgain(writtenA, writtenB) ?? kindsOfOneThing(a, b);
}
const NO_WORDS_AFTER: { a?: string; b?: string } = {};

// The helpers of the detectors below are module level: keepNames transpilers (tsx runs the
// benchmarks so) name each closure made, and every hunk of every unit is judged.
const wordAfter = (side: Side, w: Word) => beside(side.row, w.token, 1)?.norm.toLowerCase();

/**
 * "re-elected" / "elected": a second time, not the first. Only the hyphened prefix (and "reelected")
 * is read so: "resigned" is no second signing, "recalled" no second call.
 */
function doneAgain(a: string, b: string): { label: string; category: "characterization" } | undefined {
  return doneAgainOf(a, b) || doneAgainOf(b, a) ? { label: "Again", category: "characterization" } : undefined;
}

// Compared in place, not by building "re-…" for every one-word swap.
const doneAgainOf = (x: string, y: string) => x.endsWith(y) && ((x.length === y.length + 3 && x.startsWith("re-")) || (y.startsWith("elect") && x.length === y.length + 2 && x.startsWith("re")));

/**
 * A side's changed words as a stretch, whose row's words are read only if a set asks (rowWords
 * keeps them per row). A class, not a closure per row: keepNames transpilers name each closure made.
 */
class SideStretch implements Stretch {
  constructor(
    readonly words: string[],
    private readonly row: TokenizedRow,
  ) {}

  rowHas(word: string): boolean {
    return rowWords(this.row).has(word);
  }
}

/**
 * "nearly 5,000" / "more than 5,000": the words before one figure turned from a ceiling into a
 * floor. Each version puts the figure on another side of what happened.
 */
function boundTurned(base: Side, other: Side): { label: string; category: "number" } | undefined {
  const fa = figureAfter(base);
  const fb = figureAfter(other);
  if (fa === undefined || fa !== fb) return undefined;
  const ba = boundOf(base);
  const bb = boundOf(other);
  return ba && bb && ba !== bb ? { label: "Bound", category: "number" } : undefined;
}

function figureAfter(side: Side): string | undefined {
  const next = side.row.tokens[side.to];
  return next?.kind === "number" ? next.norm : undefined;
}

function boundOf(side: Side): "floor" | "ceiling" | undefined {
  const hedges = spelledOut(side).filter(isNotBoundLink);
  if (!hedges.length) return undefined;
  return hedges.every(isFloorHedge) ? "floor" : hedges.every(isCeilingHedge) ? "ceiling" : undefined;
}

const isNotBoundLink = (w: Word) => !BOUND_LINKS.has(w.norm);
const isFloorHedge = (w: Word) => FLOOR_HEDGES.has(w.norm);
const isCeilingHedge = (w: Word) => CEILING_HEDGES.has(w.norm);

/** A side's changed words (normal forms), without the small words that link them ("will" … "up to"). */
function changedWords(side: Side, links: ReadonlySet<string>): string[] {
  const words: string[] = [];
  for (const w of spelledOut(side)) if (!links.has(w.norm)) words.push(w.norm);
  return words;
}

const NO_LINKS: ReadonlySet<string> = new Set();

/** A side's one changed word (as changedWords reads them), or undefined when it has none or more: counted, no list made. */
function soleChangedWord(side: Side, links: ReadonlySet<string> = NO_LINKS): string | undefined {
  let word: string | undefined;
  for (const w of spelledOut(side)) {
    if (links.has(w.norm)) continue;
    if (word !== undefined) return undefined;
    word = w.norm;
  }
  return word;
}

/**
 * "this year" / "next year", "last week" / "this week": the word before one time word points at
 * another stretch of time.
 */
function relativeTimeChange(base: Side, other: Side): { label: string; category: "date" } | undefined {
  // Most changes stand before no time word: the other side is then not read.
  const a = timePointer(base);
  if (!a) return undefined;
  const b = timePointer(other);
  return b && a !== b ? { label: "Time", category: "date" } : undefined;
}

function timePointer(side: Side): string | undefined {
  // The word after first: few changes stand before a time word, and the changed words are then not read.
  const next = side.row.tokens[side.to]?.norm.toLowerCase();
  if (!next || !(TIME_NOUNS.has(next) || isWeekday(next))) return undefined;
  const word = soleChangedWord(side);
  return word !== undefined && TIME_POINTERS.has(word) ? `${word} ${next}` : undefined;
}

const TIME_POINTERS = new Set(["this", "next", "last", "past", "coming"]);
const TIME_NOUNS = new Set(["year", "month", "week", "weekend", "season", "quarter", "spring", "summer", "fall", "autumn", "winter"]);

/**
 * "will cut" / "may cut": a modal of what is certain or decided swapped for one of what is only
 * possible, in otherwise the same words. A plan told as a possibility is another fact.
 */
function certaintyChange(base: Side, other: Side): { label: string; category: "characterization" } | undefined {
  // Most changes swap no modal: the other side is then not read.
  const a = modalOf(base);
  if (!a) return undefined;
  const b = modalOf(other);
  return b && a !== b ? { label: "Certainty", category: "characterization" } : undefined;
}

function modalOf(side: Side): "certain" | "possible" | undefined {
  const word = soleChangedWord(side, CERTAINTY_LINKS);
  return word === undefined ? undefined : CERTAIN.has(word) ? "certain" : POSSIBLE.has(word) ? "possible" : undefined;
}

/**
 * "is expected to make landfall" / "made landfall", "is set to vote" / "voted": what was awaited
 * against what happened, in otherwise the same words. An update stage's change of status.
 */
function awaitedOrDone(base: Side, other: Side): { label: string; category: "characterization" } | undefined {
  const a = changedWords(base, AWAITING_LINKS);
  const b = changedWords(other, AWAITING_LINKS);
  return awaitedAgainstDone(a, b) || awaitedAgainstDone(b, a) ? { label: "Status", category: "characterization" } : undefined;
}

/** The past form only: "plans to cut" / "cut" may be a present tense. */
const awaitedAgainstDone = (x: string[], y: string[]) => x.length === 2 && AWAITING.has(x[0]) && y.length === 1 && x[1] !== y[0] && lemma(x[1]) === lemma(y[0]);

const AWAITING = new Set(["expected", "likely", "set", "scheduled", "due", "poised", "planned", "planning", "plans", "expects", "aims", "hopes"]);
const AWAITING_LINKS = new Set(["is", "are", "was", "were", "to", "be", "has", "have", "had"]);

const CERTAIN = new Set(["will", "would", "shall", "must"]);
const POSSIBLE = new Set(["may", "might", "could", "can"]);
/** Words a modal may bring along: "up to" ("may cut up to 1,000" / "will cut 1,000"). */
const CERTAINTY_LINKS = new Set(["up", "to"]);

/** Words that join a hedge to its figure: "more than", "at least", "up to", "just under". */
const BOUND_LINKS = new Set(["than", "at", "to", "just"]);

/** "early", "mid" and "late" in a month (days 1–10, 11–20, 21–31) exclude one another: "mid-June" / "late June". */
const PART_OF_MONTH = /^(early|mid|late)-?$/;
const HYPHENED_PART_OF_MONTH = /^(early|mid|late)-(\p{L}+)$/u;
/** Whether a word as written may lower to one opening with a part of a month (no other letters lower to these). */
const MAY_OPEN_PART = /^(?:early|mid|late)/i;

function partOfMonthChange(base: Side, other: Side): { label: string; category: "date" } | undefined {
  const a = monthParts(base);
  if (!a.size) return undefined;
  const b = monthParts(other);
  for (const [month, part] of a) if (b.has(month) && b.get(month) !== part) return { label: "Part of month", category: "date" };
  return undefined;
}

/** Month → the part of it a side's changed words name ("mid-June", "late June"). */
function monthParts(side: Side): Map<string, string> {
  const parts = new Map<string, string>();
  for (let i = side.from; i < side.to; i++) {
    // Most words open with none of the three parts: only those that may are lowered and matched.
    if (!MAY_OPEN_PART.test(side.row.tokens[i].text)) continue;
    const text = side.row.tokens[i].text.toLowerCase();
    const hyphened = HYPHENED_PART_OF_MONTH.exec(text);
    if (hyphened && isMonth(hyphened[2])) parts.set(hyphened[2], hyphened[1]);
    const part = PART_OF_MONTH.exec(text);
    const next = side.row.tokens[i + 1];
    if (part && next && isMonth(next.norm.toLowerCase())) parts.set(next.norm.toLowerCase(), part[1]);
  }
  return parts;
}

/**
 * WordNet's sorts of nouns whose sister kinds exclude one another: animals, artifacts, the body,
 * food, groups, places, objects, people, plants, possessions, substances and times. Abstract sorts
 * (cognition, communication, attributes, feelings…) file words that one sentence may use for the
 * same thing ("from any cause" / "for any reason").
 */
const isPlainNoun = (w: Word) => w.token.kind === "word" && (!w.token.capitalized || w.token.sentenceStart) && LOWER_CASE_LETTERS.test(w.token.text.toLowerCase());
// Module level: a transpiler that lowers `\p{…}` patterns builds a literal anew at every call.
const LOWER_CASE_LETTERS = /^\p{Ll}+$/u;

const THING_SORTS: ReadonlySet<number> = new Set([5, 6, 8, 13, 14, 15, 17, 18, 19, 20, 21, 27, 28]);

/**
 * Two common nouns WordNet files as sister kinds of one narrow thing ("truck" / "car" under "motor
 * vehicle", "nurses" / "doctors" under "health professional"): in otherwise the same words, another
 * fact. Synonyms and a thing with its kind ("blaze" / "fire") are not sisters. Names are the entity
 * detector's.
 */
function kindsOfOneThing(a: Word, b: Word): { label: string; category: "characterization" } | undefined {
  // Loaded words ("rebels" / "militants") are a characterization, judged as one.
  if (!isPlainNoun(a) || !isPlainNoun(b)) return undefined;
  const wordA = a.token.text.toLowerCase();
  const wordB = b.token.text.toLowerCase();
  // A word already read as no noun ("changed") is no kind of anything: the lexicons are not asked.
  if (isKnownNotNoun(wordA) || isKnownNotNoun(wordB) || looksDescriptive(a.norm) || looksDescriptive(b.norm)) return undefined;
  // "spokesman" / "spokeswoman": one post, whoever holds it.
  if (postOf(wordA) === postOf(wordB)) return undefined;
  const relation = nounRelation(wordA, wordB);
  if (relation?.kind !== "sisters" || !THING_SORTS.has(relation.sort)) return undefined;
  return { label: relation.hypernym[0].toUpperCase() + relation.hypernym.slice(1), category: "characterization" };
}

/**
 * In a loosely rewritten sentence the diff pairs words by position, so only a swap of one word for
 * one word in place is read, and only against the sets ("her daughter's wedding" / "her son's
 * wedding" inside a retold sentence).
 */
export const swappedContrastDetector: Detector = {
  name: "swapped contrast",
  detect({ base, other }) {
    const [a, b] = [content(base), content(other)];
    if (a.length !== 1 || b.length !== 1 || wordsOf(base).length !== 1 || wordsOf(other).length !== 1) return undefined;
    const found = contrastOf(written(a[0]), written(b[0]));
    return found && { category: found.category, severity: "substantive", label: found.label };
  },
};

