import { describe, expect, it } from "vitest";
import { parseViewState, shownSources, viewStateQuery } from "./view-state";

const ids = ["s1", "s2", "s3", "s4", "s5", "s6"];

describe("view state in the URL", () => {
  it("reads the defaults from an empty query and writes nothing back", () => {
    const state = parseViewState({}, ids);
    expect([...state.severities].sort()).toEqual(["minor", "substantive"]);
    expect(state.mode).toBe("columns");
    expect(viewStateQuery(state)).toBe("");
  });

  it("round-trips a permalink with filters, view and columns", () => {
    const query = "?d=entity%3Aabc&sev=substantive&cat=entity&src=s2&q=Atlantic&hide=1&view=heat&show=s1%2Cs3&read=s4";
    const state = parseViewState(Object.fromEntries(new URLSearchParams(query)), ids);
    expect(state).toMatchObject({ selected: "entity:abc", category: "entity", source: "s2", query: "Atlantic", hideAgreeing: true, mode: "heat" });
    expect(viewStateQuery(state)).toBe(query);
  });

  it("ignores what it does not know and offers the heat map from four sources only", () => {
    const state = parseViewState({ cat: "gossip", src: "s99", view: "heat", show: "s9" }, ["s1", "s2", "s3"]);
    expect(state).toMatchObject({ category: "", source: "", mode: "columns", shown: null });
  });

  it("pins the primary first and fills the columns that fit", () => {
    const state = parseViewState({}, ids);
    expect(shownSources(state, ids, "s3", 4)).toEqual(["s3", "s1", "s2", "s4"]);
    expect(shownSources({ ...state, shown: ["s6"] }, ids, "s3")).toEqual(["s3", "s6"]);
  });
});
