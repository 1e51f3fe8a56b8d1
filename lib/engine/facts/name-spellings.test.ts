import { describe, expect, it } from "vitest";
import { story } from "./story.test-helper";
import { nameSpellingConflicts } from "./name-spellings";

const spellings = (...versions: ReturnType<typeof story>[]) =>
  nameSpellingConflicts(versions.flat(), versions.map((v) => v[0].source), []).map((d) => d.summary);

describe("nameSpellingConflicts", () => {
  it("finds one person spelt two ways by two versions, wherever the sentences sit", () => {
    const found = spellings(
      story("s1", "A gunman opened fire at a mall.", "Police identified him as Devon Harper of Columbus."),
      story("s2", "The gunman, Devin Harper, 24, later died in a garage.", "Three people were killed."),
    );
    expect(found).toEqual(["Name spelling: Devon Harper ≈ Devin Harper"]);
  });

  it("leaves apart two people, accents, plurals and names that differ by more than a slip", () => {
    // One version names both: two people.
    expect(spellings(story("s1", "Devon Harper and Devin Harper are brothers."), story("s2", "Devin Harper spoke."))).toEqual([]);
    expect(spellings(story("s1", "Enrique Peña Nieto spoke."), story("s2", "Enrique Pena Nieto spoke."))).toEqual([]);
    expect(spellings(story("s1", "Senate Republican leaders met."), story("s2", "Senate Republicans met."))).toEqual([]);
    expect(spellings(story("s1", "Jimmy Carter spoke."), story("s2", "Jimmy Carver spoke."))).toEqual(["Name spelling: Jimmy Carter ≈ Jimmy Carver"]);
    expect(spellings(story("s1", "Joe Biden spoke."), story("s2", "Jill Biden spoke."))).toEqual([]);
  });

  it("reads a name with a possessive or a curly apostrophe as written, and names in a row pair by pair", () => {
    expect(spellings(story("s1", "Police said Devon Harper’s car was found."), story("s2", "Devin Harper's car was found."))).toEqual([
      "Name spelling: Devon Harper’s ≈ Devin Harper's",
    ]);
    expect(spellings(story("s1", "Lawyers for Devon Dell’Anno spoke."), story("s2", "Lawyers for Devin Dell'Anno spoke."))).toEqual([
      "Name spelling: Devon Dell’Anno ≈ Devin Dell'Anno",
    ]);
  });

  it("leaves a name a statement's own comparison already reports to it", () => {
    const versions = [story("s1", "Devon Harper spoke."), story("s2", "Devin Harper spoke.")];
    const reported = [{ severity: "minor" as const, category: "spelling" as const, summary: "", variants: [{ source: "s1", text: "", core: "Devon Harper", spans: [] }, { source: "s2", text: "", core: "Devin Harper", spans: [] }] }];
    expect(nameSpellingConflicts(versions.flat(), ["s1", "s2"], reported)).toEqual([]);
    // As two names, too: one discrepancy for one pair of spellings, not two.
    const asNames = [{ ...reported[0], severity: "substantive" as const, category: "entity" as const }];
    expect(nameSpellingConflicts(versions.flat(), ["s1", "s2"], asNames)).toEqual([]);
  });
});
