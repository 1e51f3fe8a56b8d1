/**
 * Quote: the wording inside quotation marks differs — a source is quoted differently. Substantive
 * when content words of the quotation change, or how sure the speaker is ("we will win" / "we can
 * win"); minor when only its other function words do. Quotation
 * marks themselves are not tokens, so curly, straight and stripped quotes never get here.
 */
import type { Detector, Side } from "./detector";
import { SAYING_VERBS } from "../facts/speakers";
import { normalizeWord } from "../normalize";
import { isFunctionNorm, isRewrite, plain, spelledOut, unmatched, type Word } from "./words";

/**
 * Modals change what a speaker said when swapped inside a quotation: how sure or bound ("will" /
 * "can", "must" / "may"). Pronouns and articles stay minor: "I" / "he" is how a quotation is
 * fitted into reported speech.
 */
const MODALS = new Set("will would shall should can could may might must".split(" "));

export const quoteDetector: Detector = {
  name: "quote",
  detect({ base, other }) {
    // Case is style inside quotes too ("AUG 10" / "Aug. 10").
    // A spelled-out contraction's words ("wouldn't" → "would", "not") are matched one by one.
    const byNorm = (w: Word) => normalizeWord((w.norm === w.token.norm ? w.token.text : w.norm).toLowerCase().replace(/\.$/, ""));
    const a = spelledOut(base);
    const b = spelledOut(other);
    const onlyA = unmatched(a, b, byNorm);
    const onlyB = unmatched(b, a, byNorm);
    const changed = [...onlyA, ...onlyB].filter((w) => w.token.quoted);
    if (!changed.length) return undefined;
    // "work force" / "workforce", "set up" / "setup": one word written closed or open is no misquotation.
    const letters = (ws: Word[]) => ws.filter((w) => w.token.quoted).map(byNorm).join("");
    if (letters(onlyA) && letters(onlyA) === letters(onlyB)) return undefined;
    // Quoted words on one side against the other version's own, unquoted words: it paraphrased
    // rather than misquoted ("… “as well as the need …”" / "… as they also highlighted the need").
    const quotedOn = (ws: Word[]) => ws.some((w) => w.token.quoted);
    const unquotedOn = (ws: Word[]) => ws.some((w) => !w.token.quoted && !isFunctionNorm(w.norm));
    if ((quotedOn(onlyA) && !quotedOn(onlyB) && unquotedOn(onlyB)) || (quotedOn(onlyB) && !quotedOn(onlyA) && unquotedOn(onlyA))) return undefined;
    const severity = changed.some((w) => !isFunctionNorm(w.norm) || MODALS.has(w.norm)) ? "substantive" : "minor";
    const words = (ws: Word[]) => plain([...new Set(ws.map((w) => w.token))]);
    const focus = isRewrite(base, other) ? { base: words(onlyA), other: words(onlyB) } : undefined;
    return { category: "quote", severity, focus };
  },
};

/**
 * Words changed inside quotation marks on both sides, beside nothing but the attribution one side
 * adds or moves ("… once and for all." / "… for good,” Delgado said."), are a misquotation, judged
 * before a describing word's change is: the words are the speaker's, not the writer's.
 */
export const quotedChangeDetector: Detector = {
  name: "quoted change",
  detect(pair) {
    const quotedOrAttribution = (side: Side) => {
      const words = spelledOut(side);
      const quoted = words.filter((w) => w.token.quoted).length;
      return quoted > 0 && quoted <= MAX_QUOTED_SWAP_WORDS && words.every((w) => w.token.quoted || isAttribution(w));
    };
    // In a rewritten sentence the diff may pair two different quotations: those are the later detectors'.
    if (isRewrite(pair.base, pair.other) || !quotedOrAttribution(pair.base) || !quotedOrAttribution(pair.other)) return undefined;
    return quoteDetector.detect(pair);
  },
};

/** Most quoted words a side may change for a swap: longer stretches are the diff pairing two quotations. */
const MAX_QUOTED_SWAP_WORDS = 5;

/** A word of "Delgado said", "he told reporters": a name, a pronoun, a function word or a verb of saying. */
const isAttribution = (w: Word) => w.token.capitalized || SAYING_VERBS.has(w.norm) || isFunctionNorm(w.norm) || w.norm === "reporters";
