/**
 * Quote: the wording inside quotation marks differs — a source is quoted differently. Substantive
 * when content words of the quotation change, or how sure the speaker is ("we will win" / "we can
 * win"); minor when only its other function words do. Quotation
 * marks themselves are not tokens, so curly, straight and stripped quotes never get here.
 */
import type { Detector, Side } from "./detector";
import { SAYING_VERBS } from "../facts/speakers";
import * as normalization from "../normalize";
import { isNegator } from "../lexicon/polarity";
import * as wordsModule from "./words";
import type { Word } from "./words";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { isFunctionNorm, isRewrite, plain, spelledOut, unmatched } = wordsModule;
const { normalizeWord } = normalization;

/**
 * Modals change what a speaker said when swapped inside a quotation: how sure or bound ("will" /
 * "can", "must" / "may"). Pronouns and articles stay minor: "I" / "he" is how a quotation is
 * fitted into reported speech.
 */
const MODALS = new Set("will would shall should can could may might must".split(" "));

export const quoteDetector: Detector = {
  name: "quote",
  detect({ base, other }) {
    const a = spelledOut(base);
    const b = spelledOut(other);
    // Only quoted words can differ in a quotation: most hunks hold none, and need no matching.
    if (!a.some(isQuoted) && !b.some(isQuoted)) return undefined;
    const onlyA = unmatched(a, b, byNorm);
    const onlyB = unmatched(b, a, byNorm);
    const changed = [...onlyA, ...onlyB].filter(isQuoted);
    if (!changed.length) return undefined;
    // "work force" / "workforce", "set up" / "setup": one word written closed or open is no misquotation.
    if (quotedLetters(onlyA) && quotedLetters(onlyA) === quotedLetters(onlyB)) return undefined;
    // Quoted words on one side against the other version's own, unquoted words: it paraphrased
    // rather than misquoted ("… “as well as the need …”" / "… as they also highlighted the need").
    if ((quotedOn(onlyA) && !quotedOn(onlyB) && onlyB.some(isOwnWord)) || (quotedOn(onlyB) && !quotedOn(onlyA) && onlyA.some(isOwnWord))) return undefined;
    // A function word swapped for another inside a quotation may say when, where, why or how many
    // ("during" / "after", "because" / "unless", "all" / "some"): the speaker said something else.
    const swapped = onlyA.some(isQuoted) && onlyB.some(isQuoted);
    const severity = changed.some(changesSense) || (swapped && changed.some(bearsSense)) ? "substantive" : "minor";
    const focus = isRewrite(base, other) ? { base: wordsOnce(onlyA), other: wordsOnce(onlyB) } : undefined;
    return { category: "quote", severity, focus };
  },
};

// The helpers of the detectors are module level: keepNames transpilers (tsx runs the benchmarks
// so) name each closure made, and every hunk of every unit is judged.
const isQuoted = (w: Word) => w.token.quoted;
const quotedOn = (ws: Word[]) => ws.some(isQuoted);
const changesSense = (w: Word) => !isFunctionNorm(w.norm) || MODALS.has(w.norm) || DEGREE_WORDS.has(w.norm) || isNegator(w.norm) || HOW_MANY.has(w.norm);
/** Words that say how many or how much: "all of its people" / "of its people" is a different claim. */
const HOW_MANY = new Set("all every each both neither none no most many much more few less least several only".split(" "));
/**
 * How strongly the speaker put it: "still high" / "still very high" is a misquotation, not a function
 * word restyled. "So" is left out: it opens quotations as often as it grades ("So, we are ready").
 */
const DEGREE_WORDS = new Set("very extremely really too highly deeply quite fairly rather completely totally absolutely slightly somewhat".split(" "));
/**
 * Function words that carry sense of their own when swapped: time, place and relation ("before",
 * "under", "against"), cause, condition and contrast ("because", "unless", "but"). Articles,
 * pronouns, auxiliaries and "and" are left out: fitting a quotation into a sentence changes those
 * ("I" / "he", "is" / "was", "And" / "Then" opening it). How many is HOW_MANY's.
 */
const SENSE_WORDS = new Set(
  `before after during since until till over under above below between among against toward towards within
  despite or but because although though while whereas if unless whether`.split(/\s+/),
);
const bearsSense = (w: Word) => SENSE_WORDS.has(w.norm);
/** A word the writer chose: unquoted, and no function word. */
const isOwnWord = (w: Word) => !w.token.quoted && !isFunctionNorm(w.norm);
/**
 * Case is style inside quotes too ("AUG 10" / "Aug. 10"). A spelled-out contraction's words
 * ("wouldn't" → "would", "not") are matched one by one.
 */
const byNorm = (w: Word) => normalizeWord((w.norm === w.token.norm ? w.token.text : w.norm).toLowerCase().replace(/\.$/, ""));
const quotedLetters = (ws: Word[]) => ws.filter(isQuoted).map(byNorm).join("");
/** The tokens of words as written, a contraction's once. */
const wordsOnce = (ws: Word[]) => plain([...new Set(ws.map((w) => w.token))]);

/**
 * Words changed inside quotation marks on both sides, beside nothing but the attribution one side
 * adds or moves ("… once and for all." / "… for good,” Delgado said."), are a misquotation, judged
 * before a describing word's change is: the words are the speaker's, not the writer's.
 */
export const quotedChangeDetector: Detector = {
  name: "quoted change",
  detect(pair) {
    // In a rewritten sentence the diff may pair two different quotations: those are the later detectors'.
    if (isRewrite(pair.base, pair.other) || !quotedOrAttribution(pair.base) || !quotedOrAttribution(pair.other)) return undefined;
    return quoteDetector.detect(pair);
  },
};

function quotedOrAttribution(side: Side): boolean {
  const words = spelledOut(side);
  const quoted = words.filter(isQuoted).length;
  return quoted > 0 && quoted <= MAX_QUOTED_SWAP_WORDS && words.every(isQuotedOrAttribution);
}

const isQuotedOrAttribution = (w: Word) => w.token.quoted || isAttribution(w);

/** Most quoted words a side may change for a swap: longer stretches are the diff pairing two quotations. */
const MAX_QUOTED_SWAP_WORDS = 5;

/** A word of "Delgado said", "he told reporters": a name, a pronoun, a function word or a verb of saying. */
const isAttribution = (w: Word) => w.token.capitalized || SAYING_VERBS.has(w.norm) || isFunctionNorm(w.norm) || w.norm === "reporters";
