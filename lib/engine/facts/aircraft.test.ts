import { describe, expect, it } from "vitest";
import { story } from "./story.test-helper";
import { aircraftConflicts, aircraftFactsOf } from "./aircraft";

describe("aircraftFactsOf", () => {
  it("reads a flight's number and the aircraft's maker and family", () => {
    expect(aircraftFactsOf("Flight 1453, a Boeing 737-800 carrying 153 passengers, returned.").map((f) => `${f.kind} ${f.reading}`)).toEqual(["flight 1453", "aircraft boeing 737"]);
    expect(aircraftFactsOf("The Airbus A320neo operated as flight UA1453.").map((f) => `${f.kind} ${f.reading}`)).toEqual(["flight UA1453", "aircraft airbus a320"]);
    expect(aircraftFactsOf("The flight was delayed by 20 minutes.")).toEqual([]);
  });
});

describe("aircraftConflicts", () => {
  it("sets another flight number or aircraft against the story's wherever the sentences sit; one family in two forms agrees", () => {
    const found = aircraftConflicts(
      [...story("s1", "A jet returned to Denver on Sunday.", "Flight 1453, a Boeing 737-800, landed safely."), ...story("s2", "United Flight 1435, an Airbus A320, returned to Denver.")],
      ["s1", "s2"],
    );
    expect(found.map((d) => d.summary)).toEqual(["Flight: Flight 1453 ≠ Flight 1435", "Aircraft: Boeing 737-800 ≠ Airbus A320"]);
    expect(aircraftConflicts([...story("s1", "The Boeing 737-800 landed."), ...story("s2", "The Boeing 737 landed.")], ["s1", "s2"])).toEqual([]);
  });
});
