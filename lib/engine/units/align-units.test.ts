import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment";
import { WorkBudget } from "../work-budget";
import { alignUnits, Groups, type Unit } from "./align-units";
import { sentencesOf, type SentenceRef } from "./sentences";

function version(id: string, ...paragraphs: string[]): SentenceRef[] {
  return sentencesOf({ id, paragraphs: paragraphs.map((text, i) => ({ id: `${id}-p${i + 1}`, text, sentences: splitSentences(text) })) });
}

const budget = () => ({ work: new WorkBudget(Number.POSITIVE_INFINITY), notices: [] });
/** Each unit as its sentences' texts, per source: what an editor would check. */
const readable = (units: Unit[]) => units.map((u) => u.members.map((m) => `${m.source}: ${m.text}`)).filter((u) => u.length > 1);

const A = version(
  "a",
  "The city council voted on Tuesday to close the old harbour bridge to heavy trucks.",
  "Engineers found cracks in two of the bridge's steel supports last month. Repairs will cost about $4 million.",
  "The mayor said the closure would last until the end of next year.",
);
const B = version(
  "b",
  "The mayor said the closure would last until the end of next year.",
  "Heavy trucks will no longer be allowed on the old harbour bridge after a council vote on Tuesday.",
  "Last month engineers found cracks in two steel supports of the bridge, and repairs will cost about $4 million.",
);

describe("alignUnits", () => {
  it("pairs a moved sentence, a reworded one, and a merged pair with both halves", () => {
    const units = readable(alignUnits([A, B], budget()).units);
    expect(units).toContainEqual(["a: The mayor said the closure would last until the end of next year.", "b: The mayor said the closure would last until the end of next year."]);
    expect(units).toContainEqual([
      "a: The city council voted on Tuesday to close the old harbour bridge to heavy trucks.",
      "b: Heavy trucks will no longer be allowed on the old harbour bridge after a council vote on Tuesday.",
    ]);
    const merged = units.find((u) => u.some((t) => t.startsWith("b: Last month")));
    expect(merged).toEqual([
      "a: Engineers found cracks in two of the bridge's steel supports last month.",
      "a: Repairs will cost about $4 million.",
      "b: Last month engineers found cracks in two steel supports of the bridge, and repairs will cost about $4 million.",
    ]);
  });

  it("pairs a statement told with a noun in one version and its verb in another", () => {
    const C = version("c", "A tanker truck overturned on the highway near the port.", "No one was injured.", "The road reopened after six hours.");
    const D = version("d", "A tanker truck overturned on the highway near the port.", "No injuries were reported.", "The road reopened after six hours.");
    expect(readable(alignUnits([C, D], budget()).units)).toContainEqual(["c: No one was injured.", "d: No injuries were reported."]);
  });

  it("keeps unrelated sentences apart", () => {
    const C = version("c", "A new bakery opened downtown on Saturday, selling sourdough and pastries.");
    const units = alignUnits([A, C], budget()).units;
    expect(units.every((u) => new Set(u.members.map((m) => m.source)).size === 1)).toBe(true);
  });

  it("builds the same units whichever version comes first", () => {
    const forward = readable(alignUnits([A, B], budget()).units).map((u) => [...u].sort().join(" | ")).sort();
    const backward = readable(alignUnits([B, A], budget()).units).map((u) => [...u].sort().join(" | ")).sort();
    expect(backward).toEqual(forward);
  });

  it("stops matching when its work budget is spent, and says so", () => {
    const spent = { work: new WorkBudget(0), notices: [] as { kind: string }[] };
    alignUnits([A, B], spent as never);
    expect(spent.notices.map((n) => n.kind)).toEqual(["budget"]);
  });
});

describe("alignUnits: identical wordings", () => {
  it("makes copies of one wording one statement even where a story repeats it past the index's term cap", () => {
    const repeated = "Officials said the bridge will reopen next spring after repairs.";
    const story = (id: string) => version(id, ...Array.from({ length: 20 }, () => repeated));
    const { units, similarity } = alignUnits([story("a"), story("b"), story("c")], budget());
    expect(units.map((u) => u.members.map((m) => m.source).join())).toEqual(Array.from({ length: 20 }, () => "a,b,c"));
    expect(similarity(units[0].members[0], units[0].members[1])).toBe(1);
  });
});

describe("Groups", () => {
  it("knows which groups share a source, past 32 sources too, as groups merge", () => {
    // Sentences 0–3 of sources 0, 33, 40 and 33.
    const groups = new Groups(4, Int32Array.from([0, 33, 40, 33]));
    expect(groups.shareSource(1, 3)).toBe(true);
    expect(groups.shareSource(0, 1)).toBe(false);
    groups.union(0, 1);
    const root = groups.find(1);
    expect(groups.members(root).sort()).toEqual([0, 1]);
    expect(groups.shareSource(root, 3)).toBe(true);
    expect(groups.shareSource(root, 2)).toBe(false);
    expect(groups.onlyOf(2, 40)).toBe(true);
    expect(groups.onlyOf(root, 0)).toBe(false);
    expect(groups.onlyOf(3, 1)).toBe(false);
  });
});
