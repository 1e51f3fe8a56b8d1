import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment";
import { WorkBudget } from "../work-budget";
import { alignUnits } from "./align-units";
import { CarrierBits, findOmissions, statesFacts } from "./omissions";
import { sentencesOf } from "./sentences";
import { compare } from "../compare";

/** A version; blank lines separate its paragraphs. */
function version(id: string, text: string) {
  const paragraphs = text.split("\n\n").map((p, i) => ({ id: `${id}-p${i + 1}`, text: p, sentences: splitSentences(p) }));
  return sentencesOf({ id, paragraphs });
}

function omissions(...texts: string[]) {
  const versions = texts.map((t, i) => version(`s${i + 1}`, t));
  const { units, similarity } = alignUnits(versions, { work: new WorkBudget(Number.POSITIVE_INFINITY), notices: [] });
  return findOmissions(units, new Map(versions.map((v) => [v[0].source, v])), versions.map((v) => v[0].source), similarity);
}

const FIRST = "Firefighters battled a warehouse blaze in the port district through Sunday night.";
const MIDDLE = "The fire chief said 14 firefighters were treated for smoke inhalation at St. Mary's hospital.";
const LAST = "Investigators have not yet said what started the fire at the warehouse.";
const TAIL = "The warehouse stored paint and cleaning products for several shops nearby.";

