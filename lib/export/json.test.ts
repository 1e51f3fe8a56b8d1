import { describe, expect, it } from "vitest";
import { toJson } from "./json";
import { fixtureInput } from "./test-fixtures";
import { handInput, handReport, TRICKY_NOTE } from "./test-report";

describe("JSON export", () => {
  it("holds the whole report, the reviews with their d… ids, and orphaned reviews", () => {
    const doc = JSON.parse(toJson(handInput()));
    expect(doc.export).toMatchObject({ version: 1, scope: "all", exportedAt: "2026-11-21T12:34:00.000Z", discrepancies: 5 });
    expect(doc.comparison.title).toBe("Istanbul talks: “six” or “seven” hours?");
    expect(doc.report).toEqual(handReport);
    expect(doc.reviews).toEqual([
      expect.objectContaining({ discrepancyId: "d2", key: "entity:def", status: "confirmed", note: TRICKY_NOTE }),
      expect.objectContaining({ discrepancyId: "d3", key: "spelling:ghi", status: "dismissed" }),
    ]);
    expect(doc.orphanedReviews.map((r: { key: string }) => r.key)).toEqual(["gone:zzz"]);
  });

  it("narrows the report's discrepancies to the scope and keeps the rest", () => {
    const doc = JSON.parse(toJson(handInput({ scope: "confirmed" })));
    expect(doc.report.discrepancies.map((d: { id: string }) => d.id)).toEqual(["d2"]);
    expect(doc.report.sources).toEqual(handReport.sources);
    expect(doc.reviews).toHaveLength(1);
  });

  it("round-trips the fixtures' report unchanged", async () => {
    const input = await fixtureInput();
    const doc = JSON.parse(toJson(input));
    expect(doc.report).toEqual(input.report);
    expect(doc.reviews.map((r: { discrepancyId: string }) => r.discrepancyId)).toEqual(["d1", "d2"]);
  });
});
