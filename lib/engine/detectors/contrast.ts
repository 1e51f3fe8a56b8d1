/**
 * Contrast: one word swapped for another that excludes it (lexicon/contrasts.ts): "charged" /
 * "convicted", "dozens" / "hundreds", "first" / "second", "morning" / "evening", "missing" /
 * "injured". In otherwise the same words that is another fact, not a rewording, so it is
 * substantive where an ordinary one-word swap is minor wording.
 */
import { contrastOf } from "../lexicon/contrasts";
import type { Detector, Side } from "./detector";
import { isFunctionNorm, spelledOut, unmatched, type Word } from "./words";

// Ordinals may be read as figures ("first"), so every word and figure counts.
const content = (side: Side) => spelledOut(side).filter((w) => w.token.kind !== "punct" && !isFunctionNorm(w.norm));
const byNorm = (w: Word) => w.norm.toLowerCase();

export const contrastDetector: Detector = {
  name: "contrast",
  detect({ base, other }) {
    const a = content(base);
    const b = content(other);
    const onlyA = unmatched(a, b, byNorm);
    const onlyB = unmatched(b, a, byNorm);
    // One word for one word: in a longer stretch the two may be said of different things.
    if (onlyA.length !== 1 || onlyB.length !== 1) return undefined;
    // Looked up as written: the normal form of "second" is "2".
    const written = (w: Word) => (w.norm === w.token.norm ? w.token.text.toLowerCase() : w.norm);
    const after = (side: Side, w: Word) => side.row.tokens[side.row.tokens.indexOf(w.token) + 1]?.norm.toLowerCase();
    const found = contrastOf(written(onlyA[0]), written(onlyB[0]), { a: after(base, onlyA[0]), b: after(other, onlyB[0]) });
    return found && { category: found.category, severity: "substantive", label: found.label };
  },
};
