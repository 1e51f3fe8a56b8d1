/**
 * Statements reworded past the aligner's threshold. A sentence alone in its unit, facing in another
 * version a sentence alone in its own unit as the only such one between the same two statements the
 * versions share (or before the first, or after the last), or in the same place among as many such
 * sentences, makes one statement with it when the two are as alike as a rewording is (REWORDED_MIN,
 * the omission stage's measure). Left apart, they are
 * neither an omission (each version says something there) nor compared, and a conflict inside
 * ("The victims were Palestinian." / "The victims were Israeli.") would go unreported.
 */
import type { Unit } from "./align-units";
import * as skippedStatements from "./skipped-statements";
import type { SentenceRef } from "./sentences";
import * as tokenization from "../tokenize";
import { memoByText } from "../memo";
import * as words from "../detectors/words";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the engine worker, CLI and benchmarks run so), and these are read per wording and per facing pair of sentences.
const { REWORDED_MIN } = skippedStatements;
const { tokensOf } = tokenization;
const { isFunctionNorm, lemma } = words;

/** Sentences either side of a counterpart that it must be closer than. */
const NEIGHBOURHOOD = 2;

/** `bySource` in canonical order, each source's sentences in reading order (numbered by `order`), as alignUnits had them. */
export function joinRewordedPairs(units: Unit[], bySource: Map<string, SentenceRef[]>, similarity: (a: SentenceRef, b: SentenceRef) => number): Unit[] {
  // Per version, which unit each sentence is in (by its place in the version's reading order), where
  // each unit first comes, and which sentences are alone: typed arrays, as 50 copies make over a
  // thousand pairs of versions to walk.
  const unitAt = new Map([...bySource].map(([source, list]) => [source, new Int32Array(list.length)]));
  // Which units are of one sentence, read once rather than once per sentence of every version.
  const single = new Uint8Array(units.length);
  for (let k = 0; k < units.length; k++) {
    const { members } = units[k];
    if (members.length === 1) single[k] = 1;
    for (const m of members) unitAt.get(m.source)![m.order] = k;
  }
  const versions: Version[] = [];
  for (const [source, list] of bySource) {
    const at = unitAt.get(source)!;
    // A loop: Uint8Array.from with a mapping function walks the list through its iterator.
    const alone = new Uint8Array(at.length);
    let lastAlone = -1;
    for (let p = 0; p < at.length; p++) {
      if (!single[at[p]]) continue;
      alone[p] = 1;
      lastAlone = p;
    }
    if (lastAlone < 0) continue;
    const firstAt = new Int32Array(units.length).fill(-1);
    for (let p = at.length - 1; p >= 0; p--) firstAt[at[p]] = p;
    const aloneBefore = new Int32Array(at.length + 1);
    for (let p = 0; p < at.length; p++) aloneBefore[p + 1] = aloneBefore[p] + alone[p];
    versions.push({ list, unitAt: at, firstAt, alone, aloneBefore, lastAlone });
  }
  const rank = new Map([...bySource.keys()].map((source, k) => [source, k]));

  // Groups of single-sentence units, joined pair by pair; a group keeps one sentence per version.
  const groupOf = new Map<number, Set<number>>();
  const join = (a: number, b: number) => {
    const ga = groupOf.get(a) ?? new Set([a]);
    const gb = groupOf.get(b) ?? new Set([b]);
    if (ga === gb) return;
    const versions = (g: Set<number>) => [...g].map((k) => units[k].members[0].source);
    if (versions(ga).some((v) => versions(gb).includes(v))) return;
    for (const k of gb) ga.add(k);
    for (const k of ga) groupOf.set(k, ga);
  };
  for (let i = 0; i < versions.length; i++) {
    for (let j = i + 1; j < versions.length; j++) {
      for (const [a, b] of facingPairs(versions[i], versions[j], similarity)) {
        const score = similarity(a, b);
        if ((score < REWORDED_MIN && !sameFrame(a, b)) || shareNoPredicate(a, b)) continue;
        // Each must be the other's closest sentence around it, not only the one alone in the stretch.
        if (closestAround(a, b, versions[j].list, score, similarity) && closestAround(b, a, versions[i].list, score, similarity)) join(versions[i].unitAt[a.order], versions[j].unitAt[b.order]);
      }
    }
  }
  if (!groupOf.size) return units;

  const out: Unit[] = [];
  units.forEach((unit, k) => {
    const group = groupOf.get(k);
    if (!group) out.push(unit);
    else if (Math.min(...group) === k) {
      const members = [...group].map((g) => units[g].members[0]);
      members.sort((x, y) => rank.get(x.source)! - rank.get(y.source)! || x.order - y.order);
      out.push({ members });
    }
  });
  return out;
}

/** Whether no sentence around `y` in its list is more alike `x` than `score` (module level: keepNames names each closure made). */
function closestAround(x: SentenceRef, y: SentenceRef, list: SentenceRef[], score: number, similarity: (a: SentenceRef, b: SentenceRef) => number): boolean {
  for (let k = Math.max(0, y.order - NEIGHBOURHOOD), end = Math.min(list.length, y.order + NEIGHBOURHOOD + 1); k < end; k++) {
    if (!(similarity(x, list[k]) <= score)) return false;
  }
  return true;
}

/**
 * Two sentences that share no word of what they say, only names and small words ("There were
 * hundreds of rescues around Kerr County, including …" / "The flooding in Kerr County killed …"),
 * tell two things however alike their terms score.
 */
