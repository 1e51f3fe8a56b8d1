import { describe, expect, it } from "vitest";
import { compare } from "../compare";
import { datesIn, storyCalendarOf, storyYear } from "./story-date";

describe("the story's calendar", () => {
  it("reads dates as news pages write them", () => {
    expect(datesIn("Published 9:41 AM EST, Fri Feb. 28, 2025")).toEqual([{ month: 2, day: 28, year: 2025, at: expect.any(Array) }]);
    expect(datesIn("date 2025-02-28")).toEqual([{ year: 2025, month: 2, day: 28 }]);
    expect(datesIn("on 27 February 2025 and on March 3")).toMatchObject([{ month: 2, day: 27, year: 2025 }, { month: 3, day: 3, year: undefined }]);
  });

  it("takes the filed date from the printed date or the dateline, and the year from the story where the dateline has none", () => {
    expect(storyCalendarOf("2025-02-28", undefined, [])).toEqual({ filed: { year: 2025, month: 2, day: 28 }, year: 2025 });
    expect(storyCalendarOf(undefined, "MOSCOW, February 28. /TASS/.", ["On February 27, 2025 the delegations met."])).toEqual({ filed: { year: 2025, month: 2, day: 28 }, year: 2025 });
    expect(storyCalendarOf(undefined, "MOSCOW (AP) —", ["They met on Thursday."])).toEqual({ filed: undefined, year: undefined });
  });

  it("lends a version without a year the one the other versions of the story agree on", () => {
    const yearOf = storyYear(new Map([["s1", { year: 2023 }], ["s2", {}], ["s3", { year: 2023 }]]));
    expect(yearOf("s2")).toBe(2023);
    expect(storyYear(new Map([["s1", { year: 2023 }], ["s2", { year: 2024 }], ["s3", {}]]))("s3")).toBeUndefined();
  });

  it("gives no year where the story's dates do not agree on one", () => {
    const calendar = storyCalendarOf(undefined, undefined, ["Troops crossed on Feb. 24, 2022.", "The talks of March 3, 2025 ended."]);
    expect(calendar.year).toBeUndefined();
  });

  it("lets a weekday and its date agree across versions, and sets a wrong weekday apart", async () => {
    const dated = "Published February 28, 2025\n\nMOSCOW, February 28. /TASS/. Russian and US delegations met in Istanbul on February 27 to discuss the work of their embassies, the ministry said.";
    const weekday = (day: string) => `MOSCOW (AP) — Russian and US delegations met in Istanbul on ${day} to discuss the work of their embassies, the ministry said.`;
    const dateFlags = async (day: string) =>
      (await compare([{ name: "ap.txt", text: weekday(day) }, { name: "tass.txt", text: dated }])).discrepancies.filter((d) => d.category === "date" && d.severity !== "cosmetic");
    expect(await dateFlags("Thursday")).toEqual([]);
    expect(await dateFlags("Wednesday")).toHaveLength(1);
  });
});
