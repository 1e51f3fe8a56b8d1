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

describe("factConflicts on names told in two styles", () => {
  it("does not set a party against a state or a given name against its short form", () => {
    expect(said("But state lawmakers and Republican Gov. Mike Pence have been defending the law all week.", "The law was signed by Indiana Gov. Mike Pence (R), who has been defending it all week.")).toEqual([]);
    expect(said("Soon, Capt. Ron Johnson of the State Highway Patrol took charge of the security of the town.", "By the evening, Capt. Ronald S. Johnson of the State Highway Patrol had taken charge of the town's security.")).toEqual([]);
  });

  it("still sets two different people against each other", () => {
    expect(said("Soon, Capt. Ron Johnson of the State Highway Patrol took charge of the security of the town.", "By the evening, Capt. Robert Smith of the State Highway Patrol had taken charge of the town's security.")).not.toEqual([]);
  });
});
