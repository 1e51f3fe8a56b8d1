// Storage errors: a full disk (SQLite's max_page_count stands in for it), a COMMIT that fails, a
// read-only file. Each answers with a sentence and a 507/503, stores nothing, and the next write
// works once the cause is gone. A real full disk (a small tmpfs) is measured by `npm run stress`.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateTemporaryDatabase } from "@/lib/export/test-database";

const database = migrateTemporaryDatabase("storage");
process.env.PARALLAX_ENGINE_WORKERS = "0"; // the engine in-process: this file tests storage
const { db, dbReady } = await import("@/lib/db");
const { createComparison } = await import("@/lib/comparisons");
const { errorResponse } = await import("@/lib/intake");
const { storageFailure } = await import("@/lib/storage-errors");

const FIXTURES = path.join(process.cwd(), "prisma", "demo", "istanbul-talks");
const sources = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".txt"))
  .map((name) => ({ name, kind: "paste" as const, mediaType: "text/plain", text: fs.readFileSync(path.join(FIXTURES, name), "utf8") }));

async function rowCounts() {
  const [comparisons, stored, reports, parts] = await Promise.all([db.comparison.count(), db.source.count(), db.report.count(), db.reportPart.count()]);
  return { comparisons, sources: stored, reports, parts };
}

/** Fails the test instead of hanging it: the bug this guards against was a write that never returned. */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  return Promise.race([work, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))]);
}

beforeAll(async () => {
  await dbReady();
});
afterAll(async () => {
  await db.$disconnect();
  database.remove();
});

describe("a full disk", () => {
  it("answers 507 with a sentence, stores nothing, and the next upload works once there is room", async () => {
    await createComparison("before", sources);
    const before = await rowCounts();
    const [{ page_count: pages }] = await db.$queryRawUnsafe<Array<{ page_count: bigint }>>("PRAGMA page_count");
    await db.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(pages) + 2}`);

    const err = await within(20_000, createComparison("full", sources).then(() => undefined, (e: unknown) => e));
    expect(storageFailure(err)?.status).toBe(507);
    const res = errorResponse(err, "saving the comparison");
    expect(res.status).toBe(507);
    expect(res.headers.get("retry-after")).toBe("60");
    expect(await res.json()).toEqual({
      error: "The server's disk is full, so nothing was stored. Ask whoever runs Parallax to free some space, then try again.",
    });
    expect(await rowCounts()).toEqual(before);

    await db.$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
    await expect(within(20_000, createComparison("after", sources))).resolves.toMatchObject({ id: expect.any(String) });
    expect((await rowCounts()).comparisons).toBe(before.comparisons + 1);
  });
});

describe("a COMMIT that fails", () => {
  it("is rolled back and releases the connection, so later writes do not hang", async () => {
    const before = await rowCounts();
    // A deferred foreign key makes COMMIT itself fail and leave SQLite inside the transaction,
    // as a full disk does when the last pages of a write are flushed.
    const failing = db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
      await tx.source.create({ data: { comparisonId: "no-such-comparison", position: 0, name: "orphan", kind: "paste", mediaType: "text/plain", originalText: "x" } });
    });
    await expect(within(10_000, failing)).rejects.toThrow(/foreign ?key/i);
    expect(await within(5_000, rowCounts())).toEqual(before);
    await expect(within(20_000, createComparison("after a failed commit", sources))).resolves.toMatchObject({ id: expect.any(String) });
  });
});

describe("storageFailure", () => {
  it("tells a read-only file, a locked database and an I/O error apart, and leaves other errors alone", () => {
    expect(storageFailure(Object.assign(new Error("attempt to write a readonly database"), { code: "SQLITE_READONLY" }))?.status).toBe(503);
    expect(storageFailure(new Error("Invalid `prisma.comparison.create()` invocation:\n\ndatabase is locked"))?.message).toMatch(/busy with another write/);
    expect(storageFailure({ message: "x", cause: { code: "SQLITE_IOERR_WRITE" } })?.status).toBe(503);
    expect(storageFailure(new Error("Cannot read properties of undefined"))).toBeUndefined();
  });
});
