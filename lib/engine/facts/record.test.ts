import { describe, expect, it } from "vitest";
import { recordConflicts, recordsOf } from "./record";
import { story } from "./story.test-helper";

describe("records", () => {
  it("reads how far back a record reaches", () => {
    expect(recordsOf("It would be Morocco's strongest since 1960, the agency said.")).toMatchObject([{ record: "strongest", since: 1960 }]);
    expect(recordsOf("the strongest quake in more than a century")).toMatchObject([{ record: "strongest", years: { low: 100, high: Infinity } }]);
    expect(recordsOf("Morocco's deadliest in more than 60 years and the strongest in 120 years")).toMatchObject([
      { record: "deadliest", years: { low: 60 } },
      { record: "strongest", years: { low: 120, high: 120 } },
    ]);
    expect(recordsOf("The team won its third title since the merger.")).toEqual([]);
  });

  const early = story("s1", "The quake struck late Friday.", "It was Morocco's strongest since 1960, the agency said.");
  const later = (span: string) => story("s2", `The quake was the strongest ${span}, officials said.`);
  const in2023 = () => 2023;

  it("sets spans that cannot both be true against each other, in the story's year", () => {
    const found = recordConflicts([...early, ...later("in more than a century")], ["s1", "s2"], in2023);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "substantive", category: "date" });
    expect(found[0].variants.map((v) => v.core)).toEqual(["strongest since 1960", "strongest in more than a century"]);
  });

  it("lets spans that agree stand, and does not guess without the story's year", () => {
    expect(recordConflicts([...early, ...later("in more than 60 years")], ["s1", "s2"], in2023)).toEqual([]);
    expect(recordConflicts([...early, ...later("in more than a century")], ["s1", "s2"], () => undefined)).toEqual([]);
    // Another record ("deadliest") is another fact.
    expect(recordConflicts([...early, ...story("s2", "It was the deadliest in more than a century.")], ["s1", "s2"], in2023)).toEqual([]);
  });
});

describe("records of different things", () => {
  it("does not set one superlative of two things against each other", () => {
    const jobs = story("s1", "Unemployment reached its highest level since 2008, the agency said.");
    const prices = story("s2", "Inflation hit the highest rate in 40 years, the agency said.");
    expect(recordsOf("Unemployment reached its highest level since 2008.")).toMatchObject([{ record: "highest", thing: "level" }]);
    expect(recordConflicts([...jobs, ...prices], ["s1", "s2"], () => 2022)).toEqual([]);
  });
});
