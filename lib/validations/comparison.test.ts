import { describe, expect, it } from "vitest";
import { createComparisonJsonSchema, firstIssue, rerunProblem, rerunSchema, type RerunTarget } from "./comparison";

const text = "The talks lasted six hours.";

describe("JSON sources: the name rule", () => {
  it("stores names and the title without controls or direction overrides", () => {
    const parsed = createComparisonJsonSchema.parse({
      title: "Talks\u0000 in \u202EIstanbul",
      sources: [
        { name: "AP\u0007 wire", text },
        { name: "tass\u202Etxt.exe", text },
      ],
    });
    expect(parsed.title).toBe("Talks in Istanbul");
    expect(parsed.sources.map((s) => s.name)).toEqual(["AP wire", "tass txt.exe"]);
  });

  it("refuses a name that is only controls, and a name past 200 characters", () => {
    const blank = createComparisonJsonSchema.safeParse({ sources: [{ name: "\u0000\u202E", text }, { name: "b", text }] });
    expect(blank.success || firstIssue(blank.error).message).toBe("Every source needs a name.");
    const long = createComparisonJsonSchema.safeParse({ sources: [{ name: "x".repeat(100_000), text }, { name: "b", text }] });
    expect(long.success || firstIssue(long.error).message).toMatch(/^A source name is longer than 200 characters \("x{40}…"\)\.$/);
  });
});

describe("re-run options are checked against the report", () => {
  const report: RerunTarget = {
    sources: [
      { id: "s1", name: "AP", removed: [{ id: "s1-r1" }] },
      { id: "s2", name: "TASS", removed: [{ id: "s2-r1" }, { id: "s2-r2" }] },
    ],
  };

  it("accepts sources and removed blocks the report has, and blocks already put back", () => {
    expect(rerunProblem({ primary: "s2", restore: ["s1-r1", "s2-r2"] }, report)).toBeUndefined();
    expect(rerunProblem({ primary: "TASS" }, report)).toBeUndefined();
    expect(rerunProblem({ restore: ["s2-r3"] }, report, { restore: ["s2-r3"] })).toBeUndefined();
  });

  it("refuses an unknown primary or unknown blocks, naming the first", () => {
    expect(rerunProblem({ primary: "s9" }, report)).toBe('The primary source "s9" is not one of the sources.');
    expect(rerunProblem({ restore: ["s1-r1", "s7-r2"] }, report)).toBe('There is no removed block "s7-r2" in this comparison.');
    const many = Array.from({ length: 1000 }, (_, i) => `s3-r${i + 1}`);
    expect(rerunProblem(rerunSchema.parse({ restore: many }), report)).toBe(
      '1000 of the blocks to put back are not in this comparison (the first is "s3-r1").',
    );
  });

  it("caps the list before anything is looked up", () => {
    const tooMany = Array.from({ length: 1001 }, (_, i) => `s1-r${i + 1}`);
    expect(rerunSchema.safeParse({ restore: tooMany }).success).toBe(false);
  });
});
