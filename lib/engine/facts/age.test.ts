import { describe, expect, it } from "vitest";
import { story as version } from "./story.test-helper";
import { ageConflicts, agesOf } from "./age";
import { compare } from "../compare";

describe("agesOf", () => {
  it("reads the two forms news gives an age in", () => {
    expect(agesOf("Holmes, 38, who is pregnant, told the court.")).toMatchObject([{ person: "holmes", years: 38 }]);
    expect(agesOf("The 28-year-old Patrick Mahomes won again.")).toMatchObject([{ person: "mahomes", years: 28 }]);
  });

  it("reads no age in a list of figures or a plain noun", () => {
    expect(agesOf("In March, 12, 14 and 16 were chosen.")).toEqual([]);
    expect(agesOf("A 38-year-old woman was arrested.")).toEqual([]);
  });
});

describe("ageConflicts", () => {
  it("flags one person given two ages, wherever the sentences sit", () => {
    const found = ageConflicts([...version("s1", "The court heard from Holmes, 38, on Friday."), ...version("s2", "Prosecutors spoke first.", "Holmes, 39, wept.")], ["s1", "s2"]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ category: "number", severity: "substantive", summary: "Age: Holmes, 38 ≠ Holmes, 39" });
  });

  it("is reported once, not again as a changed number by the word diff", async () => {
    const report = await compare([
      { name: "a.txt", text: "The victims were teachers Richard Aspinwall, 39, and Cristina Irimie, 53, officials said." },
      { name: "b.txt", text: "The victims were teachers Richard Aspinwall, 39, and Cristina Irimie, 35, officials said." },
    ]);
    expect(report.discrepancies.filter((d) => d.severity === "substantive").map((d) => d.summary)).toEqual(["Age: Irimie, 53 ≠ Irimie, 35"]);
  });

  it("lets the same age in either form agree", () => {
    expect(ageConflicts([...version("s1", "The 28-year-old Mahomes won."), ...version("s2", "Mahomes, 28, won.")], ["s1", "s2"])).toEqual([]);
  });
});

describe("agesOf: an age at death", () => {
  it("reads 'died … at the age of 91', 'dies aged 92' and an obituary's lone 'She was 91.' as one age", () => {
    expect(agesOf("The architect died on Sunday at the age of 91 at her home.").map((a) => [a.person, a.years])).toEqual([["(died)", 91]]);
    expect(agesOf("She was 92.").map((a) => [a.person, a.years])).toEqual([["(died)", 92]]);
    expect(agesOf("He died at 7 a.m. on Sunday.")).toEqual([]);
  });
});

