import { describe, expect, it } from "vitest";
import { quotedChangeDetector, quoteDetector } from "./quote";
import { pairOf, pairOfStretches } from "./pair.test-helper";

const detect = (a: string, b: string) => quoteDetector.detect(pairOf(a, b));

describe("quoteDetector", () => {
  it("calls a word of degree added inside a quotation a misquotation", () => {
    expect(quoteDetector.detect(pairOf('"The eruption activity is still high," said Muhammad Wafid.', '"The eruption activity is still very high," said Muhammad Wafid.'))).toMatchObject({ category: "quote", severity: "substantive" });
    // "So" opening a quotation is how it was cut, not how strongly it was said.
    expect(quoteDetector.detect(pairOf('"So we are ready for the talks," he said.', '"We are ready for the talks," he said.'))?.severity).not.toBe("substantive");
  });

  it("calls a changed content word inside quotation marks a substantive misquotation", () => {
    expect(detect('She said she felt "deep pain" at the verdict.', 'She said she felt "deep shame" at the verdict.')).toMatchObject({ category: "quote", severity: "substantive" });
  });

  it("calls a changed modal inside quotation marks substantive: it changes what was said", () => {
    expect(detect('He said "we will win" at the rally.', 'He said "we can win" at the rally.')).toMatchObject({ severity: "substantive" });
  });

  it("calls a function word swapped inside quotation marks substantive when it says when, why or how many", () => {
    expect(detect('"Our only reason for being there was during the war," he said.', '"Our only reason for being there was after the war," he said.')).toMatchObject({ severity: "substantive" });
    expect(detect('"We will sign because the terms are fair," she said.', '"We will sign unless the terms are fair," she said.')).toMatchObject({ severity: "substantive" });
    expect(detect('"All of the members voted for it," he said.', '"Some of the members voted for it," he said.')).toMatchObject({ severity: "substantive" });
  });

  it("calls a negation or a word of how many dropped from a quotation substantive", () => {
    expect(detect('"It is not as if nobody else could do this job," she said.', '"It is as if nobody else could do this job," she said.')).toMatchObject({ severity: "substantive" });
    expect(detect('"We call for tolerance on the part of all of its people," he said.', '"We call for tolerance on the part of its people," he said.')).toMatchObject({ severity: "substantive" });
  });

  it("keeps other function words, pronouns fitted to reported speech and spelled-out contractions minor", () => {
    expect(detect('He said "I will win" at the rally.', 'He said "he will win" at the rally.')).toMatchObject({ severity: "minor" });
    expect(detect('He said "we will win in the end" at the rally.', 'He said "we will win at the end" at the rally.')).toMatchObject({ severity: "minor" });
    expect(detect('"It is fine except I wouldn\'t want it now," he said.', '"It is fine except that I would not want it now," he said.')).toMatchObject({ severity: "minor" });
  });
});

describe("quotedChangeDetector", () => {
  const detectChange = (a: string, b: string) => quotedChangeDetector.detect(pairOf(a, b));

  it("reads words changed inside a quotation beside an attribution one side adds as a misquotation", () => {
    expect(detectChange("She added: “This closes the divide once and for all.”", "She added: “This closes the divide for good,” Delgado said.")).toMatchObject({ category: "quote", severity: "substantive" });
  });

  it("leaves a quotation against the other version's own words, and long stretches, to later detectors", () => {
    expect(detectChange("Delgado said the plan closes the divide once and for all.", "Delgado said the plan “closes the divide for good.”")).toBeUndefined();
    expect(detectChange("He said: “Censorship is a very dangerous thing and impossible to police.”", "He said: “I get used to it and watch with a smile.”")).toBeUndefined();
  });
});

describe("quoteDetector: one word written two ways", () => {
  it("reads a word written closed or open inside a quotation as no misquotation", () => {
    const open = "“We will protect our work force,” he said.";
    const closed = "“We will protect our workforce.” He left.";
    expect(quoteDetector.detect(pairOfStretches(open, "work force,” he said", closed, "workforce"))).toBeUndefined();
    expect(quoteDetector.detect(pairOfStretches(open, "work force,” he said", "“We will protect our staff.” He left.", "staff"))).toMatchObject({ category: "quote", severity: "substantive" });
  });
});

