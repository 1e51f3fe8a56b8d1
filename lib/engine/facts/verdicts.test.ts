import { describe, expect, it } from "vitest";
import { story } from "./story.test-helper";
import { verdictConflicts, verdictCountsOf } from "./verdicts";
import { compare } from "../compare";

const read = (text: string) => verdictCountsOf(text).map((c) => `${c.kind} ${c.counts}`);

describe("verdictCountsOf", () => {
  it("reads the counts a defendant was convicted on, acquitted on and the jury could not agree on", () => {
    expect(read("Madigan was convicted Wednesday on 10 of 23 corruption counts, including bribery.")).toEqual(["brought 23", "convicted 10"]);
    expect(read("It acquitted Madigan, 82, on seven counts and deadlocked on six others.")).toEqual(["acquitted 7", "deadlocked 6"]);
    expect(read("A federal jury today convicted MICHAEL J. MADIGAN, 82, of Chicago, on ten counts, including conspiracy.")).toEqual(["convicted 10"]);
    expect(read("He was found guilty on Wednesday of 11 of the 23 counts he faced.")).toEqual(["brought 23", "convicted 11"]);
    expect(read("The jury was unable to reach a verdict on six counts.")).toEqual(["deadlocked 6"]);
    expect(read("He was found not guilty on two counts.")).toEqual(["acquitted 2"]);
    expect(read("He faces 34 felony counts of falsifying business records.")).toEqual(["brought 34"]);
  });

  it("reads no count without a verdict or of anything but counts", () => {
    expect(read("He was convicted in 2019 of fraud.")).toEqual([]);
    expect(read("Ten people were convicted on Monday.")).toEqual([]);
    expect(read("The others were acquitted.")).toEqual([]);
  });
});

describe("verdictConflicts", () => {
  it("compares each kind of count across the story, one wording of each reading", () => {
    const found = verdictConflicts(
      [
        ...story("s1", "Madigan was convicted Wednesday on 10 of 23 corruption counts.", "It acquitted him on seven counts and deadlocked on six others."),
        ...story("s2", "A jury convicted Madigan on ten counts."),
        ...story("s3", "Madigan was found guilty of 11 of the 23 counts he faced.", "He was acquitted on seven counts; the jury could not agree on five others."),
      ],
      ["s1", "s2", "s3"],
    );
    expect(found.map((d) => d.summary)).toEqual(["Convicted on: 10 of 23 corruption counts ≠ 11 of the 23 counts", "Jury deadlocked on: six others ≠ five others"]);
  });

  it("is reported once, not again by the word diff or as figures of the statement", async () => {
    const report = await compare([
      { name: "a.txt", text: "Madigan was convicted on 10 of 23 corruption counts, prosecutors said." },
      { name: "b.txt", text: "Madigan was convicted on 11 of 23 corruption counts, prosecutors said." },
    ]);
    expect(report.discrepancies.filter((d) => d.severity === "substantive").map((d) => d.summary)).toEqual(["Convicted on: 10 of 23 corruption counts ≠ 11 of 23 corruption counts"]);
  });
});
