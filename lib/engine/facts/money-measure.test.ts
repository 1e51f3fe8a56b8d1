import { describe, expect, it } from "vitest";
import { story } from "./story.test-helper";
import { quantitiesBySentence } from "./quantity-conflicts";
import { moneyMeasureConflicts } from "./money-measure";

function conflicts(...versions: ReturnType<typeof story>[]) {
  const all = versions.flat();
  return moneyMeasureConflicts([...quantitiesBySentence(all).values()].flat(), versions.map((v) => v[0].source));
}

describe("moneyMeasureConflicts", () => {
  it("flags one sum given as revenue in one version and as profit in another", () => {
    const found = conflicts(
      story("s1", "The chipmaker said quarterly revenue rose to $6.188 billion.", "Shares rose after hours."),
      story("s2", "Shares rose after hours.", "The chipmaker made $6.1 billion in profit during the quarter."),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "substantive", category: "characterization" });
    expect(found[0].variants.map((v) => v.core)).toEqual(["revenue rose to $6.188 billion", "$6.1 billion in profit"]);
  });

  it("leaves sums of one measure, or of different sizes, alone", () => {
    expect(conflicts(story("s1", "Revenue rose to $13.5 billion."), story("s2", "Sales reached $13.51 billion."))).toEqual([]);
    expect(conflicts(story("s1", "Revenue rose to $13.5 billion."), story("s2", "Profit rose to $6.2 billion."))).toEqual([]);
  });

  it("lets a version that gives the sum to both measures agree with each", () => {
    expect(conflicts(story("s1", "Revenue was $2 billion, and a one-off profit of $2 billion was booked."), story("s2", "Revenue was $2 billion."))).toEqual([]);
  });
});
