import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compare } from "@/lib/engine";
import { seededRandom } from "@/lib/engine/align/testing/synthetic";
import { EDIT_KINDS, basilArticles, editOutcomes, isRight, judgeEdit } from "./mutations";

const kind = (name: string) => EDIT_KINDS.find((k) => k.name === name)!;
const STORY = [
  "The fire destroyed 312 homes on March 12, 2019, about 40 miles north of the city, officials said.",
  "Mr. Lopez, a Democrat, said the state would pay for the repairs. “We will rebuild every home,” he said on Thursday.",
].join("\n\n");

describe("edits of known kinds", () => {
  it("changes a plain count, never a year, a day of the month or a hedged figure", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const edit = kind("figure changed").apply(STORY, seededRandom(seed))!;
      expect(STORY.slice(edit.original.start, edit.original.end)).toBe("312");
      expect(edit.text.slice(edit.copy.start, edit.copy.end)).not.toBe("312");
    }
  });

  it("scores a changed figure found when the report flags it substantive, and a restyle as no false alarm", async () => {
    const figure = kind("figure changed").apply(STORY, seededRandom(7))!;
    const flagged = await compare([{ name: "a.txt", text: STORY }, { name: "b.txt", text: figure.text }]);
    expect(isRight(judgeEdit(flagged, kind("figure changed"), STORY, figure))).toBe(true);
    const honorific = kind("Mr. / Mr").apply(STORY, seededRandom(7))!;
    const restyled = await compare([{ name: "a.txt", text: STORY }, { name: "b.txt", text: honorific.text }]);
    const outcome = judgeEdit(restyled, kind("Mr. / Mr"), STORY, honorific);
    expect(outcome).toMatchObject({ verdict: "none", stray: 0 });
    expect(isRight(outcome)).toBe(true);
  });
});

const basil = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "datasets", "basil", "articles");

describe.skipIf(!fs.existsSync(basil))("the judgement on real articles, one known edit at a time", () => {
  it("finds changed facts, leaves restyles alone and flags nothing else (25 BASIL articles)", async () => {
    const outcomes = await editOutcomes(basilArticles(basil, 25), compare);
    const facts = outcomes.filter((o) => o.expect !== "cosmetic");
    const style = outcomes.filter((o) => o.expect === "cosmetic");
    expect(facts.filter(isRight).length / facts.length).toBeGreaterThanOrEqual(0.95);
    expect(style.filter((o) => !isRight(o)).length / style.length).toBeLessThanOrEqual(0.02);
    expect(outcomes.reduce((n, o) => n + o.stray, 0)).toBe(0);
  }, 120_000);
});
