/**
 * LEDES: every version opens on the story's main event, and a rewritten lede ("Spain has smashed its
 * June temperature record, with the mercury hitting 48C …" against "Temperatures in southern Spain
 * climbed to 46 degrees Celsius …") scores below the aligner's threshold. A version whose first
 * sentence stands alone joins the statement the other versions open on, when it is as alike them as
 * a rewording is: left apart, the figures of the two ledes are never compared.
 */
import type { Unit } from "./align-units";
import { REWORDED_MIN } from "./skipped-statements";
import type { SentenceRef } from "./sentences";

const FIGURE = /\d/;

/** Share of the versions whose first sentences must make one statement for it to be the story's lede. */
const LEDE_SHARE = 0.5;

/** `units` with each version's lone first sentence joined to the lede the other versions share, where alike enough. */
export function joinLedes(units: Unit[], similarity: (a: SentenceRef, b: SentenceRef) => number, rank: ReadonlyMap<string, number>): Unit[] {
  const versions = rank.size;
  const openers = (u: Unit) => u.members.filter((m) => m.order === 0).length;
  const lede = units.reduce<Unit | undefined>((best, u) => (openers(u) > (best ? openers(best) : 0) ? u : best), undefined);
  if (!lede || openers(lede) < Math.max(2, LEDE_SHARE * versions)) return units;
  const inLede = new Set(lede.members.map((m) => m.source));
  const joining = units.filter((u) => {
    if (u === lede || u.members.length !== 1) return false;
    const [first] = u.members;
    if (first.order !== 0 || inLede.has(first.source)) return false;
    // Only ledes that give figures: theirs are what joining lets the story compare.
    if (!FIGURE.test(first.text) || !lede.members.some((m) => FIGURE.test(m.text))) return false;
    const mean = lede.members.reduce((sum, m) => sum + similarity(first, m), 0) / lede.members.length;
    return mean >= REWORDED_MIN;
  });
  if (!joining.length) return units;
  const joined = new Set(joining);
  const members = [...lede.members, ...joining.map((u) => u.members[0])];
  // Members in canonical source order, then reading order, as the aligner lists them.
  members.sort((a, b) => rank.get(a.source)! - rank.get(b.source)! || a.order - b.order);
  return units.filter((u) => !joined.has(u)).map((u) => (u === lede ? { members } : u));
}
