import { describe, expect, it } from "vitest";
import type { Report } from "@/lib/engine/types";
import { reportOutline, reportRowPage } from "./report-view";

const paragraph = (id: string, text: string) => ({ id, text, sentences: [{ start: 0, end: text.length }] });

const report: Report = {
  schemaVersion: 2,
  engineVersion: "test",
  primary: "s1",
  sources: [
    { id: "s1", name: "AP", paragraphs: [paragraph("s1-p1", "Head of the North Atlantic department."), paragraph("s1-p2", "Talks lasted six hours.")], removed: [] },
    { id: "s2", name: "TASS", paragraphs: [paragraph("s2-p1", "Head of the North America department.")], removed: [] },
    { id: "s3", name: "MT", paragraphs: [paragraph("s3-p1", "Head of the North Atlantic department.")], removed: [] },
  ],
  rows: [
    { id: "r1", cells: { s1: ["s1-p1"], s2: ["s2-p1"], s3: ["s3-p1"] } },
    { id: "r2", cells: { s1: ["s1-p2"] } },
  ],
  discrepancies: [
    {
      id: "d1",
      key: "entity:k1",
      row: "r1",
      severity: "substantive",
      category: "entity",
      summary: "Department: North Atlantic ≠ North America",
      variants: [
        { source: "s1", text: "", core: "North Atlantic", spans: [{ paragraph: "s1-p1", start: 12, end: 26 }] },
        { source: "s2", text: "", core: "North America", spans: [{ paragraph: "s2-p1", start: 12, end: 25 }] },
        { source: "s3", text: "", core: "North Atlantic", spans: [{ paragraph: "s3-p1", start: 12, end: 26 }] },
      ],
      values: [
        { value: "North Atlantic", sources: ["s1", "s3"] },
        { value: "North America", sources: ["s2"] },
      ],
      absent: [],
    },
    {
      id: "d2",
      key: "omission:k2",
      row: "r2",
      severity: "minor",
      category: "omission",
      summary: "Omission",
      variants: [{ source: "s1", text: "", core: "Talks lasted six hours.", spans: [{ paragraph: "s1-p2", start: 0, end: 23 }] }],
      values: [{ value: "Talks lasted six hours.", sources: ["s1"] }],
      absent: ["s2", "s3"],
    },
  ],
  notices: [],
  stats: { ms: { clean: 0, segment: 0, align: 0, diff: 0, classify: 0 }, words: 12 },
};

describe("reportOutline", () => {
  it("keeps the readings and counts but no text or spans", () => {
    const outline = reportOutline(report);
    expect(outline.rowCount).toBe(2);
    expect(outline.counts).toEqual({ substantive: 1, minor: 1, cosmetic: 0 });
    expect(outline.sources[0]).toMatchObject({ id: "s1", name: "AP", paragraphCount: 2 });
    expect(outline.sources[0]).not.toHaveProperty("paragraphs");
    expect(outline.items[1]).toMatchObject({ key: "omission:k2", rowIndex: 1, absent: ["s2", "s3"] });
    expect(outline.items[0]).not.toHaveProperty("variants");
  });
});

describe("reportRowPage", () => {
  it("ships the asked rows with only the asked sources' paragraphs and their marks", () => {
    const page = reportRowPage(report, 0, 1, ["s1", "s2"]);
    expect(page.rows.map((r) => r.index)).toEqual([0]);
    expect(Object.keys(page.paragraphs).sort()).toEqual(["s1-p1", "s2-p1"]);
    expect(page.marks).toEqual({ "s1-p1": [[12, 26, "d1"]], "s2-p1": [[12, 25, "d1"]] });
  });

  it("clamps the range to the report's rows", () => {
    const page = reportRowPage(report, 1, 99);
    expect(page.from).toBe(1);
    expect(page.rows.map((r) => r.id)).toEqual(["r2"]);
    expect(page.marks).toEqual({ "s1-p2": [[0, 23, "d2"]] });
  });
});

describe("stored view parts", () => {
  it("give the same pages as the report itself, whatever the range and sources", async () => {
    const { reportViewParts, joinPages, pageNumbers } = await import("./report-view");
    const parts = reportViewParts(report);
    expect(JSON.parse(parts.outline)).toEqual(reportOutline(report));
    const pages = parts.pages.map((p) => JSON.parse(p));
    const { first, last } = pageNumbers(1, 2);
    expect(joinPages(pages.slice(first, last + 1), 1, 2, ["s1"])).toEqual(reportRowPage(report, 1, 2, ["s1"]));
    expect(joinPages(pages, 0, 2)).toEqual(reportRowPage(report, 0, 2));
  });
});
