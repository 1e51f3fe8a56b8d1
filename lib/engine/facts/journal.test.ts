import { describe, expect, it } from "vitest";
import { story } from "./story.test-helper";
import { journalConflicts, journalsOf } from "./journal";

describe("journalsOf", () => {
  it("reads the journal a study was published in", () => {
    expect(journalsOf("The study was published in the journal JAMA Network Open.").map((j) => j.title)).toEqual(["JAMA Network Open"]);
    expect(journalsOf("The study appeared in The BMJ.").map((j) => j.title)).toEqual(["The BMJ"]);
    expect(journalsOf("The findings were published Wednesday in the New England Journal of Medicine.").map((j) => j.title)).toEqual(["the New England Journal of Medicine"]);
    expect(journalsOf("The findings, published online in the New England Journal of Medicine, surprised doctors.").map((j) => j.title)).toEqual(["the New England Journal of Medicine"]);
  });

  it("reads no journal in a court appearance or a month", () => {
    expect(journalsOf("He appeared in Federal Court on Monday.")).toEqual([]);
    expect(journalsOf("The study was published in December.")).toEqual([]);
  });
});

describe("journalConflicts", () => {
  it("sets another journal against the story's wherever the sentences sit; a shorter name or initials agree", () => {
    const found = journalConflicts(
      [...story("s1", "People who ate the most had a 10% higher risk.", "The study was published in the journal JAMA Network Open."), ...story("s2", "The study appeared in The BMJ.")],
      ["s1", "s2"],
    );
    expect(found.map((d) => d.summary)).toEqual(["Journal: JAMA Network Open ≠ The BMJ"]);
    expect(journalConflicts([...story("s1", "The study was published in JAMA Network Open."), ...story("s2", "The study appeared in JAMA.")], ["s1", "s2"])).toEqual([]);
    expect(journalConflicts([...story("s1", "The paper appeared in NEJM."), ...story("s2", "It was published in the New England Journal of Medicine, the study said.")], ["s1", "s2"])).toEqual([]);
  });
});
