// Reviews against a real, temporary SQLite file migrated with the committed migrations, and the
// review route's handler called directly (status codes and messages, without a server).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Report } from "@/lib/engine/types";
import { adminHeaders } from "@/lib/auth/testing";
import { migrateTemporaryDatabase } from "@/lib/export/test-database";
import { handReport } from "@/lib/export/test-report";

const database = migrateTemporaryDatabase("reviews");

type Reviews = typeof import("@/lib/reviews");
type Route = typeof import("@/app/api/comparisons/[id]/discrepancies/[key]/review/route");
let reviews: Reviews;
let route: Route;
let db: (typeof import("@/lib/db"))["db"];

async function addComparison(id: string, report: Report) {
  await db.comparison.create({ data: { id, title: "Istanbul talks" } });
  await db.report.create({ data: { comparisonId: id, engineVersion: "test", json: JSON.stringify(report) } });
}

beforeAll(async () => {
  reviews = await import("@/lib/reviews");
  route = await import("@/app/api/comparisons/[id]/discrepancies/[key]/review/route");
  db = (await import("@/lib/db")).db;
  await addComparison("c1", handReport);
});

afterAll(async () => {
  await db?.$disconnect();
  database.remove();
});

const ana: Actor = { id: null, name: "Ana Reviewer", email: null, role: "reviewer", via: "bootstrap" };
const bo: Actor = { ...ana, name: "Bo Checker" };

describe("saveReview", () => {
  it("stores a review under the discrepancy's key, signed by the actor, and returns it with the d… id", async () => {
    const result = await reviews.saveReview("c1", "entity:def", { status: "confirmed", note: "Checked, twice.", version: 0 }, ana);
    expect(result).toMatchObject({
      ok: true,
      review: { discrepancyId: "d2", key: "entity:def", status: "confirmed", note: "Checked, twice.", reviewer: "Ana Reviewer", version: 1 },
    });
  });

  it("updates in place on the current version; a note left out is kept; the saver signs", async () => {
    const first = await reviews.saveReview("c1", "entity:def", { status: "dismissed", version: 1 }, bo);
    expect(first).toMatchObject({ ok: true, review: { status: "dismissed", note: "Checked, twice.", reviewer: "Bo Checker", version: 2 } });
    const second = await reviews.saveReview("c1", "entity:def", { status: "dismissed", note: "", version: 2 }, ana);
    expect(second).toMatchObject({ ok: true, review: { note: "", reviewer: "Ana Reviewer", version: 3 } });
    expect(await db.review.count({ where: { comparisonId: "c1", discrepancyKey: "entity:def" } })).toBe(1);
  });

  it("refuses a save made on an older version, with the review as it stands, and writes nothing", async () => {
    const stale = await reviews.saveReview("c1", "entity:def", { status: "confirmed", note: "mine", version: 1 }, bo);
    expect(stale).toMatchObject({ ok: false, conflict: { key: "entity:def", version: 3, reviewer: "Ana Reviewer", note: "", status: "dismissed" } });
    expect((await reviews.reviewHistory("c1", "entity:def"))!.map((h) => h.version)).toEqual([3, 2, 1]);
  });

  it("keeps every change: who, and the status and note before and after, newest first", async () => {
    const history = (await reviews.reviewHistory("c1", "entity:def"))!;
    expect(history.map(({ by, statusBefore, statusAfter, noteBefore, noteAfter }) => ({ by, statusBefore, statusAfter, noteBefore, noteAfter }))).toEqual([
      { by: "Ana Reviewer", statusBefore: "dismissed", statusAfter: "dismissed", noteBefore: "Checked, twice.", noteAfter: "" },
      { by: "Bo Checker", statusBefore: "confirmed", statusAfter: "dismissed", noteBefore: "Checked, twice.", noteAfter: "Checked, twice." },
      { by: "Ana Reviewer", statusBefore: "open", statusAfter: "confirmed", noteBefore: "", noteAfter: "Checked, twice." },
    ]);
    expect(await reviews.reviewHistory("nope", "entity:def")).toBeNull();
  });

  it("ten simultaneous saves on one version: one lands, nine are told, none is lost silently", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => reviews.saveReview("c1", "number:abc", { status: "confirmed", note: `n${i}`, version: 0 }, ana)),
    );
    const landed = results.filter((r) => r.ok);
    const conflicts = results.filter((r) => !r.ok && "conflict" in r);
    expect(landed).toHaveLength(1);
    expect(conflicts).toHaveLength(9);
    const stored = await db.review.findUniqueOrThrow({ where: { comparisonId_discrepancyKey: { comparisonId: "c1", discrepancyKey: "number:abc" } } });
    expect(stored.version).toBe(1);
    for (const c of conflicts) expect(c).toMatchObject({ conflict: { note: stored.note, version: 1 } });
    expect(await reviews.reviewHistory("c1", "number:abc")).toHaveLength(1);
  });

  it("says which thing is missing", async () => {
    expect(await reviews.saveReview("nope", "number:abc", { status: "open", version: 0 }, ana)).toEqual({ ok: false, missing: "comparison" });
    expect(await reviews.saveReview("c1", "d1", { status: "open", version: 0 }, ana)).toEqual({ ok: false, missing: "discrepancy" });
  });
});

