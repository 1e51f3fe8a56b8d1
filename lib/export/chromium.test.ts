import { afterAll, describe, expect, it } from "vitest";
import { adminHeaders } from "@/lib/auth/testing";
import { migrateTemporaryDatabase } from "./test-database";

// Each test file runs in its own process (pool: forks): this missing Chromium is this file's alone.
process.env.CHROMIUM_PATH = "/nonexistent/chromium";
const database = migrateTemporaryDatabase("no-chromium");

afterAll(async () => {
  await (await import("@/lib/db")).db.$disconnect();
  database.remove();
});

describe("PDF export without Chromium", () => {
  it("fails with ChromiumUnavailableError saying Chromium is needed, and tries again on the next call", async () => {
    const { ChromiumUnavailableError } = await import("./chromium");
    const { toPdf } = await import("./pdf");
    const { handInput } = await import("./test-report");
    for (let attempt = 0; attempt < 2; attempt++) {
      const error = await toPdf(handInput()).catch((err: unknown) => err);
      expect(error).toBeInstanceOf(ChromiumUnavailableError);
      expect((error as Error).message).toMatch(/^PDF export needs Chromium, which could not be used on this server \(\/nonexistent\/chromium\)/);
    }
  });

  it("makes the export route answer 503 with that sentence, and other formats still work", async () => {
    const { db } = await import("@/lib/db");
    const { handReport } = await import("./test-report");
    const route = await import("@/app/api/comparisons/[id]/export/route");
    await db.comparison.create({ data: { id: "c1", title: "Istanbul talks" } });
    await db.report.create({ data: { comparisonId: "c1", engineVersion: "test", json: JSON.stringify(handReport) } });
    const get = (format: string) =>
      route.GET(new Request(`http://test/api/comparisons/c1/export?format=${format}`, { headers: adminHeaders() }), { params: Promise.resolve({ id: "c1" }) });

    const pdf = await get("pdf");
    expect(pdf.status).toBe(503);
    expect(pdf.headers.get("content-type")).toContain("application/json");
    expect((await pdf.json()).error).toMatch(/^PDF export needs Chromium/);
    expect((await get("csv")).status).toBe(200);
  });
});
