import { describe, expect, it } from "vitest";
import { story as version } from "./story.test-helper";
import { quantitiesBySentence } from "./quantity-conflicts";
import { directionConflicts } from "./direction";

const conflicts = (...texts: string[]) => {
  const sentences = texts.flatMap((t, k) => version(`s${k + 1}`, t));
  return directionConflicts([...quantitiesBySentence(sentences).values()].flat(), texts.map((_, k) => `s${k + 1}`));
};

describe("directionConflicts", () => {
  it("flags one distance given in two directions", () => {
    const found = conflicts("The epicenter was around 44 miles south of the city.", "The city was the closest to the epicenter, some 45 miles southwest.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ category: "entity", severity: "substantive", summary: "Direction: south ≠ southwest" });
  });

  it("leaves distances measured from elsewhere alone", () => {
    expect(conflicts("The epicenter was around 44 miles south of the city.", "It was centered about 56 kilometers west of the resort.")).toEqual([]);
    expect(conflicts("The camp lies 20 miles north of the border.", "The camp lies 20 miles north of the border town.")).toEqual([]);
    expect(conflicts("On a field some seven miles southwest, a gunman opened fire.", "The park is less than 8 miles south of the capitol.")).toEqual([]);
  });
});
