import { describe, expect, it } from "vitest";
import { compare } from "../compare";
import { story } from "./story.test-helper";
import { rankConflicts, ranksOf } from "./rank";

function statement(...texts: string[]) {
  return {
    members: texts.map((text, k) => story(`s${k + 1}`, text)[0]),
  };
}

describe("ranksOf", () => {
  it("reads a rank with what it ranks", () => {
    expect(ranksOf("He became the fourth starting QB to win three titles.")).toMatchObject([{ value: 4, achievement: "to win" }]);
    expect(ranksOf("It is the world's third-largest economy.")).toMatchObject([{ value: 3, achievement: "largest" }]);
    expect(ranksOf("the 2nd most populous state")).toMatchObject([{ value: 2, achievement: "most populous" }]);
  });

  it("reads no rank in an ordinal that ranks nothing", () => {
    expect(ranksOf("The fourth quarter began after the break.")).toEqual([]);
    expect(ranksOf("The second test came a week later.")).toEqual([]);
  });
});

describe("rankConflicts", () => {
  it("flags two ranks for one achievement in one statement", () => {
    const unit = statement("Smith becomes the fourth starting QB to win three titles.", "He is only the sixth quarterback to win three titles and the second youngest.");
    const found = rankConflicts([unit], ["s1", "s2"]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ category: "number", severity: "substantive" });
    expect(found[0].variants.map((v) => v.core)).toEqual(["fourth starting QB", "sixth quarterback"]);
  });

  it("is reported once, not again as the figures the word diff pairs", async () => {
    const texts = ["Smith became the fourth starting QB to win three titles. The team flew home on Monday.", "Smith became the sixth quarterback to win three titles. The team flew home on Monday."];
    const report = await compare(texts.map((text, i) => ({ name: `v${i + 1}.txt`, text })));
    const figures = report.discrepancies.filter((d) => d.category === "number");
    expect(figures).toHaveLength(1);
    expect(figures[0].summary).toMatch(/^Rank: fourth starting QB ≠ sixth quarterback/);
  });

  it("lets versions that give the same rank agree", () => {
    const unit = statement("Smith becomes the fourth QB to win three titles.", "He is the 4th quarterback to win three titles.");
    expect(rankConflicts([unit], ["s1", "s2"])).toEqual([]);
  });
});
