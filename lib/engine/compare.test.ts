import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { capDiscrepancies, compare, MAX_DISCREPANCIES } from "./compare";
import type { Notice, Report, SourceInput } from "./types";

const dir = path.join(__dirname, "..", "..", "prisma", "demo", "istanbul-talks");
const FILES = ["ap-marketbeat.txt", "business-standard.txt", "mfa-and-ap.txt", "moscow-times.txt", "tass.txt"];
const load = (names: string[]): SourceInput[] => names.map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), "utf8") }));
const fixedClock = () => 0;

const sourceId = (report: Report, name: string) => report.sources.find((s) => s.name === name)!.id;
const variantText = (report: Report, d: Report["discrepancies"][number], name: string) =>
  d.variants.find((v) => v.source === sourceId(report, name))?.text;

describe("compare on the five Istanbul fixtures (golden)", () => {
  let report: Report;
  beforeAll(async () => {
    report = await compare(load(FILES), { now: fixedClock });
  });

  it("flags the department conflict as a substantive entity discrepancy", () => {
    const department = report.discrepancies.filter(
      (d) => d.severity === "substantive" && /North America/.test(d.summary) && /North Atlantic/.test(d.summary),
    );
    expect(department).toHaveLength(1);
    expect(department[0].category).toBe("entity");
    expect(variantText(report, department[0], "business-standard.txt")).toContain("North America");
    expect(variantText(report, department[0], "ap-marketbeat.txt")).toContain("North Atlantic");
    // One discrepancy naming every version's reading, grouped: no version that names the
    // department is left out, whichever paragraph it names it in.
    expect(department[0].absent).toEqual([]);
    const readings = department[0].values.map((v) => ({ value: v.value, names: v.sources.map((id) => report.sources.find((s) => s.id === id)!.name).sort() }));
    expect(readings).toEqual([
      { value: expect.stringMatching(/Atlantic/), names: ["ap-marketbeat.txt", "moscow-times.txt", "tass.txt"] },
      { value: expect.stringMatching(/America/), names: ["business-standard.txt", "mfa-and-ap.txt"] },
    ]);
  });

  it("keeps the substantive list short: at most 15 flags on the five versions", () => {
    const substantive = report.discrepancies.filter((d) => d.severity === "substantive");
    expect(substantive.length).toBeGreaterThan(0);
    expect(substantive.length).toBeLessThanOrEqual(15);
  });

  it("flags how the talks were characterised (substantive vs constructive) as substantive", () => {
    const characterised = report.discrepancies.filter(
      (d) => d.category === "characterization" && d.severity === "substantive" && d.variants.some((v) => /constructive/.test(v.text)),
    );
    expect(characterised.length).toBeGreaterThan(0);
    expect(characterised.some((d) => d.variants.some((v) => /substantive/.test(v.text)))).toBe(true);
  });

  it("reports AP's appointment paragraph as missing from the Business Standard copy", () => {
    const omission = report.discrepancies.find(
      (d) => d.category === "omission" && d.variants.some((v) => /formal notice of agreement to Darchiyev/.test(v.text)),
    );
    expect(omission).toBeDefined();
    expect(variantText(report, omission!, "business-standard.txt")).toBe("");
    expect(omission!.severity).toBe("substantive");
  });

  it("keeps every clutter line out of the article paragraphs", () => {
    const body = report.sources.flatMap((s) => s.paragraphs.map((p) => p.text)).join("\n");
    for (const clutter of ["Free Trial", "AP Photo", "Subscribe now", "{{free_limit}}", "newsletter", "Dear readers", "Get This Free Report", "Recent Videos", "₹"]) {
      expect(body).not.toContain(clutter);
    }
    expect(report.sources.every((s) => s.removed.length > 0 || s.name === "mfa-and-ap.txt")).toBe(true);
  });

  it("is deterministic: the same input gives the same report, byte for byte", async () => {
    const again = await compare(load(FILES), { now: fixedClock });
    expect(JSON.stringify(again)).toBe(JSON.stringify(report));
  });

  it("keeps discrepancy keys when another source is primary", async () => {
    const rerun = await compare(load(FILES), { now: fixedClock, primary: "business-standard.txt" });
    const keys = new Set(rerun.discrepancies.map((d) => d.key));
    const appointment = report.discrepancies.find((d) => d.category === "omission" && d.variants.some((v) => /formal notice/.test(v.text)))!;
    expect(keys.has(appointment.key)).toBe(true);
    expect(rerun.discrepancies.some((d) => /North America/.test(d.summary) && d.severity === "substantive")).toBe(true);
  });
});

describe("compare on the two AP copies (Business Standard vs MarketBeat)", () => {
  it("finds no substantive word-level difference except the department name", async () => {
    const report = await compare(load(["business-standard.txt", "ap-marketbeat.txt"]), { now: fixedClock });
    const substantive = report.discrepancies.filter((d) => d.severity === "substantive" && d.category !== "omission");
    expect(substantive.map((d) => d.summary)).toEqual([expect.stringMatching(/North America.*North Atlantic|North Atlantic.*North America/)]);
    // The cosmetic variation between the copies stays out of the way.
    const loud = report.discrepancies.filter((d) => d.severity !== "cosmetic").map((d) => d.summary).join("\n");
    for (const cosmetic of ["normalis", "stabilis", "February 24"]) expect(loud).not.toContain(cosmetic);
  });
});

describe("capDiscrepancies", () => {
  it("keeps the most severe when there are more differences than anyone reviews, and says so", () => {
    const make = (severity: "substantive" | "minor" | "cosmetic") => ({
      discrepancy: { severity, category: "number" as const, summary: "", variants: [] },
    });
    const found = [
      ...Array.from({ length: MAX_DISCREPANCIES }, () => make("cosmetic")),
      ...Array.from({ length: 10 }, () => make("substantive")),
      ...Array.from({ length: 10 }, () => make("minor")),
    ];
    const notices: Notice[] = [];
    const kept = capDiscrepancies(found, notices);
    expect(kept).toHaveLength(20);
    expect(kept.every((f) => f.discrepancy.severity !== "cosmetic")).toBe(true);
    expect(notices[0]).toMatchObject({ kind: "budget" });
    expect(notices[0].message).toContain("5,020");
    expect(capDiscrepancies(found.slice(0, 3), [])).toHaveLength(3);
  });
});

describe("compare on conversions", () => {
  it("reads a sum converted in parentheses as that sum, neither a figure of its own nor a dropped fact", async () => {
    const report = await compare([
      { name: "a.txt", text: "The FCA fined Harcourt Bank 42.6 million pounds ($56.8 million) on Wednesday." },
      { name: "b.txt", text: "The FCA fined Harcourt Bank £42.6m on Wednesday." },
    ]);
    expect(report.discrepancies.filter((d) => d.severity === "substantive")).toEqual([]);
  });
});

describe("compare on words of any kind", () => {
  it("reads words that name an object's own properties ('constructor', 'toString') as plain words", async () => {
    const report = await compare([
      { name: "a.txt", text: "The constructor title came at midnight on Sunday, toString said, and valueOf won 12 races." },
      { name: "b.txt", text: "The constructor title came at noon on Sunday, toString said, and valueOf won 12 races." },
    ]);
    expect(report.discrepancies.map((d) => d.summary)).toEqual(["Date: midnight ≠ noon"]);
    const counted = await compare([
      { name: "a.txt", text: "The league has 10 constructors this year." },
      { name: "b.txt", text: "The league has 11 constructors this year." },
    ]);
    expect(counted.discrepancies.map((d) => d.summary)).toEqual(["Figure: 10 constructors ≠ 11 constructors"]);
  });
});
