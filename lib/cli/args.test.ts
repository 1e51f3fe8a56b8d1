import { describe, expect, it } from "vitest";
import { parseCompareArgs, UsageError } from "./args";

describe("parseCompareArgs", () => {
  it("reads files, --format and --primary in either spelling", () => {
    expect(parseCompareArgs(["compare", "a.txt", "--format", "md", "b.html", "--primary=b.html"])).toEqual({
      files: ["a.txt", "b.html"],
      format: "md",
      primary: "b.html",
    });
  });

  it("defaults to JSON", () => {
    expect(parseCompareArgs(["compare", "a.txt", "b.txt"]).format).toBe("json");
  });

  it("rejects an unknown format, option or command with a usage error", () => {
    expect(() => parseCompareArgs(["compare", "a", "b", "--format", "xml"])).toThrow(UsageError);
    expect(() => parseCompareArgs(["compare", "a", "b", "--colour"])).toThrow(/unknown option --colour/);
    expect(() => parseCompareArgs(["diff", "a", "b"])).toThrow(/unknown command "diff"/);
    expect(() => parseCompareArgs(["compare", "a", "--primary"])).toThrow(/--primary needs a value/);
  });
});
