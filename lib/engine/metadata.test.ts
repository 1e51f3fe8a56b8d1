import { describe, expect, it } from "vitest";
import { isPersonName, matchByline, matchDateLine, splitDateAndTitle, splitDateline } from "./metadata";

describe("splitDateline", () => {
  it.each([
    ["MOSCOW (AP) — Russia has offered", "MOSCOW (AP) —", "Russia has offered"],
    ["MOSCOW – Russia has offered", "MOSCOW –", "Russia has offered"],
    ["MOSCOW, February 28. /TASS/. The Russian Foreign Ministry", "MOSCOW, February 28. /TASS/.", "The Russian Foreign Ministry"],
    ["KYIV, Ukraine (AP) — Ukraine said", "KYIV, Ukraine (AP) —", "Ukraine said"],
    ["LONDON, Feb 28 (Reuters) - Britain said", "LONDON, Feb 28 (Reuters) -", "Britain said"],
    ["WASHINGTON—Joining a chorus of bishops", "WASHINGTON—", "Joining a chorus of bishops"],
    ["WASHINGTON ― House Minority Leader Nancy Pelosi said", "WASHINGTON ―", "House Minority Leader Nancy Pelosi said"],
    ["Kerrville (US), Jul 6 (AP) Rescuers scoured the river", "Kerrville (US), Jul 6 (AP)", "Rescuers scoured the river"],
    ["HARTFORD, Conn. — The attorney general", "HARTFORD, Conn. —", "The attorney general"],
    ["ST. LOUIS (AP) — A judge ruled", "ST. LOUIS (AP) —", "A judge ruled"],
    ["NEW YORK -- U.S. Sen. Marco Rubio", "NEW YORK --", "U.S. Sen. Marco Rubio"],
    ["(CNN) — Russia proposed", "(CNN) —", "Russia proposed"],
    ["Denver (AP) – Colorado's top law enforcement official", "Denver (AP) –", "Colorado's top law enforcement official"],
    ["SANTA CLARA, Calif., Aug. 1, 2024 – Intel Corporation today reported", "SANTA CLARA, Calif., Aug. 1, 2024 –", "Intel Corporation today reported"],
    ["AUSTIN, Texas, March 3, 2025 /PRNewswire/ -- Acme Corp. today announced", "AUSTIN, Texas, March 3, 2025 /PRNewswire/ --", "Acme Corp. today announced"],
  ])("%s", (paragraph, dateline, rest) => {
    expect(splitDateline(paragraph)).toEqual({ dateline, rest });
  });

  it.each([
    "U.S. and other Western nations cut air links.",
    "NATO said on Friday that it would meet.",
    "On February 27, 2025 expert-level consultations convened in Istanbul.",
    "Russia has offered the United States to restore direct air links.",
  ])("leaves a paragraph without a dateline alone: %s", (paragraph) => {
    expect(splitDateline(paragraph)).toBeUndefined();
  });
});

describe("bylines, dates, names", () => {
  it("recognises bylines but not sentences that start with By", () => {
    expect(matchByline("By Jane Doe")).toBe("By Jane Doe");
    expect(matchByline("By JANE DOE and JOHN ROE, Associated Press")).toBeDefined();
    expect(matchByline("By contrast, the ministry said nothing")).toBeUndefined();
  });

  it("finds the date on a date line with its labels and times", () => {
    expect(matchDateLine("2025-02-28")).toBe("2025-02-28");
    expect(matchDateLine("Fri 28 Feb 2025 10.15 GMT")).toBe("28 Feb 2025");
    expect(matchDateLine("Published 9:41 AM EST, Fri February 28, 2025")).toBe("February 28, 2025");
    expect(matchDateLine("Feb. 28, 2025")).toBe("Feb. 28, 2025");
    expect(matchDateLine("Talks began on February 27, 2025 in Istanbul")).toBeUndefined();
  });

  it("splits a date fused with the headline", () => {
    expect(splitDateAndTitle("date 2025-02-28 Key Takeaways From Latest Round of Russia-US Talks in Istanbul")).toEqual({
      date: "2025-02-28",
      title: "Key Takeaways From Latest Round of Russia-US Talks in Istanbul",
    });
    expect(splitDateAndTitle("Russia offers flights")).toBeUndefined();
  });

  it("knows a bare name from a headline", () => {
    expect(isPersonName("Pjotr Sauer")).toBe(true);
    expect(isPersonName("Jane Q. Public")).toBe(true);
    expect(isPersonName("Ukraine war live")).toBe(false);
    expect(isPersonName("Istanbul meeting")).toBe(false);
  });
});
