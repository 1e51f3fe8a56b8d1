import { describe, expect, it } from "vitest";
import type { DiscrepancyItem } from "@/lib/report-view";
import { filterItems, groupItems } from "./group-discrepancies";
import { excerpt, itemHeadline, joinNames } from "./wording";

const item = (id: string, over: Partial<DiscrepancyItem>): DiscrepancyItem => ({
  id,
  key: `k-${id}`,
  row: "r1",
  rowIndex: 0,
  severity: "minor",
  category: "characterization",
  summary: id,
  values: [],
  absent: [],
  ...over,
});

describe("conflicts first", () => {
  const items = [
    item("d1", { category: "omission", severity: "substantive" }),
    item("d2", { category: "characterization", rowIndex: 3 }),
    item("d3", { category: "entity", severity: "substantive", rowIndex: 5 }),
    item("d4", { category: "characterization", severity: "substantive", rowIndex: 9 }),
    item("d5", { category: "entity", rowIndex: 1 }),
  ];

  it("puts the gravest kinds of fact first, gravest items first, omissions last whatever their severity", () => {
    const groups = groupItems(items);
    expect(groups.map((g) => g.kind)).toEqual(["names", "characterizations", "omissions"]);
    expect(groups[0].items.map((d) => d.id)).toEqual(["d3", "d5"]);
    expect(groups[1].items.map((d) => d.id)).toEqual(["d4", "d2"]);
  });

  it("filters by severity, kind, version and words", () => {
    const all = { severities: new Set(["substantive", "minor"] as const), category: "" as const, source: "", query: "" };
    expect(filterItems(items, { ...all, severities: new Set(["substantive"] as const) }).map((d) => d.id)).toEqual(["d1", "d3", "d4"]);
    expect(filterItems(items, { ...all, category: "entity" }).map((d) => d.id)).toEqual(["d3", "d5"]);
    expect(filterItems([item("d9", { values: [{ value: "x", sources: ["s3"] }] })], { ...all, source: "s2" })).toEqual([]);
    expect(filterItems([item("d9", { values: [{ value: "North Atlantic", sources: ["s1"] }] })], { ...all, query: "atlantic" })).toHaveLength(1);
  });
});

describe("wording", () => {
  it("joins names in plain English and says how many others past the limit", () => {
    expect(joinNames(["TASS"])).toBe("TASS");
    expect(joinNames(["TASS", "The Moscow Times"])).toBe("TASS and The Moscow Times");
    expect(joinNames(["A", "B", "C", "D", "E", "F"], 4)).toBe("A, B, C and 3 others");
  });

  it("never cuts inside a word", () => {
    const cut = excerpt("Russian and U.S. diplomats held talks Thursday in Istanbul on restoring regular operations", 40);
    expect(cut).toBe("Russian and U.S. diplomats held talks …");
  });

  it("says where an omitted passage is in plain counts", () => {
    const names: Record<string, string> = { s1: "AP", s2: "TASS", s3: "The Moscow Times" };
    const d = item("d1", { category: "omission", values: [{ value: "TASS has compiled the key takeaways.", sources: ["s2", "s3"] }], absent: ["s1"] });
    expect(itemHeadline({ ...d, absent: ["s1"] }, (id) => names[id])).toBe("Missing from AP: “TASS has compiled the key takeaways.”");
    expect(itemHeadline({ ...d, values: [{ value: "x", sources: ["s2"] }], absent: ["s1", "s3"] }, (id) => names[id])).toBe("Only in TASS: “x”");
  });
});
