// The PDF export queue: one Chromium page at a time, a bounded queue, a wait limit, a print time
// limit and a page cap, each refusal a sentence. Real Chromium (Debian's), like pdf.test.ts.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { HttpInputError } from "@/lib/limits";
import { closeChromium, PDF_QUEUE_MAX, PdfExportRefused, withChromiumPage } from "./chromium";
import { buildExportModel } from "./model";
import { estimatePages, MAX_PDF_PAGES, toPdf } from "./pdf";
import { pdfText } from "./pdf-text";
import { fixtureInput } from "./test-fixtures";
import { handInput, handReport } from "./test-report";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  delete process.env.PARALLAX_PDF_QUEUE_WAIT_MS;
  delete process.env.PARALLAX_PDF_PRINT_TIMEOUT_MS;
});
afterAll(closeChromium);

describe("PDF export queue", () => {
  it("prints one at a time, queues a few, and turns the next away at once with 503 and Retry-After", async () => {
    let active = 0;
    let most = 0;
    const job = () =>
      withChromiumPage(async () => {
        most = Math.max(most, ++active);
        await sleep(300);
        active--;
        return "printed";
      });
    const sent = Array.from({ length: PDF_QUEUE_MAX + 2 }, job);
    const results = await Promise.allSettled(sent);
    expect(most).toBe(1);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(PDF_QUEUE_MAX + 1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(PdfExportRefused);
    expect(refused.reason).toMatchObject({ status: 503, retryAfter: 60 });
    expect(refused.reason.message).toMatch(/^\d+ PDF exports are being printed or waiting; try again in a minute, or export as HTML, which is immediate\.$/);
  });

  it("gives up on an export that waited too long for its turn", async () => {
    process.env.PARALLAX_PDF_QUEUE_WAIT_MS = "200";
    const holding = withChromiumPage(() => sleep(1_000));
    const waiting = await withChromiumPage(async () => "never").catch((e: unknown) => e);
    expect(waiting).toBeInstanceOf(PdfExportRefused);
    expect((waiting as Error).message).toBe("The PDF export waited 1 s behind other exports and gave up; try again in a minute, or export as HTML.");
    await holding;
  });

  it("stops a print past the time limit, frees Chromium, and the next export prints", async () => {
    process.env.PARALLAX_PDF_PRINT_TIMEOUT_MS = "1000";
    const stuck = await withChromiumPage((page) => page.waitForTimeout(20_000)).catch((e: unknown) => e);
    expect(stuck).toBeInstanceOf(PdfExportRefused);
    expect((stuck as Error).message).toMatch(/^The PDF took longer than 1 s to print and was stopped/);
    delete process.env.PARALLAX_PDF_PRINT_TIMEOUT_MS;
    const pdf = await toPdf(handInput());
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  });

  it("estimates pages from what each item prints, and refuses a report past the cap before printing", async () => {
    const [first] = handReport.discrepancies;
    const discrepancies = Array.from({ length: 3_000 }, (_, i) => ({ ...first, id: `d${i + 1}`, key: `${first.key}-${i}` }));
    const huge = handInput({ report: { ...handReport, discrepancies } });
    expect(estimatePages(buildExportModel(huge))).toBeGreaterThan(MAX_PDF_PAGES);
    // The estimate is fair: on the five fixtures it is within 15 % of the pages Chromium prints.
    const fixtures = await fixtureInput();
    const printed = (await pdfText(await toPdf(fixtures))).length;
    expect(Math.abs(estimatePages(buildExportModel(fixtures)) - printed)).toBeLessThanOrEqual(Math.ceil(printed * 0.15));
    const err = await toPdf(huge).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpInputError);
    expect((err as HttpInputError).status).toBe(422);
    expect((err as Error).message).toMatch(new RegExp(`^This comparison would print to about [\\d,]+ pages, more than the ${MAX_PDF_PAGES} a PDF export may have\\.`));
  });
});
