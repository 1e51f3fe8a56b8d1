/**
 * Quote: the wording inside quotation marks differs — a source is quoted differently. Substantive
 * when content words of the quotation change, minor when only its function words do. Quotation
 * marks themselves are not tokens, so curly, straight and stripped quotes never get here.
 */
import type { Detector } from "./detector";
import { normalizeWord } from "../normalize";
import { isFunctionNorm, isRewrite, plain, spelledOut, unmatched, type Word } from "./words";

export const quoteDetector: Detector = {
  name: "quote",
  detect({ base, other }) {
    // Case is style inside quotes too ("AUG 10" / "Aug. 10").
    const byNorm = (w: Word) => normalizeWord(w.token.text.toLowerCase().replace(/\.$/, ""));
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
    const severity = changed.some((w) => !isFunctionNorm(w.norm)) ? "substantive" : "minor";
    const words = (ws: Word[]) => plain([...new Set(ws.map((w) => w.token))]);
    const focus = isRewrite(base, other) ? { base: words(onlyA), other: words(onlyB) } : undefined;
    return { category: "quote", severity, focus };
  },
};
