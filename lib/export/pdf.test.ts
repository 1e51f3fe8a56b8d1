import { afterAll, describe, expect, it } from "vitest";
import { closeChromium } from "./chromium";
import { toPdf } from "./pdf";
import { pdfText } from "./pdf-text";
import { fixtureInput } from "./test-fixtures";
import { handInput } from "./test-report";

afterAll(closeChromium);

describe("PDF export (Chromium through playwright-core)", () => {
  it("prints the report as selectable text with page numbers", async () => {
    const pdf = await toPdf(handInput());
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const pages = await pdfText(pdf);
    const text = pages.join("\n");
    expect(text).toContain("Istanbul talks: “six” or “seven” hours?");
    expect(text).toContain("Department: North America ≠ North Atlantic");
    expect(text).toContain("Zoë O’Brien");
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
  });

  it("prints the five fixtures, reusing the browser", async () => {
    const input = await fixtureInput();
    const started = performance.now();
    const pdf = await toPdf(input);
    const ms = performance.now() - started;
    const pages = await pdfText(pdf);
    const text = pages.join("\n").replace(/\s+/g, " ");
    expect(text).toContain("Istanbul talks");
    for (const s of input.report.sources) expect(text).toContain(s.name);
    expect(text).toContain(`Page ${pages.length} of ${pages.length}`);
    console.log(`PDF of the fixtures: ${input.report.discrepancies.length} discrepancies, ${pages.length} pages, ${pdf.byteLength} bytes, ${Math.round(ms)} ms (browser warm)`);
  });

  it("prints two at once", async () => {
    const [a, b] = await Promise.all([toPdf(handInput()), toPdf(handInput({ scope: "confirmed" }))]);
    expect((await pdfText(a)).length).toBeGreaterThanOrEqual((await pdfText(b)).length);
  });
});
