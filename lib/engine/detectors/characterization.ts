/**
 * Characterization: the passages describe or judge differently — other adjectives, adverbs,
 * evaluative verbs or loaded nouns ("very productive" / "frank", "praised" / "criticised",
 * "incursion" / "invasion"). Substantive: how a story characterises events is what editors check.
 */
import * as evaluative from "../lexicon/evaluative";
import { areAdjectiveSynonyms } from "../lexicon/wordnet";
import type { Detector, Side } from "./detector";
import * as wordsModule from "./words";
import type { Word } from "./words";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { isFunctionNorm, isNameToken, isRewrite, lemma, plain, spelledOut, unmatched } = wordsModule;
const { looksDescriptive, synonymGroup } = evaluative;

/** The distinct tokens behind some words, as written. */
const describe = (words: Word[]) => plain([...new Set(words.map((w) => w.token))]);

/** A recast description is a word or two ("very constructive" / "substantive and businesslike"). */
const MAX_DESCRIBING_WORDS = 3;
/** …in a differing stretch this short; a longer one is a clause told differently. */
const MAX_DESCRIBING_TOKENS = 6;
/** Verbs that link a subject to its description, by lemma (as `lemma` gives it). */
const LINKING_VERBS: ReadonlySet<string> = new Set(["remain", "becom", "turn", "stay", "seem", "appear", "look", "grow", "prove", "keep", "sound", "feel"].map((w) => lemma(w)));
/** …with the two sides' lengths this close. */
const MAX_LENGTH_GAP = 2;

// The helpers of the detector are module level: keepNames transpilers (tsx runs the benchmarks
// so) name each closure made, and every hunk of every unit is judged.
const byLemma = (w: Word) => lemma(w.norm);
const isDescriptive = (w: Word) => looksDescriptive(w.norm);
/** Words that may describe: names are not descriptions, whatever their ending ("Bryant"). */
function describingCandidates(side: Side): Word[] {
  const words: Word[] = [];
  for (const w of spelledOut(side)) if (w.token.kind === "word" && !isFunctionNorm(w.norm) && !isNameToken(w.token, side)) words.push(w);
  return words;
}
const opensSentence = (side: Side) => side.tokens[0]?.sentenceStart === true;
/** Neither describing nor a linking verb that may change with a description. */
const isPlainWord = (w: Word) => !looksDescriptive(w.norm) && !LINKING_VERBS.has(lemma(w.norm));

export const characterizationDetector: Detector = {
  name: "characterization",
  detect({ base, other }) {
    const a = describingCandidates(base);
    const b = describingCandidates(other);
    const changedA = unmatched(a, b, byLemma);
    const changedB = unmatched(b, a, byLemma);
    const onlyA = changedA.filter(isDescriptive);
    const onlyB = changedB.filter(isDescriptive);
    if (!onlyA.length && !onlyB.length) return undefined;
    // In a rewritten sentence the summary names just the words that characterise differently.
    const rewrite = isRewrite(base, other);
    const focus = rewrite ? { base: describe(onlyA), other: describe(onlyB) } : undefined;
    // A describing word or two swapped for others in otherwise the same words ("businesslike" /
    // "constructive") is how a copy recasts an event. Descriptions that come and go with a rewrite
    // are paraphrase: an editor reads them as wording, not as a conflict.
    // …and of about one length: "killed" / "tragically claimed the lives of" retells, it does not recast.
    const short =
      base.tokens.length <= MAX_DESCRIBING_TOKENS && other.tokens.length <= MAX_DESCRIBING_TOKENS && Math.abs(base.tokens.length - other.tokens.length) <= MAX_LENGTH_GAP;
    // "admitted" / "conceded": other words from one group of near-synonyms say the same.
    const groupsA = new Set(onlyA.map((w) => synonymGroup(lemma(w.norm))));
    // "free" / "complimentary": one adjective for another of the same sense in WordNet.
    const sameSense =
      (onlyA.length > 0 && onlyB.length > 0 && [...onlyA, ...onlyB].every((w) => synonymGroup(lemma(w.norm)) !== undefined && groupsA.has(synonymGroup(lemma(w.norm))))) ||
      (onlyA.length === 1 && onlyB.length === 1 && areAdjectiveSynonyms(onlyA[0].norm.toLowerCase(), onlyB[0].norm.toLowerCase()));
    // A stretch that opens the sentence on both sides replaces its subject: another statement, not a recast one.
    const retold = opensSentence(base) && opensSentence(other);
    // Only describing words may differ: other words changed too ("are notorious for accidents" /
    // ", which are often poorly maintained") make two things said, not one recast.
    // A linking verb may change with the description ("remained peaceful" / "turned violent").
    const plainChanged = changedA.some(isPlainWord) || changedB.some(isPlainWord);
    const swap =
      !rewrite && short && !retold && !sameSense && !plainChanged && onlyA.length > 0 && onlyB.length > 0 && onlyA.length <= MAX_DESCRIBING_WORDS && onlyB.length <= MAX_DESCRIBING_WORDS;
    return { category: "characterization", severity: swap ? "substantive" : "minor", focus };
  },
};
