import { describe, expect, it } from "vitest";
import { story } from "../facts/story.test-helper";
import { compare } from "../compare";
import { joinLedes } from "./ledes";
import type { Unit } from "./align-units";

const REST = "Officials urged residents to stay indoors during the hottest hours of the day.";
const A = [
  "MADRID (AP) — Temperatures in southern Spain climbed to 46 degrees Celsius (114.8 degrees Fahrenheit) on Saturday, breaking the national record for June as a heat wave gripped much of Europe.",
  "The town of El Granado in Huelva province recorded 46C, beating the previous June record of 45.2C set in 1965 in Seville, the national weather agency AEMET said.",
  "Authorities issued red alerts in four regions and warned people to stay indoors during the hottest hours of the day.",
  "A 72-year-old man died of heat stroke in the southern city of Córdoba on Friday, regional health officials said.",
  "The heat wave is expected to last until at least Wednesday, forecasters said."
];
const B = [
  "MADRID, June 29 (Reuters) - Spain recorded its hottest June day on record on Saturday, with the thermometer reaching 46 degrees Celsius (115 degrees Fahrenheit) in El Granado, in the southwestern province of Huelva, the state weather agency AEMET said.",
  "The previous June record was 45.2C, measured in Seville in 1965.",
  "Red alerts for extreme heat were in place in five regions, and authorities urged people to avoid outdoor activity between noon and 8 p.m.",
  "A 72-year-old man died of heatstroke in Cordoba on Friday.",
  "AEMET said the heat wave would last until at least Wednesday."
];
const C = [
  "Spain has smashed its June temperature record, with the mercury hitting 48C (118F) in the Andalusian town of El Granado on Saturday.",
  "The old record of 45.2C was set in Seville in 1965, according to the Spanish weather agency AEMET.",
  "Red alerts were issued in four regions. A 74-year-old man died from heat stroke in Cordoba on Friday.",
  "Forecasters expect the heat wave to last until at least Wednesday."
];

describe("joinLedes", () => {
  it("joins a version's lone first sentence to the statement the other versions open on, so their figures are compared", async () => {
    // A heat wave told three ways: the third version's lede scores below the aligner's threshold.
    const report = await compare([
      { name: "a.txt", text: A.join("\n\n") },
      { name: "b.txt", text: B.join("\n\n") },
      { name: "c.txt", text: C.join("\n\n") },
    ]);
    const temperatures = report.discrepancies.filter((d) => d.severity === "substantive" && d.summary.startsWith("Temperature"));
    expect(temperatures.map((d) => d.summary)).toEqual(["Temperature: 46 degrees Celsius ≠ 48C", "Temperature: 114.8 degrees Fahrenheit ≠ 118F"]);
  });

  it("leaves a lone first sentence alone when it is unlike the lede, or gives no figure", () => {
    const [a, b, c] = [story("s1", "The storm killed 12 people on Monday.", REST), story("s2", "A storm killed 12 people on Monday.", REST), story("s3", "Schools stayed closed.", REST)];
    const lede: Unit = { members: [a[0], b[0]] };
    const lone: Unit = { members: [c[0]] };
    const rank = new Map([["s1", 0], ["s2", 1], ["s3", 2]]);
    expect(joinLedes([lede, lone], () => 0.5, rank)).toEqual([lede, lone]);
    const withFigure = story("s3", "Twelve people died in Monday's storm, 3 of them children.", REST);
    expect(joinLedes([lede, { members: [withFigure[0]] }], () => 0.1, rank)).toHaveLength(2);
    expect(joinLedes([lede, { members: [withFigure[0]] }], () => 0.5, rank)).toEqual([{ members: [a[0], b[0], withFigure[0]] }]);
  });
});
