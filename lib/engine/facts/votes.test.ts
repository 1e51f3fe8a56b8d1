import { describe, expect, it } from "vitest";
import { story } from "./story.test-helper";
import { voteConflicts, votesOf } from "./votes";
import { compare } from "../compare";

describe("votesOf", () => {
  it("reads a tally beside a word of voting, larger side first", () => {
    expect(votesOf("The justices voted 7-2 to reverse the ruling.").map((v) => v.tally)).toEqual(["7-2"]);
    expect(votesOf("In a 6–3 decision, the court overturned it.").map((v) => v.tally)).toEqual(["6-3"]);
    expect(votesOf("The measure passed by a vote of 48 to 52.").map((v) => v.tally)).toEqual(["52-48"]);
  });

  it("reads a tally in words or with 'votes to' after 'voted' or 'by'", () => {
    expect(votesOf("Policymakers voted by seven to two in favour of the cut.").map((v) => v.tally)).toEqual(["7-2"]);
    expect(votesOf("The board voted by eight votes to one.").map((v) => v.tally)).toEqual(["8-1"]);
    expect(votesOf("Lawmakers approved the bill by 312 votes to 205.").map((v) => v.tally)).toEqual(["312-205"]);
  });

  it("reads no tally in a score, a span of years or a time without a vote", () => {
    expect(votesOf("The Chiefs beat the 49ers 25-22 in overtime.")).toEqual([]);
    expect(votesOf("The vote covered claims filed from 2017-2022.")).toEqual([]);
    expect(votesOf("Prices rose from two to three percent before the vote.")).toEqual([]);
  });
});

describe("voteConflicts", () => {
  it("compares the story's tallies wherever the versions give them", () => {
    const found = voteConflicts(
      [...story("s1", "The court upheld the rule on Wednesday.", "The justices voted 7-2 to reverse a lower court."), ...story("s2", "The justices, in a 6-3 decision, overturned a lower court's ruling.")],
      ["s1", "s2"],
    );
    expect(found.map((d) => d.summary)).toEqual(["Vote: 7-2 ≠ 6-3"]);
    // One tally typed with two dashes is one wording in the summary.
    const dashes = voteConflicts([...story("s1", "The MPC voted by a majority of 8–1."), ...story("s2", "The committee voted 8-1."), ...story("s3", "It voted by seven to two.")], ["s1", "s2", "s3"]);
    expect(dashes.map((d) => d.summary)).toEqual(["Vote: 8–1 ≠ seven to two"]);
    expect(voteConflicts([...story("s1", "The justices voted 7-2."), ...story("s2", "The court ruled 7-2 on Wednesday.")], ["s1", "s2"])).toEqual([]);
  });

  it("is reported once, not again as a changed number by the word diff", async () => {
    const report = await compare([
      { name: "a.txt", text: "The justices voted 7-2 to reverse a lower-court ruling, officials said." },
      { name: "b.txt", text: "The justices voted 6-3 to reverse a lower-court ruling, officials said." },
    ]);
    expect(report.discrepancies.filter((d) => d.severity === "substantive").map((d) => d.summary)).toEqual(["Vote: 7-2 ≠ 6-3"]);
  });
});
