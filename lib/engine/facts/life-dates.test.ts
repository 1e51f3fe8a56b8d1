import { describe, expect, it } from "vitest";
import { story } from "./story.test-helper";
import { lifeDateConflicts, lifeDatesOf } from "./life-dates";

describe("lifeDatesOf", () => {
  it("reads the day someone died and the year someone was born", () => {
    expect(lifeDatesOf("Lindqvist died Sunday at her home in Uppsala.").map((d) => d.reading)).toEqual(["weekday sunday"]);
    expect(lifeDatesOf("She died on March 3 in Uppsala, and was born in 1934 in Gothenburg.").map((d) => `${d.event} ${d.reading}`)).toEqual(["died date march 3", "born year 1934", "born place gothenburg"]);
    expect(lifeDatesOf("The man who died was identified on Monday.")).toEqual([]);
    expect(lifeDatesOf("Born in Gothenburg in 1934, she studied in Stockholm.").map((d) => `${d.event} ${d.reading}`)).toEqual(["born place gothenburg"]);
    expect(lifeDatesOf("She was born in 1934 in Gothenburg.").map((d) => d.reading)).toEqual(["year 1934", "place gothenburg"]);
    expect(lifeDatesOf("He was born in Kenya.").map((d) => d.reading)).toEqual(["place kenya"]);
  });
});

describe("lifeDateConflicts", () => {
  it("sets two days of one death against each other wherever the sentences sit, and a weekday never against a date", () => {
    const found = lifeDateConflicts([...story("s1", "The architect has died.", "She died Sunday at her home."), ...story("s2", "The architect died on Saturday in Uppsala, her family said.")], ["s1", "s2"]);
    expect(found.map((d) => d.summary)).toEqual(["Date of death: Sunday ≠ Saturday"]);
    expect(lifeDateConflicts([...story("s1", "She died Sunday."), ...story("s2", "She died on March 3.")], ["s1", "s2"])).toEqual([]);
  });
});
