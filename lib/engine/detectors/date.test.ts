import { describe, expect, it } from "vitest";
import { dateDetector } from "./date";
import { pairOf, pairOfStretches } from "./pair.test-helper";
import { compare } from "../compare";

const detect = (a: string, b: string) => dateDetector.detect(pairOf(a, b));

describe("dateDetector", () => {
  it("flags different days, weekdays and years", () => {
    expect(detect("It sent troops into Ukraine on Feb. 24, 2022.", "It sent troops into Ukraine on Feb. 25, 2022.")).toMatchObject({ category: "date", severity: "substantive" });
    expect(detect("Diplomats met in Istanbul on Thursday.", "Diplomats met in Istanbul on Friday.")).toMatchObject({ severity: "substantive" });
    expect(detect("Yucaipa sold the chain in 1998.", "Yucaipa sold the chain in 1995.")).toMatchObject({ severity: "substantive" });
  });

  it("calls the same date written another way cosmetic", () => {
    expect(detect("the attacks of Sept. 11 changed it", "the attacks of 11 September changed it")).toMatchObject({ severity: "cosmetic" });
  });

  it("does not read amounts as years", () => {
    expect(detect("It paid $2000 for it.", "It paid $1995 for it.")).toBeUndefined();
  });

  it("compares clock times only in one time zone", () => {
    expect(detect("The quake struck at 22:11 GMT on Friday.", "The quake struck at 23:11 GMT on Friday.")).toMatchObject({ category: "date", severity: "substantive" });
    expect(detect("The quake struck at 11:11 p.m. local time on Friday.", "The quake struck at 22:11 GMT on Friday.")).toBeUndefined();
  });

  it("reads U.S. zones as one clock: 9:40 a.m. Eastern time is 6:40 a.m. Pacific time", () => {
    expect(detect("The outage began around 9:40 a.m. Eastern time.", "The outage began around 6:40 a.m. Pacific time.")).not.toMatchObject({ severity: "substantive" });
    expect(detect("The outage began around 9:40 a.m. Eastern time.", "The outage began around 7:40 a.m. Pacific time.")).toMatchObject({ category: "date", severity: "substantive" });
  });

  it("flags different clock times, named ones included, but not a time against a weekday", () => {
    expect(detect("The storm woke the camp around 1:30 a.m. Friday.", "The storm woke the camp just after midnight Friday.")).toMatchObject({ category: "date", severity: "substantive" });
    expect(detect("The plane crashed at 10:55 a.m. local time.", "The plane crashed at 10:55 p.m. local time.")).toMatchObject({ severity: "substantive" });
    // An hour with a.m. or p.m. and no minutes is a time too.
    expect(detect("The meeting is set for 2 p.m. on Monday.", "The meeting is set for 2 a.m. on Monday.")).toMatchObject({ category: "date", severity: "substantive" });
    expect(detect("The meeting is set for 2 p.m. on Monday.", "The meeting is set for 2:00 p.m. on Monday.")).toMatchObject({ severity: "cosmetic" });
  });

  it("reads a weekday a version adds to an attribution as an addition, not a moved date", () => {
    expect(detect("A bus crashed on Tuesday, killing 24 people, police said.", "A bus crashed on Tuesday, killing 24 people, police said Wednesday.")).toBeUndefined();
  });

  it("reads the dates of two events in a rewrite apart: the event one version dates, the other tells undated", async () => {
    const capsized = "A ferry capsized off the island late Sunday, killing at least eight people.";
    const rose = "The death toll from a ferry that capsized off the island rose to 14 on Monday.";
    const dates = async (a: string, b: string) =>
      (await compare([{ name: "a.txt", text: a }, { name: "b.txt", text: b }])).discrepancies.filter((d) => d.category === "date");
    expect(await dates(capsized, rose)).toEqual([]);
    // A toll's new level is dated by the update, though the other version never says "rose".
    const struck = "A missile strike on the city killed at least 14 people and wounded 60 others on Wednesday, officials said.";
    const update = "The death toll from a missile strike on the city rose to 17 on Thursday, as rescuers pulled more bodies from the rubble.";
    expect(dateDetector.detect(pairOfStretches(struck, "60 others on Wednesday,", update, "17 on Thursday, as rescuers pulled more bodies"))).toBeUndefined();
    // One event on two days stays a conflict, however the rest is retold.
    expect(await dates(capsized, "The ferry capsized off the island on Monday, and the death toll rose to 14.")).toHaveLength(1);
  });

  it("reads a date a span reaches back to ('since December') apart from the date of an event", () => {
    const march = "Core prices rose 0.2 percent in April, after rising 0.4 percent in March.";
    const since = "Core prices rose 0.2% in April, the smallest gain since December.";
    expect(dateDetector.detect(pairOfStretches(march, "after rising 0.4 percent in March", since, "the smallest gain since December"))).toBeUndefined();
    expect(detect("It was the smallest gain since December.", "It was the smallest gain since November.")).toMatchObject({ category: "date", severity: "substantive" });
  });

  it("reads 'may' and 'march' in lower case as words, not months", () => {
    const pair = pairOfStretches("The cucumbers shipped east may be contaminated with bacteria.", "may be contaminated with bacteria", "The cucumbers shipped east between April 29 and May 19.", "between April 29");
    expect(dateDetector.detect(pair)).toBeUndefined();
  });

  it("reads a day the other version gives elsewhere in the statement as moved, not changed", async () => {
    const pair = pairOfStretches("On May 30, the farm recalled cucumbers shipped between April 29 and May 19.", "19", "The farm issued a recall on May 30.", "30");
    expect(dateDetector.detect(pair)).toBeUndefined();
  });

  it("names a changed time with its a.m. or p.m. in the summary", async () => {
    const texts = ["The meeting is set for 2 p.m. on Monday. More details later.", "The meeting is set for 3 p.m. on Monday. More details later."];
    const report = await compare(texts.map((text, i) => ({ name: `v${i + 1}.txt`, text })));
    expect(report.discrepancies.map((d) => d.summary)).toEqual([expect.stringMatching(/^Date: [23] p\.m\. ≠ [23] p\.m\.$/)]);
    expect(detect("They met at 9:00 a.m.", "They met on Tuesday.")).toBeUndefined();
  });
});

