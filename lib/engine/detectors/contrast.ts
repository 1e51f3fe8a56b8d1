/**
 * Contrast: one word swapped for another that excludes it (lexicon/contrasts.ts): "charged" /
 * "convicted", "dozens" / "hundreds", "first" / "second", "morning" / "evening", "missing" /
 * "injured". In otherwise the same words that is another fact, not a rewording, so it is
 * substantive where an ordinary one-word swap is minor wording.
 */
import { contrastOf } from "../lexicon/contrasts";
import { looksDescriptive } from "../lexicon/evaluative";
import { nounRelation } from "../lexicon/wordnet";
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
    const [a1, b1] = [written(onlyA[0]), written(onlyB[0])];
    const found = contrastOf(a1, b1, { a: after(base, onlyA[0]), b: after(other, onlyB[0]) }) ?? kindsOfOneThing(onlyA[0], onlyB[0]);
    return found && { category: found.category, severity: "substantive", label: found.label };
  },
};

/**
 * WordNet's sorts of nouns whose sister kinds exclude one another: animals, artifacts, the body,
 * food, groups, places, objects, people, plants, possessions, substances and times. Abstract sorts
 * (cognition, communication, attributes, feelings…) file words that one sentence may use for the
 * same thing ("from any cause" / "for any reason").
 */
const THING_SORTS: ReadonlySet<number> = new Set([5, 6, 8, 13, 14, 15, 17, 18, 20, 21, 27, 28]);

/**
 * Two common nouns WordNet files as sister kinds of one narrow thing ("truck" / "car" under "motor
 * vehicle", "nurses" / "doctors" under "health professional"): in otherwise the same words, another
 * fact. Synonyms and a thing with its kind ("blaze" / "fire") are not sisters. Names are the entity
 * detector's.
 */
function kindsOfOneThing(a: Word, b: Word): { label: string; category: "characterization" } | undefined {
  const plainNoun = (w: Word) => w.token.kind === "word" && (!w.token.capitalized || w.token.sentenceStart) && /^\p{Ll}+$/u.test(w.token.text.toLowerCase());
  // Loaded words ("rebels" / "militants") are a characterization, judged as one.
  if (![a, b].every(plainNoun) || [a, b].some((w) => looksDescriptive(w.norm))) return undefined;
  const relation = nounRelation(a.token.text.toLowerCase(), b.token.text.toLowerCase());
  if (relation?.kind !== "sisters" || !THING_SORTS.has(relation.sort)) return undefined;
  return { label: relation.hypernym[0].toUpperCase() + relation.hypernym.slice(1), category: "characterization" };
}
