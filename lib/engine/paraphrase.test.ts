import { describe, expect, it } from "vitest";
import { factConflicts } from "./paraphrase";
import { tokenizeRow } from "./tokenize";

const row = (source: string, text: string) => tokenizeRow({ source, parts: [{ paragraph: `${source}-p1`, text }] });
const said = (a: string, b: string) => factConflicts(row("s1", a), row("s2", b)).map((c) => [c.category, c.base.map((t) => t.text).join(" "), c.other.map((t) => t.text).join(" ")]);

describe("fact conflicts between two rewrites", () => {
  it("pairs evaluative descriptors in describing frames", () => {
    expect(said("The talks proceeded in a frank and open manner, both sides said.", "The ministry described the talks as cordial and open.")).toEqual([["characterization", "frank", "cordial"]]);
  });
  it("pairs names by the kind noun they belong to", () => {
    expect(said("She heads the Office of Eastern Affairs at the ministry.", "The head of the Western Affairs office spoke to the ministry.")).toEqual([["entity", "Eastern Affairs", "Western Affairs"]]);
  });
  it("pairs figures by their context and ignores a fact only one side states", () => {
    expect(said("The plant employs 400 workers in the town.", "About 450 workers are employed at the plant, opened on Monday.")).toEqual([["number", "400", "450"]]);
  });
  it("is silent on a fact that merely moved", () => {
    expect(said("On Monday the board met and approved 12 projects.", "The board approved 12 projects at its meeting on Monday.")).toEqual([]);
  });
});