describe("dateDetector with the story's calendar", () => {
  // A story filed on Friday, Feb. 28, 2025 (its dateline or printed date), and one whose year is plain from its dates.
  const filed = { filed: { year: 2025, month: 2, day: 28 }, year: 2025 };
  const of2025 = { year: 2025 };
  const withCalendars = (a: string, b: string, calendars: Parameters<typeof pairOf>[2]) => dateDetector.detect(pairOf(a, b, calendars));

  it("reads a weekday and the date it falls on as one day", () => {
    expect(withCalendars("Diplomats met in Istanbul on Thursday.", "Diplomats met in Istanbul on February 27.", [filed, of2025])).toMatchObject({ severity: "cosmetic", relation: "=" });
    expect(withCalendars("Diplomats met in Istanbul on Thursday.", "Diplomats met in Istanbul on Feb. 27, 2025.", [])).toMatchObject({ severity: "cosmetic" });
  });

  it("flags a weekday against a date that falls on another day", () => {
    expect(withCalendars("Diplomats met in Istanbul on Wednesday.", "Diplomats met in Istanbul on Feb. 27, 2025.", [])).toMatchObject({ category: "date", severity: "substantive" });
    expect(withCalendars("Diplomats met in Istanbul on Wednesday.", "Diplomats met in Istanbul on February 27.", [filed, filed])).toMatchObject({ severity: "substantive" });
  });

  it("reads yesterday against the day the version was filed", () => {
    expect(withCalendars("The study was published Thursday in the journal.", "The study was published yesterday in the journal.", [of2025, filed])).toMatchObject({ severity: "cosmetic" });
    expect(withCalendars("The study was published yesterday in the journal.", "The study was published on Tuesday in the journal.", [filed, of2025])).toMatchObject({ severity: "substantive" });
  });

  it("does not guess where the calendar cannot tell", () => {
    // No year anywhere: "February 27" may be any weekday.
    expect(withCalendars("Diplomats met in Istanbul on Wednesday.", "Diplomats met in Istanbul on February 27.", [])?.severity).not.toBe("substantive");
    // No filed date: "yesterday" is no particular day, and not day 24 of a month either.
    expect(withCalendars("Troops entered yesterday.", "Troops entered on Feb. 24.", [])?.severity).not.toBe("substantive");
    // A year only inferred from the story's other dates is enough to agree, not to conflict.
    expect(withCalendars("Diplomats met in Istanbul on Wednesday.", "Diplomats met in Istanbul on February 27.", [of2025, of2025])?.severity).not.toBe("substantive");
  });
});

describe("dates written in figures", () => {
  const written = "The election was held on January 13, 2024, officials said.";
  const flagged = async (other: string) =>
    (await compare([{ name: "a.txt", text: written }, { name: "b.txt", text: other }])).discrepancies.filter((d) => d.severity !== "cosmetic");

  it("reads 13.01.2024, 13/01/2024 and 1/13/2024 as January 13, 2024", async () => {
    for (const other of ["13.01.2024", "13/01/2024", "1/13/2024"]) expect(await flagged(`The election was held on ${other}, officials said.`)).toEqual([]);
  });

  it("flags another day written in figures", async () => {
    expect(await flagged("The election was held on 14.01.2024, officials said.")).toMatchObject([{ category: "date", severity: "substantive" }]);
  });
});

describe("a date split by the diff", () => {
  const flagged = async (a: string, b: string) =>
    (await compare([{ name: "a.txt", text: a }, { name: "b.txt", text: b }])).discrepancies.filter((d) => d.severity !== "cosmetic");

  it("reads 'the 8th of September' and 'September 8' as one date, and 'September 9' as another", async () => {
    expect(await flagged("The vote happened on the 8th of September.", "The vote happened on September 8.")).toEqual([]);
    const other = await flagged("The vote happened on the 8th of September.", "The vote happened on September 9.");
    expect(other.length).toBeGreaterThan(0);
    expect(other.every((d) => d.category === "date" && d.severity === "substantive")).toBe(true);
  });
});
