import { describe, expect, it } from "vitest";
import { dateDetector } from "./date";
import { pairOf } from "./pair.test-helper";

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

  it("flags different clock times, named ones included, but not a time against a weekday", () => {
    expect(detect("The storm woke the camp around 1:30 a.m. Friday.", "The storm woke the camp just after midnight Friday.")).toMatchObject({ category: "date", severity: "substantive" });
    expect(detect("The plane crashed at 10:55 a.m. local time.", "The plane crashed at 10:55 p.m. local time.")).toMatchObject({ severity: "substantive" });
    expect(detect("They met at 9:00 a.m.", "They met on Tuesday.")).toBeUndefined();
  });
});
