import { describe, expect, it } from "vitest";
import { compare } from "../compare";

const WITH_WEIGHTS = [
  "Oak Farm is recalling deli meats after a routine inspection found listeria at its plant.",
  "The recall covers Oak Farm smoked ham sold in 4-pound loaves at grocery delis.",
  "It also covers Oak Farm turkey breast sold in 6-pound loaves at grocery delis.",
  "It also covers Oak Farm beef salami sold in 2-pound loaves at grocery delis.",
  "Customers should return the products to the store for a full refund.",
].join(" ");
const WITHOUT = [
  "Oak Farm is recalling deli meats after a routine inspection found listeria at its plant.",
  "The recall covers Oak Farm smoked ham.",
  "It also covers Oak Farm turkey breast.",
  "It also covers Oak Farm beef salami.",
  "Customers should return the products to the store for a full refund.",
].join(" ");

describe("joinClauseOmissions", () => {
  it("reports the weights one version adds to every entry of a list as one omission", async () => {
    const report = await compare([
      { name: "weights.txt", text: WITH_WEIGHTS },
      { name: "plain.txt", text: WITHOUT },
    ]);
    const weights = report.discrepancies.filter((d) => d.category === "omission" && d.variants.some((v) => /pound/.test(v.core)));
    expect(weights).toHaveLength(1);
    expect(weights[0].variants[0].core).toMatch(/4-pound.*6-pound.*2-pound/);
    expect(weights[0].variants[1].core).toBe("");
    expect(weights[0].variants[0].spans).toHaveLength(3);
  });
});

describe("withoutFiguresStatedElsewhere", () => {
  const lede = "Walking more lowers the risk of an early death, researchers said on Tuesday.";
  const study = (clause: string) => `The finding comes from an analysis of 17 studies${clause}.`;

  it("does not report a figure dropped from a sentence when the version states it in another one", async () => {
    const report = await compare([
      { name: "long.txt", text: `${lede} ${study(" with a total of almost 227,000 participants")} The effect held in every region.` },
      { name: "short.txt", text: `${lede} ${study("")} The analysis covered 226,889 people around the world. The effect held in every region.` },
    ]);
    expect(report.discrepancies.filter((d) => d.category === "omission" && d.variants.some((v) => /227,000/.test(v.core)))).toEqual([]);
  });

  it("still reports it when the version states it nowhere", async () => {
    const report = await compare([
      { name: "long.txt", text: `${lede} ${study(" with a total of almost 227,000 participants")} The effect held in every region.` },
      { name: "short.txt", text: `${lede} ${study("")} The effect held in every region.` },
    ]);
    expect(report.discrepancies.filter((d) => d.category === "omission" && d.variants.some((v) => /227,000/.test(v.core)))).toHaveLength(1);
  });
});

describe("withoutFiguresInConflicts", () => {
  it("does not report a clause told with another figure where the toll's conflict shows both", async () => {
    const closing = "Police urged residents to stay indoors. The investigation continues.";
    const report = await compare([
      { name: "first.txt", text: `Two people were killed and at least four others wounded Thursday night when a gunman opened fire outside a shopping center in suburban Columbus, police said. ${closing}` },
      { name: "later.txt", text: `A gunman killed three people and wounded five others outside a shopping center in suburban Columbus on Thursday night before he was shot dead by police, authorities said Friday. ${closing}` },
      { name: "local.txt", text: `Three people died and five were injured in a shooting at Easton Town Center on Thursday night. ${closing}` },
    ]);
    const summaries = report.discrepancies.map((d) => d.summary);
    expect(summaries).toContain("Death toll: Two people ≠ three people");
    expect(report.discrepancies.filter((d) => d.category === "omission" && d.variants.some((v) => /killed/.test(v.core)))).toEqual([]);
  });
});

