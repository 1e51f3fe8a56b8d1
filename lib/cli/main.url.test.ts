import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "@/lib/cli/main";
import { typesetPdf } from "@/lib/testing/pdf-writer";

/** `parallax compare URL FILE`: the page is fetched under the API's rules and compared like the file. */
const STORY = [
  "The northern railway line will reopen on 14 March after eighteen months of works, the ministry said on Tuesday.",
  "Trains will run every thirty minutes at peak hours, according to the timetable published today.",
];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-cli-url-"));
const textFile = path.join(dir, "story.txt");
const pdfFile = path.join(dir, "story.pdf");
fs.writeFileSync(textFile, STORY.join("\n\n"));
fs.writeFileSync(pdfFile, typesetPdf(STORY, { header: "Ministry of Transport", footer: "Page {page}" }));

let server: http.Server;
let base: string;
const allowedBefore = process.env.PARALLAX_FETCH_ALLOW_HOSTS;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/release.pdf") return void res.writeHead(200, { "content-type": "application/pdf" }).end(fs.readFileSync(pdfFile));
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<html><head><title>Railway line reopens</title></head><body><article>${STORY.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  if (allowedBefore === undefined) delete process.env.PARALLAX_FETCH_ALLOW_HOSTS;
  else process.env.PARALLAX_FETCH_ALLOW_HOSTS = allowedBefore;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(dir, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(["compare", ...args, "--format", "json"], { write: (c: string) => (stdout += c) }, { write: (c: string) => (stderr += c) });
  return { code, stdout, stderr: stderr.trim() };
}

describe("parallax compare with a URL and a PDF", () => {
  it("compares a page fetched by URL, a PDF and the same text as a file: the same article text", async () => {
    process.env.PARALLAX_FETCH_ALLOW_HOSTS = base.replace("http://", "");
    const { code, stdout, stderr } = await run(`${base}/story`, pdfFile, textFile);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const { report } = JSON.parse(stdout) as { report: { sources: Array<{ name: string; paragraphs: Array<{ text: string }> }>; discrepancies: unknown[] } };
    expect(report.sources.map((s) => s.name)).toEqual(["127.0.0.1 — Railway line reopens", "story.pdf", "story.txt"]);
    for (const source of report.sources) expect(source.paragraphs.map((p) => p.text)).toEqual(STORY);
    expect(report.discrepancies).toEqual([]);
  });

  it("reads a PDF given by its URL, named by host and file", async () => {
    process.env.PARALLAX_FETCH_ALLOW_HOSTS = base.replace("http://", "");
    const { code, stdout } = await run(`${base}/release.pdf`, textFile);
    expect(code).toBe(0);
    const { report } = JSON.parse(stdout) as { report: { sources: Array<{ name: string; paragraphs: Array<{ text: string }> }> } };
    expect(report.sources[0].name).toBe("127.0.0.1 — release.pdf");
    expect(report.sources[0].paragraphs.map((p) => p.text)).toEqual(STORY);
  });

  it("refuses a loopback page that is not allowed, with the API's sentence, and exits 2", async () => {
    process.env.PARALLAX_FETCH_ALLOW_HOSTS = "";
    expect(await run(`${base}/story`, textFile)).toMatchObject({
      code: 2,
      stderr: `parallax: ${base}/story points to a private or local address (127.0.0.1); Parallax fetches only public web pages.`,
    });
  });
});
