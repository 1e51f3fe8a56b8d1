import { describe, expect, it } from "vitest";
import { numberDetector } from "./number";
import { compare } from "../compare";
import { pairOf, pairOfStretches } from "./pair.test-helper";

const detect = (a: string, b: string) => numberDetector.detect(pairOf(a, b));

describe("numberDetector", () => {
  it("flags different figures", () => {
    expect(detect("Earnings rose to 19 cents a share.", "Earnings rose to 20 cents a share.")).toMatchObject({ category: "number", severity: "substantive" });
    expect(detect("It sold the chain for $2.5 billion.", "It sold the chain for $1.8 billion.")).toMatchObject({ severity: "substantive" });
    expect(detect("Unemployment rose to 4.4% in May.", "Unemployment rose to 4.6% in May.")).toMatchObject({ severity: "substantive" });
  });

  it("compares units only of a figure both sides give", () => {
    const moved = numberDetector.detect(
      pairOfStretches(
        "In a trial of 1,736 patients, the drug slowed decline by 35% over 18 months compared with a placebo.",
        "compared with a placebo",
        "The drug slowed decline by 35 percent over 18 months in a trial involving 1,736 people, compared with patients on a dummy drug.",
        "in a trial involving 1,736 people, compared with patients on",
      ),
    );
    expect(moved?.label).not.toBe("Unit");
  });

  it("reads 'one' glued to a unit as a figure", () => {
    expect(detect("everyone within a one-mile radius of the site", "everyone within a two-mile radius of the site")).toMatchObject({ category: "number", severity: "substantive" });
  });

  it("reads a race time to the second", () => {
    expect(detect("Korir won the men's race in 2:02:44.", "Korir won the men's race in 2:02:43.")).toMatchObject({ category: "number", severity: "substantive" });
  });

  it("calls a rounded figure minor", () => {
    expect(detect("Prices rose 1.39 percent last month.", "Prices rose 1.4 percent last month.")).toMatchObject({ severity: "minor", relation: "≈" });
  });

  it("flags a changed unit", () => {
    expect(detect("The index fell 2.3 percent on Monday.", "The index fell 2.3 points on Monday.")).toMatchObject({ severity: "substantive", label: "Unit" });
    expect(detect("They share a 1,000-mile border.", "They share a 1,000-kilometer border.")).toMatchObject({ severity: "substantive", label: "Unit" });
  });

  it("leaves years and days of the month to the date detector", () => {
    expect(detect("It is legal for adults over 21 in the state.", "It is legal in the state since 2012.")).toBeUndefined();
    expect(detect("The vote came on Nov. 12 in the state.", "The vote came on Nov. 14 in the state.")).toBeUndefined();
  });

  it("reads number words by value", () => {
    expect(detect("seized six premises between", "seized seven premises between")).toMatchObject({ severity: "substantive" });
  });

  it("reads a number word joined to what it counts as the figure it is", () => {
    expect(detect("reopened after a two-year renovation", "reopened after a three-year renovation")).toMatchObject({ severity: "substantive" });
    expect(detect("a five-story building collapsed", "a six-story building collapsed")).toMatchObject({ severity: "substantive" });
  });

  it("names a person's age as an age, whatever verb is near", () => {
    expect(detect("A 25-year-old man died in the crash.", "A 26-year-old man died in the crash.")).toMatchObject({ severity: "substantive", label: "Age" });
    expect(detect("The boy, 10 years old, was rescued.", "The boy, 12 years old, was rescued.")).toMatchObject({ label: "Age" });
  });
});

describe("numberDetector: figures of two sources", () => {
  it("reads figures two different sources give as no changed figure, and one source's two figures as one", () => {
    const ministry = "The Interior Ministry said 87,000 people took part in the march, while the union put the figure at 400,000.";
    const union = "The hard-left CGT union said 2 million people had marched across the country, 400,000 of them in the capital.";
    expect(numberDetector.detect(pairOfStretches(ministry, "87,000", union, "2 million"))).toMatchObject({ severity: "minor", label: "Attribution" });
    const again = "The Interior Ministry said 80,000 people took part in the march, while the union put the figure at 400,000.";
    expect(numberDetector.detect(pairOfStretches(ministry, "87,000", again, "80,000"))).toMatchObject({ severity: "substantive" });
  });

  it("does not set two sources' figures against each other in a retold statement either", async () => {
    const ministry = "The Interior Ministry said 87,000 people took part in the Paris march, while the CGT union put the figure at 400,000.";
    const substantive = async (other: string) =>
      (await compare([{ name: "a.txt", text: ministry }, { name: "b.txt", text: other }])).discrepancies.filter((d) => d.severity === "substantive").map((d) => d.summary);
    expect(await substantive("The hard-left CGT union said 2 million people had marched across the country, 400,000 of them in Paris.")).toEqual([]);
    expect(await substantive("The Interior Ministry said 80,000 people had marched in Paris, while the union said 400,000.")).toEqual(["Number: 80,000 people ≠ 87,000 people"]);
  });
});