describe("withoutClausesOfOmittedPassages", () => {
  const before = "The city council approved the new bus routes on Monday after a long debate.";
  const after = "Residents can comment on the routes at the library until the end of the month.";
  const fuller = "The council meets next on March 4, with the final vote on the budget set for April 9.";
  const shorter = "The council meets next on March 4.";

  it("shows the clause a fuller version adds in the one discrepancy about the passage another version drops", async () => {
    const report = await compare([
      { name: "fuller.txt", text: `${before} ${fuller} ${after}` },
      { name: "shorter.txt", text: `${before} ${shorter} ${after}` },
      { name: "without.txt", text: `${before} ${after}` },
    ]);
    const omissions = report.discrepancies.filter((d) => d.category === "omission");
    expect(omissions).toHaveLength(1);
    expect(omissions[0].variants.map((v) => v.core === "")).toEqual([false, false, true]);
    expect(omissions[0].variants[0].text).toBe(fuller);
    expect(omissions[0].variants[1].text).toBe(shorter);
  });

  it("still reports the clause when every version carries the statement", async () => {
    const report = await compare([
      { name: "fuller.txt", text: `${before} ${fuller} ${after}` },
      { name: "shorter.txt", text: `${before} ${shorter} ${after}` },
    ]);
    const omissions = report.discrepancies.filter((d) => d.category === "omission");
    expect(omissions).toHaveLength(1);
    expect(omissions[0].variants[0].core).toContain("April 9");
    expect(omissions[0].variants[1].core).toBe("");
  });
});

describe("in-statement omissions of figures written in words", () => {
  it("reports a clause one version adds with a figure spelled out", async () => {
    const report = await compare([
      { name: "full.txt", text: "Kansas City won the game with a field goal with three seconds left in overtime on Sunday night. Fans cheered in the streets." },
      { name: "short.txt", text: "Kansas City won the game with a field goal in overtime on Sunday night. Fans cheered in the streets." },
    ]);
    const omissions = report.discrepancies.filter((d) => d.category === "omission");
    expect(omissions).toHaveLength(1);
    expect(omissions[0].variants.map((v) => v.core)).toEqual(["with three seconds left", ""]);
  });

  it("leaves an ordinal alone: it ranks, it counts nothing a clause could drop", async () => {
    const report = await compare([
      { name: "full.txt", text: "Ramos led Park narrowly. A third candidate, Green Party nominee Sam Ortiz, had about 5%. Turnout was high." },
      { name: "short.txt", text: "Ramos led Park narrowly. Green Party nominee Sam Ortiz had about 5%. Turnout was high." },
    ]);
    expect(report.discrepancies.filter((d) => d.category === "omission")).toEqual([]);
  });
});

describe("attribution fragments", () => {
  it("does not report the attribution one version puts after a quotation and the other before it", async () => {
    const report = await compare([
      { name: "after.txt", text: 'Floods hit the valley on Friday. Crews cleared roads all day on Saturday. "We will rebuild every home in this valley," said Mayor John Smith.' },
      { name: "before.txt", text: 'Mayor John Smith said: "We will rebuild every home in this valley." Floods hit the valley on Friday. Crews cleared roads all day on Saturday.' },
    ]);
    expect(report.discrepancies.filter((d) => d.category === "omission")).toEqual([]);
  });
});

describe("words dropped from a quotation", () => {
  const omittedOrMisquoted = async (a: string, b: string) =>
    (await compare([{ name: "a.txt", text: a }, { name: "b.txt", text: b }])).discrepancies.filter((d) => d.severity === "substantive").map((d) => d.category);

  it("calls a word dropped from the middle of an otherwise identical quotation a misquotation", async () => {
    expect(await omittedOrMisquoted('"The Portuguese people wanted change," he told supporters.', '"The Portuguese wanted change," he told supporters.')).toEqual(["quote"]);
  });

  it("leaves a shorter excerpt, a cut marked with an ellipsis and a writer's bracketed note alone", async () => {
    expect(await omittedOrMisquoted('She said it was "a nightmare for everyone" on Monday.', 'She said it was "a nightmare" on Monday.')).toEqual([]);
    expect(await omittedOrMisquoted('"We will rebuild every home, and we will do it fast," he said.', '"We will rebuild every home … fast," he said.')).toEqual([]);
    expect(await omittedOrMisquoted('"If they [Democrats] do not pass the bill, we will act," she said.', '"If they do not pass the bill, we will act," she said.')).toEqual([]);
  });
});
