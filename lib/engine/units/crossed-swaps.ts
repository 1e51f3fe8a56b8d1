/**
 * CROSSED SWAPS: two words exchanged between versions of one statement where the word diff
 * cuts the exchange into two differences ("a freight train and an oncoming passenger train" /
 * "a passenger train and an oncoming freight train": "freight" → "passenger", then "passenger" →
 * "freight"). Read one at a time each is a word for a word; together they say which train was
 * oncoming. One substantive discrepancy replaces the pair when a word that relates the two stands
 * between them; two items of a list in another order ("Texas, Oklahoma and Kansas" / "Kansas,
 * Oklahoma and Texas") are one minor difference of order, not two names changed
 * (detectors/swap.ts reads the same within one difference).
 */
import { joinsList } from "../detectors/swap";
import type { FoundDiscrepancy, Variant } from "../types";

const wordOf = (v: Variant) => v.core.trim().toLowerCase();
const isOneWord = (v: Variant) => /^[\p{L}\p{N}'’-]+$/u.test(v.core.trim());
// Module level: a transpiler that lowers `\p{…}` patterns builds a literal anew at every call.
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * One-word changes in one statement past which the pairs are not looked at: a statement with this
 * many was rewritten, not edited (and the pairs grow with the square of their number).
 */
const MAX_WORD_CHANGES = 40;

/** `found` (one statement's discrepancies) with each crossed pair of one-word changes joined. */
export function joinCrossedSwaps(found: FoundDiscrepancy[], textOf: (paragraph: string) => string | undefined): FoundDiscrepancy[] {
  // Most units make one discrepancy or none: nothing to join, and no list made to say so.
  if (found.length < 2) return found;
  const changes: number[] = [];
  for (let k = 0; k < found.length; k++) if (isWordChange(found[k])) changes.push(k);
  if (changes.length < 2 || changes.length > MAX_WORD_CHANGES) return found;
  // Each change's words are read once: every pair of changes compares them.
  const words = new Map(changes.map((k) => [k, wordsOf(found[k])]));
  const used = new Set<number>();
  const joined = new Map<number, FoundDiscrepancy>();
  for (const [n, i] of changes.entries()) {
    if (used.has(i)) continue;
    for (const j of changes.slice(n + 1)) {
      if (used.has(j) || !crossed(found[i], found[j], words.get(i)!, words.get(j)!)) continue;
      joined.set(i, swapOf(found[i], found[j], relatedBetween(found[i], found[j], textOf)));
      used.add(i).add(j);
      break;
    }
  }
  if (!joined.size) return found;
  return found.flatMap((d, k) => (joined.has(k) ? [joined.get(k)!] : used.has(k) ? [] : [d]));
}

/**
 * A change of one word for one word in every version that states it: a wording or a name. Most
 * versions state the same word: each wording is read once, not once per version.
 */
function isWordChange(d: FoundDiscrepancy): boolean {
  if (d.category !== "characterization" && d.category !== "entity") return false;
  let stated = 0;
  let read = "";
  for (const v of d.variants) {
    if (!v.core) continue;
    stated++;
    if (v.spans.length !== 1) return false;
    if (v.core === read) continue;
    if (!isOneWord(v)) return false;
    read = v.core;
  }
  return stated >= 2;
}

/** A word change's words: each variant's, lowered, and the distinct ones stated. */
interface ChangeWords {
  byVariant: string[];
  stated: Set<string>;
}

function wordsOf(d: FoundDiscrepancy): ChangeWords {
  const byVariant: string[] = new Array(d.variants.length);
  const stated = new Set<string>();
  // A version stating the words of the one before takes its reading.
  let core = "";
  let word = "";
  for (let k = 0; k < d.variants.length; k++) {
    const v = d.variants[k];
    if (v.core && v.core !== core) {
      core = v.core;
      word = wordOf(v);
      if (word) stated.add(word);
    }
    byVariant[k] = v.core ? word : "";
  }
  return { byVariant, stated };
}

/** Each version that states both has the other's word of the first in the second, and back. */
function crossed(a: FoundDiscrepancy, b: FoundDiscrepancy, wordsA: ChangeWords, wordsB: ChangeWords): boolean {
  if (wordsA.stated.size < 2) return false;
  for (let k = 0; k < a.variants.length; k++) {
    const va = a.variants[k];
    const vb = b.variants[k];
    if (!va.core || !vb?.core) {
      if (va.core || vb?.core) return false;
      continue;
    }
    const wa = wordsA.byVariant[k];
    const wb = wordsB.byVariant[k];
    if (wa === wb || !wordsA.stated.has(wb) || va.spans[0].paragraph !== vb.spans[0].paragraph) return false;
  }
  return true;
}

/** Whether a word that relates the two, not just a list's joiners and items, stands between them. */
function relatedBetween(a: FoundDiscrepancy, b: FoundDiscrepancy, textOf: (paragraph: string) => string | undefined): boolean {
  const va = a.variants.find((v) => v.core)!;
  const vb = b.variants.find((v) => v.source === va.source)!;
  const [first, second] = va.spans[0].start < vb.spans[0].start ? [va.spans[0], vb.spans[0]] : [vb.spans[0], va.spans[0]];
  const text = textOf(first.paragraph)?.slice(first.end, second.start) ?? "";
  const words = text.match(/[\p{L}\p{N}'’-]+|,/gu) ?? [];
  return words.some((w) => !joinsList(w, CAPITAL_FIRST.test(w)));
}

function swapOf(a: FoundDiscrepancy, b: FoundDiscrepancy, related: boolean): FoundDiscrepancy {
  const variants = a.variants.map((va, k) => {
    const vb = b.variants[k];
    if (!va.core) return va;
    const [first, second] = va.spans[0].start < vb.spans[0].start ? [va, vb] : [vb, va];
    return { ...va, core: `${first.core} … ${second.core}`, spans: [...first.spans, ...second.spans] };
  });
  const shown = [...new Set(variants.filter((v) => v.core).map((v) => v.core))];
  return related
    ? { ...a, severity: "substantive", category: "characterization", summary: `Swapped: ${shown.join(" ≠ ")}`, variants }
    : { ...a, severity: "minor", category: "format", summary: `Order: ${shown.join(" ≠ ")}`, variants };
}