function shareNoPredicate(a: SentenceRef, b: SentenceRef): boolean {
  const inB = predicateWords(b.text);
  // Loops, not closures: keepNames transpilers name each closure made, and 50 copies face thousands of pairs.
  for (const w of predicateWords(a.text)) if (inB.includes(w)) return false;
  return true;
}

/** A sentence's words of what it says: not names, small words or words of place and amount; read once per wording. */
const predicateWords = memoByText(20_000, (text: string) =>
  tokensOf(text)
    .filter((t) => t.kind === "word" && (!t.capitalized || t.sentenceStart) && !isFunctionNorm(t.norm) && !PLACE_WORDS.has(t.norm))
    .map((t) => lemma(t.norm.toLowerCase())),
);

/**
 * Two sentences that say the same words around other names and figures ("“We are ready,” said
 * Foreign Minister Wang Yi." / "… said Premier Li Qiang.", "The plane was a Boeing 737." / "… an
 * Airbus A320.") are one statement however few terms they share: the names are what changed.
 */
function sameFrame(a: SentenceRef, b: SentenceRef): boolean {
  const fa = frameOf(a.text);
  if (fa.length < MIN_FRAME_WORDS) return false;
  const fb = frameOf(b.text);
  if (fa.length !== fb.length) return false;
  for (let i = 0; i < fa.length; i++) if (fa[i] !== fb[i]) return false;
  return true;
}

/** Fewest words around the names for a frame to say something. */
const MIN_FRAME_WORDS = 3;

/** A sentence's words without its names and figures, articles as one: read once per wording. */
const frameOf = memoByText(20_000, (text: string) =>
  tokensOf(text)
    .filter((t) => t.kind === "word" && !(t.capitalized && !t.sentenceStart))
    .map((t) => (t.norm.toLowerCase() === "an" ? "a" : t.norm.toLowerCase())),
);

/** Words that only say where or how many: "including", "least", "around". */
const PLACE_WORDS = new Set(["including", "least", "around", "near", "nearly", "some", "about", "more", "than"]);

interface Version {
  list: SentenceRef[];
  unitAt: Int32Array;
  /** Per unit, where the version first comes to it, or -1. */
  firstAt: Int32Array;
  alone: Uint8Array;
  /** Per position p, how many sentences before p are alone: a stretch's count without a walk over it. */
  aloneBefore: Int32Array;
  /** Position of its last sentence alone in its unit. */
  lastAlone: number;
}

/**
 * In two versions' reading orders, the single-sentence units that face each other alone in a
 * stretch between consecutive statements both make (kept in both orders).
 */
function facingPairs(first: Version, second: Version, similarity: (a: SentenceRef, b: SentenceRef) => number): Array<[SentenceRef, SentenceRef]> {
  // The statements both make, as positions in each (a statement moved against the others' order
  // bounds no stretch), walked once and not kept: each bounds the stretch before it. Past the
  // first's last sentence alone, no stretch can have one: the walk stops there.
  const pairs: Array<[SentenceRef, SentenceRef]> = [];
  let here = -1;
  let there = -1;
  for (let p = 0; p <= first.list.length && here <= first.lastAlone; p++) {
    const at = p < first.list.length ? second.firstAt[first.unitAt[p]] : second.list.length;
    if (at <= there) continue;
    // Most stretches of a copy hold no sentence alone on either side: counted, nothing to pair, nothing to build.
    const count = first.aloneBefore[p] - first.aloneBefore[here + 1];
    if (count && count === second.aloneBefore[at] - second.aloneBefore[there + 1]) {
      const a = aloneIn(first, here + 1, p);
      const b = aloneIn(second, there + 1, at);
      if (count === 1) pairs.push([first.list[a[0]], second.list[b[0]]]);
      else pairs.push(...inStep(a.map((k) => first.list[k]), b.map((k) => second.list[k]), similarity));
    }
    here = p;
    there = at;
  }
  return pairs;
}

/** The positions of the sentences alone in their units among positions from…to. */
function aloneIn(version: Version, from: number, to: number): number[] {
  const found: number[] = [];
  for (let p = from; p < to; p++) if (version.alone[p]) found.push(p);
  return found;
}

/**
 * As many sentences alone on each side of one stretch (a match report retold: who scored first,
 * then the winner), told in the same order: each faces the one in its place, when that is the one
 * it is most alike and it is the one most alike that.
 */
function inStep(as: SentenceRef[], bs: SentenceRef[], similarity: (a: SentenceRef, b: SentenceRef) => number): Array<[SentenceRef, SentenceRef]> {
  const pairs: Array<[SentenceRef, SentenceRef]> = [];
  for (let k = 0; k < as.length; k++) {
    if (mostAlike(as[k], bs, similarity) === bs[k] && mostAlike(bs[k], as, similarity) === as[k]) pairs.push([as[k], bs[k]]);
  }
  return pairs;
}

/** The first of `ys` most alike `x` (module level: keepNames transpilers name each closure made per call). */
function mostAlike(x: SentenceRef, ys: SentenceRef[], similarity: (a: SentenceRef, b: SentenceRef) => number): SentenceRef {
  let top = ys[0];
  for (let i = 1; i < ys.length; i++) if (similarity(x, ys[i]) > similarity(x, top)) top = ys[i];
  return top;
}
