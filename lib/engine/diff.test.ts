import { WorkBudget } from "./work-budget";
import { describe, expect, it } from "vitest";
import { diffRow, spansOf, type RowText } from "./diff";
import type { Budget } from "./types";

const budget = (): Budget => ({ work: new WorkBudget(Number.POSITIVE_INFINITY), notices: [] });
const row = (source: string, ...texts: string[]): RowText => ({
  source,
  parts: texts.map((text, i) => ({ paragraph: `${source}-p${i + 1}`, text })),
});

// Real sentences: Business Standard's and MarketBeat's copies of the AP story.
const BS =
  "Sonata Coulter, US deputy assistant secretary of state for Russia and Central Europe who led the US delegation, and Alexander Darchiyev, the head of the North America department of the Russian Foreign Ministry who headed Moscow's team of negotiators, agreed to hold a follow-up meeting on these issues in the near term, the US State Department said.";
const AP =
  "Sonata Coulter, U.S. deputy assistant secretary of state for Russia and Central Europe who led the U.S. delegation, and Alexander Darchiyev, the head of the North Atlantic department of the Russian Foreign Ministry who headed Moscow's team of negotiators, “agreed to hold a follow-up meeting on these issues in the near term,” the U.S. State Department said.";

describe("diffRow", () => {
  it("finds only the word that differs, with offsets into both paragraphs", () => {
    const diff = diffRow(row("s1", BS), row("s2", AP), budget());
    expect(diff.hunks).toHaveLength(1);
    const [hunk] = diff.hunks;
    expect(spansOf(diff.base, hunk.base.from, hunk.base.to)).toEqual([{ paragraph: "s1-p1", start: BS.indexOf("America"), end: BS.indexOf("America") + "America".length }]);
    const [atlantic] = spansOf(diff.other, hunk.other.from, hunk.other.to);
    expect(AP.slice(atlantic.start, atlantic.end)).toBe("Atlantic");
    expect(diff.timedOut).toBe(false);
  });

  it("makes no hunk for cosmetic variants", () => {
    const a = "Russian and US diplomats met to discuss normalising the operation of diplomats' expulsions on February 24, 2022.";
    const b = "Russian and U.S. diplomats met to discuss normalizing the operation of diplomats’ expulsions on Feb. 24, 2022.";
    expect(diffRow(row("s1", a), row("s2", b), budget()).hunks).toEqual([]);
  });

  it("keeps parallel substitutions apart", () => {
    const diff = diffRow(row("s1", "He flew to Austria on Thursday."), row("s2", "He flew to Australia on Friday."), budget());
    expect(diff.hunks).toHaveLength(2);
  });

  it("splits a change at paired figures", () => {
    const diff = diffRow(
      row("s1", "The Dow Jones industrial average eased 44 points, or 0.47 percent."),
      row("s2", "The Dow Jones industrial average .DJI rose 18.25 points, or 0.19 percent."),
      budget(),
    );
    const texts = diff.hunks.map((h) => diff.base.tokens.slice(h.base.from, h.base.to).map((t) => t.text).join(" "));
    expect(texts).toContain("44");
    expect(texts).toContain("0.47");
  });

  it("joins a reordering into one hunk", () => {
    const diff = diffRow(row("s1", "It began on Feb. 24 in Kyiv."), row("s2", "It began on 24 February in Kyiv."), budget());
    expect(diff.hunks).toHaveLength(1);
  });

  it("maps ranges of the primary into the other source", () => {
    const diff = diffRow(row("s1", BS), row("s2", AP), budget());
    const from = diff.base.tokens.findIndex((t) => t.text === "North");
    const to = from + 3; // "North America department"
    const other = diff.other.tokens.slice(diff.startIn[from], diff.endIn[to]).map((t) => t.text);
    expect(other).toEqual(["North", "Atlantic", "department"]);
  });

  it("ignores a paragraph break that moved", () => {
    const diff = diffRow(row("s1", "One sentence here.", "Another one there."), row("s2", "One sentence here. Another one there."), budget());
    expect(diff.hunks).toEqual([]);
  });

  it("shows a passage too large to diff word by word as one change, and says so", () => {
    const words = (seed: number) => Array.from({ length: 170_000 }, (_, i) => `w${(i * seed) % 9973}`).join(" ");
    const a = words(7);
    const b = words(13);
    expect(a.length).toBeGreaterThan(900_000);
    const spent = budget();
    const diff = diffRow(row("s1", a), row("s2", b), spent);
    expect(diff.timedOut).toBe(true);
    expect(diff.hunks.length).toBeGreaterThan(0);
    expect(spent.notices[0]?.kind).toBe("budget");
  });
});
