// Listing, searching (SQLite FTS5 kept by triggers), renaming and deleting comparisons, against a
// temporary database migrated with the committed migrations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateTemporaryDatabase } from "@/lib/export/test-database";
import { ftsQuery } from "./search-query";

const database = migrateTemporaryDatabase("search");
let comparisons: typeof import("@/lib/comparisons");
let db: (typeof import("@/lib/db"))["db"];

async function add(id: string, title: string, sources: Array<[string, string]>, createdAt: string) {
  await db.comparison.create({ data: { id, title, createdAt: new Date(createdAt), createdByName: "Ana" } });
  await db.source.createMany({
    data: sources.map(([name, text], position) => ({ comparisonId: id, position, name, kind: "paste", mediaType: "text/plain", originalText: text })),
  });
}

beforeAll(async () => {
  comparisons = await import("@/lib/comparisons");
  db = (await import("@/lib/db")).db;
  await add("c1", "Istanbul talks", [["tass.txt", "Lavrov met Fidan in the Dolmabahçe palace."], ["ap.txt", "The talks lasted six hours."]], "2026-11-01T10:00:00Z");
  await add("c2", "Budget vote", [["reuters.txt", "Parliament passed the budget on Thursday."], ["afp.txt", "The vote was close."]], "2026-11-02T10:00:00Z");
  await add("c3", "Flood warnings", [["bbc.txt", "Rivers rose overnight."], ["tass-wire.txt", "Residents were moved."]], "2026-11-03T10:00:00Z");
});

afterAll(async () => {
  await db?.$disconnect();
  database.remove();
});

const titles = async (query: string) => (await comparisons.listComparisons({ query })).items.map((c) => c.title);

describe("ftsQuery", () => {
  it("turns words into required quoted prefixes, and ignores FTS syntax", () => {
    expect(ftsQuery("talks Istanbul")).toBe('"talks"* "Istanbul"*');
    expect(ftsQuery('"AND" OR (NEAR* -x')).toBe('"AND"* "OR"* "NEAR"* "x"*');
    expect(ftsQuery("  …  ")).toBeNull();
  });
});

describe("listComparisons", () => {
  it("lists newest first, a page at a time, with the creator", async () => {
    const first = await comparisons.listComparisons({ perPage: 2 });
    expect(first).toMatchObject({ total: 3, page: 1, pageCount: 2 });
    expect(first.items.map((c) => c.title)).toEqual(["Flood warnings", "Budget vote"]);
    expect(first.items[0]).toMatchObject({ sourceCount: 2, createdBy: "Ana" });
    expect((await comparisons.listComparisons({ perPage: 2, page: 2 })).items.map((c) => c.title)).toEqual(["Istanbul talks"]);
  });

  it("searches titles, source names and source text, by word prefix, accents folded", async () => {
    expect(await titles("istanbul")).toEqual(["Istanbul talks"]);
    expect(await titles("tass")).toEqual(["Flood warnings", "Istanbul talks"]); // both in a source's name: newest first
    expect(await titles("parliament budget")).toEqual(["Budget vote"]);
    expect(await titles("dolmabahce")).toEqual(["Istanbul talks"]);
    expect(await titles("talk")).toEqual(["Istanbul talks"]);
    expect(await titles("budget floods")).toEqual([]);
  });

  it("ranks a match in the title above one in the text, whatever the dates", async () => {
    await add("c4", "Rivers and roads", [["a.txt", "Floods closed the bridge."], ["b.txt", "The bridge was closed."]], "2026-11-04T10:00:00Z");
    expect(await titles("flood")).toEqual(["Flood warnings", "Rivers and roads"]);
    await db.comparison.delete({ where: { id: "c4" } });
  });

  it("marks the matching words in an excerpt", async () => {
    const [hit] = (await comparisons.listComparisons({ query: "overnight" })).items;
    expect(hit.excerpt).toContain("\u0002overnight\u0003");
  });
});

describe("renameComparison and deleteComparison", () => {
  it("finds a renamed comparison under its new title only", async () => {
    expect(await comparisons.renameComparison("c2", "Spending plan")).toEqual({ id: "c2", title: "Spending plan" });
    expect(await titles("spending")).toEqual(["Spending plan"]);
    expect(await titles("vote")).toEqual(["Spending plan"]); // still found by its text
    expect(await titles("spending parliament")).toEqual(["Spending plan"]); // the new title and a source together
    expect(await comparisons.renameComparison("nope", "x")).toBeNull();
  });

  it("deletes the comparison with everything hanging on it, and search forgets it", async () => {
    await db.review.create({ data: { comparisonId: "c1", discrepancyKey: "k", status: "confirmed", version: 1 } });
    await db.reviewChange.create({
      data: { comparisonId: "c1", discrepancyKey: "k", version: 1, actorName: "Ana", statusBefore: "open", statusAfter: "confirmed", noteBefore: "", noteAfter: "" },
    });
    expect(await comparisons.deleteComparison("c1")).toBe(true);
    expect(await comparisons.deleteComparison("c1")).toBe(false);
    expect(await titles("istanbul")).toEqual([]);
    expect(await db.source.count({ where: { comparisonId: "c1" } })).toBe(0);
    expect(await db.review.count({ where: { comparisonId: "c1" } })).toBe(0);
    expect(await db.reviewChange.count({ where: { comparisonId: "c1" } })).toBe(0);
    expect((await comparisons.listComparisons()).total).toBe(2);
  });
});
