import { describe, expect, it } from "vitest";
import { story } from "../facts/story.test-helper";
import { StatementIndex } from "./said-elsewhere";

describe("StatementIndex.says", () => {
  const statement = story("s1", "In light of the progress on inflation, the Committee decided to lower the target range for the federal funds rate by 1/2 percentage point to 4-3/4 to 5 percent.")[0];
  const index = (...sentences: string[]) => new StatementIndex(new Map([["s1", [statement]], ["s2", story("s2", "Stocks rose on the news.", ...sentences)]]));

  it("finds a statement another version makes with its figures written another way", () => {
    expect(index("Citing progress on inflation, the Committee decided to lower the target range for the federal funds rate by 50 basis points to 4.75 to 5.00 percent.").says("s2", statement)).toBe(true);
  });

  it("does not take other figures for the statement's", () => {
    expect(index("Citing progress on inflation, the Committee decided to lower the target range for the federal funds rate by 25 basis points to 5 to 5.25 percent.").says("s2", statement)).toBe(false);
  });

  it("still asks for a date's digits as written", () => {
    const dated = story("s1", "Samples were collected from sick people between May 29, 2024 and July 5, 2024, the agency said.")[0];
    const other = (text: string) => new StatementIndex(new Map([["s1", [dated]], ["s2", story("s2", text)]]));
    expect(other("The agency said samples were collected from sick people between May 29, 2024 and July 5, 2024.").says("s2", dated)).toBe(true);
    expect(other("The agency said samples were collected from sick people between May 2, 2024 and July 5, 2024.").says("s2", dated)).toBe(false);
  });

  it("answers each wording of a statement on its own, whichever version asks first", () => {
    const other = story("s3", "Heavy snow closed the mountain pass for a third day, officials said on Monday.")[0];
    const copy = story("s4", statement.text)[0];
    const versions = new Map([["s1", [statement]], ["s3", [other]], ["s4", [copy]], ["s2", story("s2", "Citing progress on inflation, the Committee decided to lower the target range for the federal funds rate by 50 basis points to 4.75 to 5.00 percent.")]]);
    const index = new StatementIndex(versions);
    expect(index.says("s2", statement)).toBe(true);
    expect(index.says("s2", other)).toBe(false);
    expect(index.says("s2", copy)).toBe(true);
    expect(index.says("s3", copy)).toBe(false);
  });
});
