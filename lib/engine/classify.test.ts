import { WorkBudget } from "./work-budget";
import { describe, expect, it } from "vitest";
import { classifyRow, type RowText } from "./classify";
import type { Budget, FoundDiscrepancy } from "./types";

const budget = (): Budget => ({ work: new WorkBudget(Number.POSITIVE_INFINITY), notices: [] });
const cell = (source: string, ...texts: string[]): RowText => ({
  source,
  parts: texts.map((text, i) => ({ paragraph: `${source}-p${i + 1}`, text })),
});
/** One row, every source present, the first one primary. */
const classify = (...texts: string[]): FoundDiscrepancy[] => {
  const cells = texts.map((text, i) => cell(`s${i + 1}`, text));
  return classifyRow("r1", cells, "s1", cells.map((c) => c.source), budget());
};
const substantive = (found: FoundDiscrepancy[]) => found.filter((d) => d.severity === "substantive");

// Real sentences from prisma/demo/istanbul-talks: Business Standard (BS), MarketBeat (AP) and the
// AP copy after the Foreign Ministry's release (MFA-AP).
const BS = {
  normalising:
    "Russian and US diplomats met in Istanbul on Thursday to discuss normalising the operation of their respective embassies that has been crippled by multiple round of diplomats' expulsions during previous years.",
  hailed:
    "The Russian Foreign Ministry hailed the talks as substantive and businesslike and noted in a statement that joint steps were agreed upon to ensure unimpeded financing of the activities of diplomatic missions of Russia and the United States on a reciprocal basis and to create appropriate conditions for diplomats to perform their official duties.",
  troops: "US and other Western nations cut air links with Russia as part of a slew of sanctions imposed on Moscow after it sent troops into Ukraine on February 24, 2022.",
  traffic:
    "The ministry said that it also offered the US to consider the possibility of restoring direct air traffic.\" It didn't add any details or possible time frame, and there was no immediate comment from Washington on the issue.",
  stabilise:
    "Through constructive discussions, both sides identified concrete initial steps to stabilise bilateral mission operations in these areas, it said in a statement.",
  department:
    "Sonata Coulter, US deputy assistant secretary of state for Russia and Central Europe who led the US delegation, and Alexander Darchiyev, the head of the North America department of the Russian Foreign Ministry who headed Moscow's team of negotiators, agreed to hold a follow-up meeting on these issues in the near term, the US State Department said.",
};
const AP = {
  normalising:
    "Russian and U.S. diplomats met in Istanbul on Thursday to discuss normalizing the operation of their respective embassies that has been crippled by multiple round of diplomats' expulsions during previous years.",
  hailed:
    "The Russian Foreign Ministry hailed the talks as “substantive and businesslike” and noted in a statement that “joint steps were agreed upon to ensure unimpeded financing of the activities of diplomatic missions of Russia and the United States on a reciprocal basis and to create appropriate conditions for diplomats to perform their official duties.”",
  troops: "U.S. and other Western nations cut air links with Russia as part of a slew of sanctions imposed on Moscow after it sent troops into Ukraine on Feb. 24, 2022.",
  traffic:
    "The ministry said that it also offered the U.S. “to consider the possibility of restoring direct air traffic.\" It didn't add any details or possible time frame, and there was no immediate comment from Washington on the issue.",
  stabilise:
    "“Through constructive discussions, both sides identified concrete initial steps to stabilize bilateral mission operations in these areas,” it said in a statement.",
  department:
    "Sonata Coulter, U.S. deputy assistant secretary of state for Russia and Central Europe who led the U.S. delegation, and Alexander Darchiyev, the head of the North Atlantic department of the Russian Foreign Ministry who headed Moscow's team of negotiators, “agreed to hold a follow-up meeting on these issues in the near term,” the U.S. State Department said.",
};
const MFA_AP_HAILED =
  "The Russian Foreign Ministry hailed the talks as “substantive and business-like” and noted in a statement that “joint steps were agreed upon to ensure unimpeded financing of the activities of diplomatic missions of Russia and the United States on a reciprocal basis and to create appropriate conditions for diplomats to perform their official duties.”";
const MFA_AP_DEPARTMENT =
  "Sonata Coulter, U.S. deputy assistant secretary of state for Russia and Central Europe who led the U.S. delegation, and Alexander Darchiyev, the head of the North America department of the Russian Foreign Ministry who headed Moscow’s team of negotiators, “agreed to hold a follow-up meeting on these issues in the near term,” the U.S. State Department said.";

