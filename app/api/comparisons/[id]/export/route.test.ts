// The export route's handler called directly against a temporary database: status codes,
// headers, and each format's body. (e2e/review.spec.ts downloads through the page.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminHeaders } from "@/lib/auth/testing";
import { BOM } from "@/lib/export/csv";
import { migrateTemporaryDatabase } from "@/lib/export/test-database";
import { handReport } from "@/lib/export/test-report";

const database = migrateTemporaryDatabase("export");
const AS_ADMIN = { headers: adminHeaders() };
let route: typeof import("./route");
let db: (typeof import("@/lib/db"))["db"];

beforeAll(async () => {
  route = await import("./route");
  db = (await import("@/lib/db")).db;
  await db.comparison.create({ data: { id: "c1", title: "Переговоры: Istanbul talks" } });
  await db.report.create({ data: { comparisonId: "c1", engineVersion: "test", json: JSON.stringify(handReport) } });
  await db.review.create({ data: { comparisonId: "c1", discrepancyKey: "entity:def", status: "confirmed", note: "ok, \"sure\"" } });
});

afterAll(async () => {
  await (await import("@/lib/export/chromium")).closeChromium();
  await db?.$disconnect();
  database.remove();
});

const get = (id: string, query: string) =>
  route.GET(new Request(`http://test/api/comparisons/${id}/export?${query}`, AS_ADMIN), { params: Promise.resolve({ id }) });

describe("GET /api/comparisons/<id>/export", () => {
  it("refuses a caller who is not signed in", async () => {
    const response = await route.GET(new Request("http://test/api/comparisons/c1/export?format=csv"), { params: Promise.resolve({ id: "c1" }) });
    expect(response.status).toBe(401);
    expect((await response.json()).error).toMatch(/^Sign in first/);
  });

  it("sends each format with its type and an attachment name from the title and date", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const types = { csv: "text/csv", json: "application/json", md: "text/markdown", html: "text/html", pdf: "application/pdf" };
    for (const [format, type] of Object.entries(types)) {
      const response = await get("c1", `format=${format}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain(type);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const disposition = response.headers.get("content-disposition")!;
      expect(disposition).toContain(`attachment; filename="istanbul-talks-${today}.${format}"`);
      expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(`переговоры-istanbul-talks-${today}.${format}`)}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(Number(response.headers.get("content-length"))).toBe(bytes.byteLength);
      if (format === "pdf") expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
      if (format === "csv") expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).startsWith(BOM)).toBe(true);
    }
  });

  it("applies the scope", async () => {
    const body = JSON.parse(await (await get("c1", "format=json&scope=confirmed")).text());
    expect(body.report.discrepancies.map((d: { id: string }) => d.id)).toEqual(["d2"]);
    expect(body.reviews[0]).toMatchObject({ discrepancyId: "d2", note: 'ok, "sure"' });
  });

  it("answers 400 for a bad format or scope and 404 for an unknown comparison", async () => {
    const bad = await get("c1", "format=docx");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'Choose a format: "csv", "json", "md", "html" or "pdf".' });
    expect((await get("c1", "format=csv&scope=mine")).status).toBe(400);
    const missing = await get("nope", "format=csv");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "There is no comparison with this id." });
  });
});