describe("findOmissions", () => {
  it("reports a statement a version skips between two it shares, with the facts it loses", () => {
    const found = omissions(`${FIRST} ${MIDDLE} ${LAST}`, `${FIRST} ${LAST}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ category: "omission", severity: "substantive" });
    expect(found[0].variants.map((v) => v.core === "")).toEqual([false, true]);
    expect(found[0].variants[0].text).toContain("14 firefighters");
  });

  it("does not call the part beyond where a version's text ends an omission", () => {
    expect(omissions(`${FIRST} ${LAST} ${TAIL}`, `${FIRST} ${LAST}`)).toEqual([]);
  });

  it("reports the closing paragraph a version cut from the bottom as missing from it", () => {
    const story = [
      "Heavy rain flooded the river valley overnight and forced 300 families from their homes.",
      "The regional governor declared a state of emergency on Tuesday morning.",
      "Army trucks carried sandbags to the villages along the northern bank.",
      "Two bridges on the main highway were closed after the water rose above the railings.",
      "Schools in the district will stay shut until Friday, the education office said.",
      "Forecasters expect the river to crest on Wednesday evening near the old mill.",
      "Power was cut to about 4,000 homes as a precaution, the utility company said.",
      "Volunteers set up a shelter in the sports hall of the central school.",
    ];
    const closing = "Insurers said claims from the last flood, in 2019, took more than a year to settle.";
    const found = omissions([...story, closing].join(" "), story.join(" "));
    expect(found).toHaveLength(1);
    expect(found[0].variants[0].text).toContain("Insurers");
    expect(found[0].variants[1].core).toBe("");
  });

  it("reports a dropped paragraph once, even where another version carries only part of it", () => {
    const vote = "The council voted 7 to 2 on Tuesday to close the Elm Street library branch in March.";
    const staff = "Library staff will move to the central branch on Harbor Road, the mayor's office said.";
    const protest = "About 40 volunteers protested outside city hall before the vote.";
    const next = "The council will meet again next month to discuss the budget for the parks department.";
    // The second version ends after the staff sentence; the third skips staff and protest.
    const found = omissions(`${vote} ${staff} ${protest} ${next}`, `${vote} ${staff}`, `${vote} ${next}`);
    const fromThird = found.filter((d) => d.variants[0].core && !d.variants[2].core);
    expect(fromThird).toHaveLength(1);
    expect(fromThird[0].variants[0].text).toContain("Harbor Road");
    expect(fromThird[0].variants[0].text).toContain("volunteers");
    expect(fromThird[0].variants[1].text).toContain("Harbor Road");
  });

  it("does not report a statement as missing from a version that makes it in another place", () => {
    const crews = "Crews from three towns fought until dawn while residents of nearby streets were evacuated to a school gym";
    const treated = "Fourteen firefighters were treated for smoke inhalation.";
    // The second version folds the treated firefighters into its opening sentence.
    const found = omissions(`${crews}. ${FIRST} ${treated} ${LAST}`, `${crews}, and 14 firefighters were treated for smoke inhalation. ${FIRST} ${LAST}`);
    expect(found).toEqual([]);
  });

  it("does not report a heading or a lede a page prints twice as omitted", () => {
    const heading = "Warehouse fire injures 14 firefighters";
    expect(omissions(`${FIRST}\n\n${heading}\n\n${LAST}`, `${FIRST} ${LAST}`)).toEqual([]);
    expect(omissions(`${TAIL} ${FIRST} ${TAIL} ${LAST}`, `${FIRST} ${LAST}`)).toEqual([]);
  });

  it("does not hold a report of its own to the background that the copies of another story share", () => {
    const copy = `${FIRST} ${MIDDLE} ${LAST}`;
    const own = [
      "Residents near the harbour were told to keep their windows shut on Monday.",
      "The city council will review the permits of warehouses that store paint.",
      FIRST,
      "A neighbour said the smoke could be seen from the motorway bridge.",
      LAST,
      "Police closed two streets near the port until Tuesday afternoon.",
    ].join(" ");
    const lacking = (found: ReturnType<typeof omissions>) => found.filter((d) => d.variants[0].core && !d.variants[3].core);
    expect(lacking(omissions(copy, copy, copy, own))).toEqual([]);
    // A copy that drops the same paragraph is told so.
    const found = lacking(omissions(copy, copy, copy, `${FIRST} ${LAST}`));
    expect(found).toHaveLength(1);
    expect(found[0].variants[0].text).toContain("14 firefighters");
  });

  it("grades background prose as minor", () => {
    expect(statesFacts("The crowd waited quietly outside the gates.")).toBe(false);
    expect(statesFacts("“We will rebuild,” she said at the scene.")).toBe(true);
    expect(statesFacts("Police said 3 people were arrested.")).toBe(true);
  });
});

describe("findOmissions with the report's figure conflicts", () => {
  const opening = "Floods swept through the river valley before dawn on Friday and washed away homes.";
  const toll = "The storm claimed the lives of at least 27 people, including nine children, officials said.";
  const search = "Rescuers searched the riverbanks with boats and helicopters on Saturday.";
  const earlier = "The sheriff said 24 people had been confirmed killed.";
  const omitsToll = (report: Awaited<ReturnType<typeof compare>>) =>
    report.discrepancies.filter((d) => d.category === "omission" && d.variants[0].core.includes("claimed"));

  it("does not call a statement missing from a version that gives its count with another value", async () => {
    const report = await compare([
      { name: "later.txt", text: `${opening} ${toll} ${search}` },
      { name: "earlier.txt", text: `${opening} ${search} ${earlier}` },
    ]);
    expect(omitsToll(report)).toEqual([]);
    expect(report.discrepancies.some((d) => d.category === "number" && d.variants.map((v) => v.core).join("|").match(/27.*\|.*24/))).toBe(true);
  });

  it("reports it missing from a version that gives no such count", async () => {
    const report = await compare([
      { name: "later.txt", text: `${opening} ${toll} ${search}` },
      { name: "earlier.txt", text: `${opening} ${search} The sheriff said the search would go on.` },
    ]);
    expect(omitsToll(report)).toHaveLength(1);
  });
});

describe("what an omission loses", () => {
  const opening = "The central bank met on Wednesday to decide on interest rates.";
  const decision = "In light of the progress on inflation, the bank decided to lower its rate by 1/2 percentage point.";
  const closing = "Markets rallied after the announcement on Wednesday afternoon.";

  it("grades a passage minor when the version states its figure in other words elsewhere", async () => {
    const report = await compare([
      { name: "statement.txt", text: `${opening} ${decision} ${closing}` },
      { name: "report.txt", text: `${opening} ${closing} The cut was half a percentage point.` },
    ]);
    const omission = report.discrepancies.find((d) => d.category === "omission" && d.variants[0].core.includes("In light"));
    expect(omission).toMatchObject({ severity: "minor" });
  });

  it("grades it substantive when the version does not state the figure", async () => {
    const report = await compare([
      { name: "statement.txt", text: `${opening} ${decision} ${closing}` },
      { name: "report.txt", text: `${opening} ${closing} Investors cheered the decision.` },
    ]);
    const omission = report.discrepancies.find((d) => d.category === "omission" && d.variants[0].core.includes("In light"));
    expect(omission).toMatchObject({ severity: "substantive" });
  });
});

describe("CarrierBits", () => {
  it("says two units share a carrier besides the one asked about exactly when their sets of versions do, past 32 versions", () => {
    const sources = Array.from({ length: 40 }, (_, k) => `s${k + 1}`);
    const member = (source: string) => ({ id: `${source}-p1.1`, source, paragraph: `${source}-p1`, start: 0, end: 1, text: "x", order: 0, quoted: false });
    // Units carried by every third, every fifth … version, and one by the last two only.
    const carriers = [3, 5, 7, 11, 13].map((step) => sources.filter((_, k) => k % step === 0)).concat([sources.slice(38), ["s33"], []]);
    const units = carriers.map((list) => ({ members: list.map(member) }));
    const bits = new CarrierBits(units, sources);
    for (let a = 0; a < units.length; a++) {
      for (let b = 0; b < units.length; b++) {
        for (const except of [...sources, "elsewhere"]) {
          const shared = carriers[a].some((s) => s !== except && carriers[b].includes(s));
          expect(bits.meet(a, b, except), `${a} ${b} ${except}`).toBe(shared);
        }
      }
    }
  });
});