describe("classifyRow on the Istanbul talks", () => {
  it("finds the department, and nothing else, in the sentence naming it", () => {
    const found = classify(BS.department, AP.department);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "substantive", category: "entity" });
    expect(found[0].summary).toBe("Department: North America ≠ North Atlantic");
    const [bs, ap] = found[0].variants;
    expect(bs).toMatchObject({ source: "s1", core: "America" });
    expect(ap).toMatchObject({ source: "s2", core: "Atlantic" });
    expect(BS.department.slice(bs.spans[0].start, bs.spans[0].end)).toBe("America");
    expect(AP.department.slice(ap.spans[0].start, ap.spans[0].end)).toBe("Atlantic");
    expect(ap.text).toContain("North Atlantic department");
  });

  it("finds nothing where quotation marks were stripped", () => {
    expect(classify(AP.hailed, BS.hailed)).toEqual([]);
    expect(classify(MFA_AP_HAILED, BS.hailed)).toEqual([]);
  });

  it("finds nothing substantive between the AP copies but the department", () => {
    for (const key of Object.keys(BS) as Array<keyof typeof BS>) {
      const found = substantive(classify(BS[key], AP[key]));
      if (key === "department") expect(found.map((d) => d.summary)).toEqual(["Department: North America ≠ North Atlantic"]);
      else expect(found, key).toEqual([]);
    }
  });

  it("merges the sources that disagree on one span into one discrepancy with a variant per source", () => {
    const straightQuotes = AP.department.replace(/[“”]/g, '"');
    const found = classify(BS.department, AP.department, MFA_AP_DEPARTMENT, straightQuotes, AP.department.replace("Moscow's", "Moscow’s"));
    expect(found).toHaveLength(1);
    expect(found[0].variants.map((v) => v.core)).toEqual(["America", "Atlantic", "America", "Atlantic", "Atlantic"]);
    expect(found[0].summary).toBe("Department: North America ≠ North Atlantic");
  });

  it("calls two spellings of one name minor, and two countries substantive", () => {
    const spelled = classify("Director Alexander Darchiev and Sonata Coulter convened in Istanbul.", "Director Alexander Darchiyev and Sonata Coulter convened in Istanbul.");
    expect(spelled).toMatchObject([{ severity: "minor", category: "spelling" }]);
    const countries = classify("Russia's ambassador to Austria was recalled.", "Russia's ambassador to Australia was recalled.");
    expect(countries).toMatchObject([{ severity: "substantive", category: "entity" }]);
  });

  it("flags how the talks were characterized", () => {
    const found = classify(
      "The Russian Foreign Ministry described the talks as very constructive.",
      "The Russian Foreign Ministry described the talks as substantive and businesslike.",
      "The Russian Foreign Ministry described the talks as constructive and businesslike.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "substantive", category: "characterization" });
    expect(found[0].variants).toHaveLength(3);
    expect(found[0].summary).toBe("Characterization: very constructive ≠ substantive and businesslike ≠ constructive and businesslike");
  });

  it("calls a dropped parenthesis a minor omission", () => {
    const found = classify(
      "negotiations between senior Russian and U.S. diplomats and other officials in Saudi Arabia earlier this month (February).",
      "negotiations between senior Russian and US diplomats and other officials in Saudi Arabia earlier this month.",
    );
    expect(found).toMatchObject([{ severity: "minor", category: "omission" }]);
    expect(found[0].variants[1]).toMatchObject({ core: "" });
  });

  it("flags figures, dates and negation", () => {
    expect(classify("Earnings were 19 cents a share.", "Earnings were 20 cents a share.")[0]).toMatchObject({ category: "number", summary: "Number: 19 cents ≠ 20 cents" });
    expect(classify("It sent troops into Ukraine on Feb. 24, 2022.", "It sent troops into Ukraine on Feb. 25, 2022.")[0]).toMatchObject({
      category: "date",
      summary: "Date: Feb. 24, 2022 ≠ Feb. 25, 2022",
    });
    expect(classify("The State Department provided additional details.", "The State Department did not provide additional details.")[0]).toMatchObject({ category: "negation" });
  });
});

describe("classifyRow on rows some sources lack", () => {
  const all = ["s1", "s2", "s3"];

  it("emits one omission with an empty variant for each source lacking the row", () => {
    const passage = "In 2016, the Obama administration expelled 35 Russian diplomats and closed two Russian compounds.";
    const found = classifyRow("r9", [cell("s2", passage)], "s1", all, budget());
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "substantive", category: "omission" });
    expect(found[0].variants.map((v) => v.source)).toEqual(all);
    expect(found[0].variants[0]).toEqual({ source: "s1", text: "", core: "", spans: [] });
    expect(found[0].variants[1].spans).toEqual([{ paragraph: "s2-p1", start: 0, end: passage.length }]);
  });

  it("calls a missing passage without checkable facts minor", () => {
    const found = classifyRow("r2", [cell("s3", "TASS has compiled the key takeaways from the meeting.")], "s1", all, budget());
    expect(found).toMatchObject([{ severity: "minor", category: "omission" }]);
  });

  it("still diffs the sources that have the row", () => {
    const found = classifyRow("r3", [cell("s1", BS.department), cell("s2", AP.department)], "s1", all, budget());
    expect(found.map((d) => d.category)).toEqual(["omission", "entity"]);
  });
});

describe("classifyRow keys", () => {
  it("gives the same cores on every run", () => {
    const once = classify(BS.department, AP.department, MFA_AP_DEPARTMENT);
    const again = classify(BS.department, AP.department, MFA_AP_DEPARTMENT);
    expect(again).toEqual(once);
  });
});

describe("classifyRow: what a version lacks", () => {
  it("reads a version whose differing stretch is punctuation alone as lacking the words, not stating them", () => {
    const [omission] = classify(
      "“I will meet the delegation with a private dinner for the families of the victims,” Mr. Lee said on Monday.",
      "“I will meet the delegation.” Lee said on Monday.",
    ).filter((d) => d.category === "omission");
    expect(omission.variants.map((v) => v.core)).toEqual(["with a private dinner for the families of the victims,” Mr.", ""]);
    expect(omission.summary).toMatch(/\(in 1 of 2 versions\)$/);
  });
});
