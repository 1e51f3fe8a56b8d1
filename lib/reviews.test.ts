// Reviews against a real, temporary SQLite file migrated with the committed migrations, and the
// review route's handler called directly (status codes and messages, without a server).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "@/lib/engine/types";
import { migrateTemporaryDatabase } from "@/lib/export/test-database";
import { handReport } from "@/lib/export/test-report";

const database = migrateTemporaryDatabase("reviews");

type Reviews = typeof import("@/lib/reviews");
type Route = typeof import("@/app/api/comparisons/[id]/discrepancies/[discrepancyId]/review/route");
let reviews: Reviews;
let route: Route;
let db: (typeof import("@/lib/db"))["db"];

async function addComparison(id: string, report: Report) {
  await db.comparison.create({ data: { id, title: "Istanbul talks" } });
  await db.report.create({ data: { comparisonId: id, engineVersion: "test", json: JSON.stringify(report) } });
}

beforeAll(async () => {
  reviews = await import("@/lib/reviews");
  route = await import("@/app/api/comparisons/[id]/discrepancies/[discrepancyId]/review/route");
  db = (await import("@/lib/db")).db;
  await addComparison("c1", handReport);
});

afterAll(async () => {
  await db?.$disconnect();
  database.remove();
});

describe("saveReview", () => {
  it("stores a review under the discrepancy's key and returns it with the d… id", async () => {
    const result = await reviews.saveReview("c1", "d2", { status: "confirmed", note: "Checked, twice.", reviewer: "Zoë" });
    expect(result).toMatchObject({ ok: true, review: { discrepancyId: "d2", key: "entity:def", status: "confirmed", note: "Checked, twice.", reviewer: "Zoë" } });
    const row = await db.review.findUniqueOrThrow({ where: { comparisonId_discrepancyKey: { comparisonId: "c1", discrepancyKey: "entity:def" } } });
    expect(row.status).toBe("confirmed");
  });

  it("updates in place; a note or reviewer left out is kept", async () => {
    const first = await reviews.saveReview("c1", "d2", { status: "dismissed" });
    expect(first).toMatchObject({ ok: true, review: { status: "dismissed", note: "Checked, twice.", reviewer: "Zoë" } });
    const second = await reviews.saveReview("c1", "d2", { status: "dismissed", note: "" });
    expect(second).toMatchObject({ ok: true, review: { note: "", reviewer: "Zoë" } });
    expect(await db.review.count({ where: { comparisonId: "c1", discrepancyKey: "entity:def" } })).toBe(1);
  });

  it("makes one row however many saves race", async () => {
    const statuses = ["open", "confirmed", "dismissed"] as const;
    await Promise.all(Array.from({ length: 12 }, (_, i) => reviews.saveReview("c1", "d1", { status: statuses[i % 3], note: `n${i}` })));
    expect(await db.review.count({ where: { comparisonId: "c1", discrepancyKey: "number:abc" } })).toBe(1);
  });

  it("says which thing is missing", async () => {
    expect(await reviews.saveReview("nope", "d1", { status: "open" })).toEqual({ ok: false, missing: "comparison" });
    expect(await reviews.saveReview("c1", "d99", { status: "open" })).toEqual({ ok: false, missing: "discrepancy" });
  });
});

describe("reviews across a re-run", () => {
  it("follow their key to the discrepancy's new id, and list the rest as orphaned", async () => {
    const original: Report = { ...handReport, discrepancies: handReport.discrepancies.slice(0, 3) };
    await addComparison("c2", original);
    await reviews.saveReview("c2", "d1", { status: "confirmed", note: "six is right" });
    await reviews.saveReview("c2", "d3", { status: "dismissed" });

    // The re-run drops the first discrepancy and renumbers the others: d2 → d1, d3 → d2.
    const rerun: Report = {
      ...original,
      discrepancies: original.discrepancies.slice(1).map((d, i) => ({ ...d, id: `d${i + 1}` })),
    };
    await db.report.update({ where: { comparisonId: "c2" }, data: { json: JSON.stringify(rerun) } });

    const stored = await reviews.reviewsFor("c2");
    expect(stored.map((r) => r.key)).toEqual(["number:abc", "spelling:ghi"]);
    const orphaned = reviews.orphanedReviews(rerun, stored);
    expect(orphaned).toEqual([expect.objectContaining({ key: "number:abc", status: "confirmed", note: "six is right" })]);
    expect(reviews.statusOf(rerun.discrepancies[1], reviews.reviewsByKey(stored))).toBe("dismissed");

    // Saving through the new id reaches the same row.
    const again = await reviews.saveReview("c2", "d2", { status: "confirmed" });
    expect(again).toMatchObject({ ok: true, review: { key: "spelling:ghi", discrepancyId: "d2", status: "confirmed" } });
    expect(await db.review.count({ where: { comparisonId: "c2" } })).toBe(2);

    // Putting the discrepancy back brings its review back: nothing was lost.
    expect(reviews.orphanedReviews(original, await reviews.reviewsFor("c2"))).toEqual([]);
  });
});

describe("PUT /api/comparisons/<id>/discrepancies/<discrepancy id>/review", () => {
  const put = (id: string, discrepancyId: string, body: string) =>
    route.PUT(new Request("http://test/api", { method: "PUT", body, headers: { "Content-Type": "application/json" } }), {
      params: Promise.resolve({ id, discrepancyId }),
    });

  it("answers 200 with the stored review", async () => {
    const response = await put("c1", "d5", JSON.stringify({ status: "confirmed", note: "a, \"b\"\nc", reviewer: "  Ana  " }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["createdAt", "discrepancyId", "key", "note", "reviewer", "status", "updatedAt"]);
    expect(body).toMatchObject({ key: "quote:mno", discrepancyId: "d5", status: "confirmed", note: 'a, "b"\nc', reviewer: "Ana" });
  });

  it("answers 400 with a sentence for a bad status, a long note, or bad JSON", async () => {
    const cases: Array<[string, RegExp]> = [
      [JSON.stringify({ status: "done" }), /^The status must be "open", "confirmed" or "dismissed"\.$/],
      [JSON.stringify({ note: "x" }), /^The status must be/],
      [JSON.stringify({ status: "open", note: "x".repeat(10_001) }), /^The note is longer than 10,000 characters\.$/],
      [JSON.stringify([1]), /^Send a JSON object like/],
      ["{not json", /^The request body is not valid JSON\.$/],
    ];
    for (const [body, message] of cases) {
      const response = await put("c1", "d1", body);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatch(message);
    }
  });

  it("answers 413 for a body far larger than any review", async () => {
    const body = JSON.stringify({ status: "open", note: "x".repeat(300_000) });
    const response = await route.PUT(
      new Request("http://test/api", { method: "PUT", body, headers: { "Content-Type": "application/json", "Content-Length": String(body.length) } }),
      { params: Promise.resolve({ id: "c1", discrepancyId: "d1" }) },
    );
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/too large/);
  });

  it("answers 404 JSON for an unknown comparison or discrepancy", async () => {
    for (const [id, discrepancyId, message] of [
      ["nope", "d1", "There is no comparison with this id."],
      ["c1", "d99", "This comparison has no discrepancy with this id; reload the page to see the current report."],
    ]) {
      const response = await put(id, discrepancyId, JSON.stringify({ status: "open" }));
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: message });
    }
  });
});
