import { describe, expect, it } from "vitest";
import { normalizeNumeral, normalizePunctuation, normalizeWord } from "./normalize";

describe("normalizeWord", () => {
  it("makes the styles of one word equal", () => {
    const same = (a: string, b: string) => expect(normalizeWord(a)).toBe(normalizeWord(b));
    same("U.S.", "US");
    same("U.S.A.", "US");
    same("GOP", "Republican");
    same("EST", "ET");
    same("PDT", "PT");
    same("normalising", "normalizing");
    same("stabilise", "stabilize");
    same("centred", "centered");
    same("fulfil", "fulfill");
    same("colour", "color");
    same("programme", "program");
    same("travelled", "traveled");
    same("defence", "defense");
    same("grey", "gray");
    same("business-like", "businesslike");
    same("follow-up", "followup");
    same("e-mail", "email");
    same("Feb.", "February");
    same("Sept.", "September");
    same("Thu.", "Thursday");
    same("six", "6");
    same("twenty-five", "25");
    same("Nestlé", "Nestle");
    same("Moscow’s", "Moscow's");
    same("Gov.", "Governor");
    same("m.p.h.", "mph");
    same("BOB", "Bob");
    same("S&P", "s&p");
  });

  it("keeps different words apart", () => {
    const differ = (a: string, b: string) => expect(normalizeWord(a)).not.toBe(normalizeWord(b));
    differ("US", "us");
    differ("IT", "it");
    differ("filled", "filed");
    differ("four", "for");
    differ("Mar", "March"); // "mar" without its period is a verb
    differ("Austria", "Australia");
  });
});

describe("normalizeNumeral and normalizePunctuation", () => {
  it("reads figures by value", () => {
    expect(normalizeNumeral("1,000")).toBe("1000");
    expect(normalizeNumeral("2.50")).toBe("2.5");
    expect(normalizeNumeral("23/32")).toBe("23/32");
  });

  it("treats dash styles as one", () => {
    for (const dash of ["—", "–", "--", "-"]) expect(normalizePunctuation(dash)).toBe("-");
    expect(normalizePunctuation("%")).toBe("percent");
  });
});
