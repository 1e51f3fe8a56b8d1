/**
 * Quote: the wording inside quotation marks differs — a source is quoted differently. Substantive
 * when content words of the quotation change, or how sure the speaker is ("we will win" / "we can
 * win"); minor when only its other function words do. Quotation
 * marks themselves are not tokens, so curly, straight and stripped quotes never get here.
 */
import type { Detector } from "./detector";
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