describe("reviews across a re-run", () => {
  it("stay with their key whatever the new ids, and the rest are listed as orphaned", async () => {
    const original: Report = { ...handReport, discrepancies: handReport.discrepancies.slice(0, 3) };
    await addComparison("c2", original);
    await reviews.saveReview("c2", "number:abc", { status: "confirmed", note: "six is right", version: 0 }, ana);
    await reviews.saveReview("c2", "spelling:ghi", { status: "dismissed", version: 0 }, ana);

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

    // A tab opened before the re-run saves by key: it reaches the same discrepancy, now d2.
    const again = await reviews.saveReview("c2", "spelling:ghi", { status: "confirmed", version: 1 }, ana);
    expect(again).toMatchObject({ ok: true, review: { key: "spelling:ghi", discrepancyId: "d2", status: "confirmed" } });
    expect(await db.review.count({ where: { comparisonId: "c2" } })).toBe(2);

    // Putting the discrepancy back brings its review back: nothing was lost.
    expect(reviews.orphanedReviews(original, await reviews.reviewsFor("c2"))).toEqual([]);
  });
});

describe("PUT /api/comparisons/<id>/discrepancies/<key>/review", () => {
  const put = (id: string, key: string, body: string) =>
    route.PUT(new Request("http://test/api", { method: "PUT", body, headers: adminHeaders({ "Content-Type": "application/json" }) }), {
      params: Promise.resolve({ id, key }),
    });

  it("answers 200 with the stored review, signed by the caller whatever the body says", async () => {
    const response = await put("c1", "quote:mno", JSON.stringify({ status: "confirmed", note: "a, \"b\"\nc", reviewer: "Someone Else", version: 0 }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["createdAt", "discrepancyId", "key", "note", "reviewer", "status", "updatedAt", "version"]);
    expect(body).toMatchObject({ key: "quote:mno", discrepancyId: "d5", status: "confirmed", note: 'a, "b"\nc', reviewer: "Automation (bootstrap token)", version: 1 });
  });

  it("answers 409 with a sentence and the current review for a save on an older version", async () => {
    const response = await put("c1", "quote:mno", JSON.stringify({ status: "dismissed", version: 0 }));
    expect(response.status).toBe(409);
    const body = await response.json();
    expect(body.error).toBe(
      "Automation (bootstrap token) changed this review while you were on it (now version 1); nothing of yours was saved. Keep one of the two, or merge them.",
    );
    expect(body.current).toMatchObject({ key: "quote:mno", status: "confirmed", version: 1 });
  });

  it("answers 400 with a sentence for a bad status, a missing version, a long note, or bad JSON", async () => {
    const cases: Array<[string, RegExp]> = [
      [JSON.stringify({ status: "done", version: 0 }), /^The status must be "open", "confirmed" or "dismissed"\.$/],
      [JSON.stringify({ note: "x", version: 0 }), /^The status must be/],
      [JSON.stringify({ status: "open" }), /^Send the version of the review you are changing \(0 if nobody has reviewed it yet\)/],
      [JSON.stringify({ status: "open", version: 1.5 }), /^The version must be a whole number\.$/],
      [JSON.stringify({ status: "open", note: "x".repeat(10_001), version: 0 }), /^The note is longer than 10,000 characters\.$/],
      [JSON.stringify([1]), /^Send a JSON object like/],
      ["{not json", /^The request body is not valid JSON\.$/],
    ];
    for (const [body, message] of cases) {
      const response = await put("c1", "number:abc", body);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatch(message);
    }
  });

  it("answers 413 for a body far larger than any review", async () => {
    const body = JSON.stringify({ status: "open", note: "x".repeat(300_000), version: 0 });
    const response = await route.PUT(
      new Request("http://test/api", { method: "PUT", body, headers: adminHeaders({ "Content-Type": "application/json", "Content-Length": String(body.length) }) }),
      { params: Promise.resolve({ id: "c1", key: "number:abc" }) },
    );
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/too large/);
  });

  it("answers 404 JSON for an unknown comparison or key (a position id is not a key)", async () => {
    for (const [id, key, message] of [
      ["nope", "number:abc", "There is no comparison with this id."],
      ["c1", "d1", "This comparison has no discrepancy with this key; reload the page to see the current report."],
    ]) {
      const response = await put(id, key, JSON.stringify({ status: "open", version: 0 }));
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: message });
    }
  });

  it("answers 401 to a caller who is not signed in", async () => {
    const response = await route.PUT(new Request("http://test/api", { method: "PUT", body: "{}" }), { params: Promise.resolve({ id: "c1", key: "number:abc" }) });
    expect(response.status).toBe(401);
  });
});
