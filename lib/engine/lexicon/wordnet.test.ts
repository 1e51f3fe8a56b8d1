import { describe, expect, it } from "vitest";
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
