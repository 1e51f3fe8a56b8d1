// Issue 10: sources that are not text files. A press release as PDF and (below) an article given by
// its URL compare exactly like the same text uploaded as .txt; what cannot be read is refused.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { PAGE_SERVER_PORT } from "../playwright.config";
import { FIXTURE_DIR } from "./helpers";
import { created, expectRefused, fixtureFile, postFiles, postJson, stored, type StoredBody } from "./safety-helpers";

/** The press release with the AP copy, and two other versions to compare it with. */
const RELEASE = "mfa-and-ap.txt";
const OTHERS = ["ap-marketbeat.txt", "tass.txt"];

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURE_DIR, name), "utf8");
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The fixture as a web page: one <p> per line, as a newsroom's page or a word processor would print it. */
function asHtml(name: string, title: string): string {
  const paragraphs = fixture(name)
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => `<p>${escapeHtml(line)}</p>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font: 11pt Georgia, serif">${paragraphs.join("")}</body></html>`;
}

/** Chromium prints the page to PDF, by default with a running header and "Page N of M" footers on every page. */
async function printPdf(browser: Browser, html: string, headerAndFooter = true): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    return await page.pdf({
      format: "A5", // small pages: the release runs over several, so headers and footers repeat
      displayHeaderFooter: headerAndFooter,
      headerTemplate: `<div style="font-size:8px;width:100%;text-align:center">Ministry of Foreign Affairs · Press release</div>`,
      footerTemplate: `<div style="font-size:8px;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
      margin: { top: "50px", bottom: "50px", left: "40px", right: "40px" },
    });
  } finally {
    await page.close();
  }
}

/** What an editor reads of a comparison: each source's paragraphs, and every discrepancy's wording per source. */
function readable(body: StoredBody, rename: Record<string, string>) {
  // A comparison cut short by the engine's work budget is not the whole comparison: say so plainly.
  expect(body.report.notices.filter((n) => n.kind === "budget")).toEqual([]);
  const name = (id: string) => {
    const source = body.report.sources.find((s) => s.id === id)!;
    return rename[source.name] ?? source.name;
  };
  type Discrepancy = StoredBody["report"]["discrepancies"][number] & { variants: Array<{ source: string; text: string }> };
  return {
    paragraphs: Object.fromEntries(body.report.sources.map((s) => [rename[s.name] ?? s.name, s.paragraphs.map((p) => p.text)])),
    discrepancies: (body.report.discrepancies as Discrepancy[]).map((d) => d.variants.map((v) => `${name(v.source)}: ${v.text}`).join(" | ")).sort(),
  };
}

async function compareTexts(request: APIRequestContext, names: string[]): Promise<StoredBody> {
  return stored(request, await created(await postFiles(request, names.map(fixtureFile))));
}

test("a press release uploaded as PDF through the form compares like its text uploaded as .txt", async ({ page, browser, request }) => {
  const pdf = await printPdf(browser, asHtml(RELEASE, "Press release on the Istanbul consultations"));
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

  await page.goto("/new");
  await page.getByLabel("Title").fill("Release as PDF");
  await page.getByLabel("Choose files").setInputFiles([
    { name: "release.pdf", mimeType: "application/pdf", buffer: pdf },
    ...OTHERS.map((name) => ({ name, mimeType: "text/plain", buffer: Buffer.from(fixture(name)) })),
  ]);
  await page.getByRole("button", { name: "Compare 3 sources" }).click();
  await page.waitForURL(/\/comparisons\/[^/]+$/);
  await expect(page.getByRole("columnheader").filter({ hasText: "release.pdf" })).toHaveCount(1);
  const fromPdf = await stored(request, page.url().split("/").pop()!);

  const fromText = await compareTexts(request, [RELEASE, ...OTHERS]);
  const pdfView = readable(fromPdf, { "release.pdf": RELEASE });
  const textView = readable(fromText, {});
  // Running header and page numbers are gone, paragraphs rebuilt across pages: the same article text…
  expect(pdfView.paragraphs[RELEASE]).toEqual(textView.paragraphs[RELEASE]);
  expect(pdfView.paragraphs[RELEASE].join(" ")).not.toMatch(/Press release|Page \d/);
  // …and so the same discrepancies, word for word.
  expect(pdfView.discrepancies).toEqual(textView.discrepancies);
  expect(pdfView.discrepancies.length).toBeGreaterThan(0);
});

test("a PDF without a text layer is refused with a 422 that says it may be a scan", async ({ browser, request }) => {
  // Shapes but no text: what a scanner's PDF holds for the reader.
  const scan = await printPdf(browser, `<!doctype html><html><body><svg width="400" height="500"><rect x="20" y="20" width="360" height="460" fill="#ddd"/><circle cx="200" cy="200" r="80" fill="#555"/></svg></body></html>`, false);
  await expectRefused(request, () => postFiles(request, [fixtureFile("tass.txt"), { name: "scan.pdf", mimeType: "application/pdf", buffer: scan }]), {
    status: 422,
    error: "scan.pdf has no text to read; it may be a scan. Run it through text recognition (OCR) or paste its text instead.",
    source: "scan.pdf",
  });
});

// ---- Articles by URL ----

const PAGE_TITLE = "Russia offers to restore direct air links";
/** The allowed page server (playwright.config.ts lets the app fetch from it) and one it does not allow. */
const ALLOWED = `http://127.0.0.1:${PAGE_SERVER_PORT}`;

test.describe("articles by URL", () => {
  let pages: http.Server;

  test.beforeAll(async () => {
    pages = http.createServer((req, res) => {
      const url = new URL(req.url ?? "/", ALLOWED);
      if (url.pathname === "/story") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(asHtml(RELEASE, PAGE_TITLE));
      else if (url.pathname === "/short-link") res.writeHead(301, { location: "/story" }).end();
      else if (url.pathname === "/to-private") res.writeHead(302, { location: "http://10.20.30.40/admin" }).end();
      else if (url.pathname === "/huge") res.writeHead(200, { "content-type": "text/plain" }).end(Buffer.alloc(5 * 1024 * 1024 + 1, "a"));
      else res.writeHead(404, { "content-type": "text/plain" }).end("Not here");
    });
    await new Promise<void>((resolve) => pages.listen(PAGE_SERVER_PORT, "127.0.0.1", resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => pages.close(() => resolve())));

  test("a link given in the form is fetched, compares like its text uploaded as .txt, and shows where it came from", async ({ page, request }) => {
    await page.goto("/new");
    await page.getByLabel("Title").fill("Release by link");
    await page.getByLabel("Link 1", { exact: true }).fill(`${ALLOWED}/short-link`);
    await page.getByLabel("Choose files").setInputFiles(OTHERS.map((name) => ({ name, mimeType: "text/plain", buffer: Buffer.from(fixture(name)) })));
    await page.getByRole("button", { name: "Compare 3 sources" }).click();
    await page.waitForURL(/\/comparisons\/[^/]+$/);

    // Named by host and title; the final address (after the redirect) in the column's head.
    const name = `127.0.0.1 — ${PAGE_TITLE}`;
    await expect(page.getByRole("columnheader").filter({ hasText: name })).toHaveCount(1);
    await expect(page.getByRole("columnheader").getByRole("link", { name: `${ALLOWED}/story` })).toHaveAttribute("href", `${ALLOWED}/story`);

    const fromUrl = await stored(request, page.url().split("/").pop()!);
    const source = (fromUrl.comparison.sources as Array<{ name: string; kind: string; requestedUrl: string; finalUrl: string }>).find((s) => s.name === name);
    expect(source).toMatchObject({ kind: "url", requestedUrl: `${ALLOWED}/short-link`, finalUrl: `${ALLOWED}/story` });

    // The form sends files before links: the same order for the text comparison, so the same primary.
    const fromText = await compareTexts(request, [...OTHERS, RELEASE]);
    const urlView = readable(fromUrl, { [name]: RELEASE });
    const textView = readable(fromText, {});
    expect(urlView.paragraphs[RELEASE]).toEqual(textView.paragraphs[RELEASE]);
    expect(urlView.discrepancies).toEqual(textView.discrepancies);
  });

  test("a refused link is named next to its field in the form, and what was typed stays", async ({ page }) => {
    const refused = `http://localhost:${PAGE_SERVER_PORT}/story`;
    await page.goto("/new");
    await page.getByLabel("Link 1", { exact: true }).fill(refused);
    await page.getByLabel("Choose files").setInputFiles(OTHERS.map((name) => ({ name, mimeType: "text/plain", buffer: Buffer.from(fixture(name)) })));
    await page.getByRole("button", { name: "Compare 3 sources" }).click();
    const field = page.getByLabel("Link 1", { exact: true });
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(`${refused} points to a private or local address`)).toBeVisible();
    await expect(field).toHaveValue(refused);
    expect(page.url()).toMatch(/\/new$/);
  });

  test("the JSON API takes {url}; refusals are 4xx sentences naming the URL, and nothing is stored", async ({ request }) => {
    const [other] = OTHERS.map((name) => ({ name, text: fixture(name) }));
    const made = await stored(request, await created(await postJson(request, { sources: [{ url: `${ALLOWED}/story` }, other] })));
    expect(made.report.sources[0].name).toBe(`127.0.0.1 — ${PAGE_TITLE}`);

    const refusals: Array<[string, number, string]> = [
      ["ftp://127.0.0.1/story.txt", 400, "ftp://127.0.0.1/story.txt is not an http or https address."],
      [`http://localhost:${PAGE_SERVER_PORT}/story`, 403, `http://localhost:${PAGE_SERVER_PORT}/story points to a private or local address (`],
      [`${ALLOWED}/to-private`, 403, `${ALLOWED}/to-private (redirected to http://10.20.30.40/admin) points to a private or local address (10.20.30.40); Parallax fetches only public web pages.`],
      [`${ALLOWED}/huge`, 413, `${ALLOWED}/huge is larger than 5 MB.`],
    ];
    for (const [url, status, sentence] of refusals) {
      await expectRefused(request, () => postJson(request, { sources: [{ url }, other] }), {
        status,
        error: new RegExp(`^${sentence.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
        source: url,
      });
    }
  });
});
