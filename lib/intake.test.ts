import { describe, expect, it } from "vitest";
import { z } from "zod";
import { IntakeError, readCreateRequest, readJsonBody } from "@/lib/intake";
import { InputError } from "@/lib/engine/errors";
import { HttpInputError } from "@/lib/limits";

const story = "Russian and US diplomats met in Istanbul on Thursday for six hours of talks.";

function jsonRequest(body: string): Request {
  return new Request("http://localhost/api/comparisons", { method: "POST", headers: { "content-type": "application/json" }, body });
}

function formRequest(form: FormData): Request {
  return new Request("http://localhost/api/comparisons", { method: "POST", body: form });
}

async function refusal(request: Request): Promise<{ status: number; message: string }> {
  try {
    await readCreateRequest(request);
  } catch (err) {
    if (err instanceof IntakeError) return { status: err.status, message: err.message };
    if (err instanceof InputError) return { status: err instanceof HttpInputError ? err.status : 400, message: err.message };
    throw err;
  }
  throw new Error("expected the request to be refused");
}

describe("readCreateRequest: odd text is repaired, never a server error", () => {
  it("turns lone surrogates in JSON text, names and title into U+FFFD", async () => {
    // The escapes stay in the JSON text: "\ud800" is valid JSON for a lone surrogate.
    const body = `{"title":"Talks \\udc00","sources":[{"name":"AP \\ud800","text":"${story} \\ud800"},{"name":"TASS","text":"${story}"}]}`;
    const { title, sources } = await readCreateRequest(jsonRequest(body));
    expect(title).toBe("Talks \ufffd");
    expect(sources[0].name).toBe("AP \ufffd");
    expect(sources[0].text).toBe(`${story} \ufffd`);
    expect(sources.every((s) => s.text.isWellFormed() && s.name.isWellFormed())).toBe(true);
  });
});

describe("readJsonBody: every JSON route repairs lone surrogates (reviews, re-runs)", () => {
  it("hands the schema well-formed strings", async () => {
    const note = await readJsonBody(jsonRequest('{"note":"checked \\udfff with AP"}'), z.object({ note: z.string() }));
    expect(note).toEqual({ note: "checked \ufffd with AP" });
  });
});

describe("readCreateRequest: multipart names follow the JSON API's rule", () => {
  it("cleans controls and direction overrides out of file and pasted names", async () => {
    const form = new FormData();
    form.append("files", new Blob([story], { type: "text/plain" }), "tass\u202Etxt.exe.txt");
    form.append("pasteName", "AP\u0000\u2066 wire\u2069");
    form.append("pasteText", story);
    form.append("pasteFormat", "text");
    const { sources } = await readCreateRequest(formRequest(form));
    expect(sources.map((s) => s.name)).toEqual(["tass txt.exe.txt", "AP wire"]);
  });

  it("refuses a file name with a NUL in it (the part's header can't be read) with a 400", async () => {
    const form = new FormData();
    form.append("files", new Blob([story], { type: "text/plain" }), "tass\u0000.txt");
    form.append("files", new Blob([story], { type: "text/plain" }), "ap.txt");
    expect(await refusal(formRequest(form))).toEqual({
      status: 400,
      message: "A file name in the upload can't be read: it is longer than 16 KB or holds control characters. Rename the file and send it again.",
    });
  });

  it("refuses a 100,000-character file name with a 4xx and does not quote it whole", async () => {
    const form = new FormData();
    form.append("files", new Blob([story], { type: "text/plain" }), `${"n".repeat(100_000)}.txt`);
    form.append("files", new Blob([story], { type: "text/plain" }), "ap.txt");
    const { status, message } = await refusal(formRequest(form));
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(message.length).toBeLessThan(300);
    expect(message).toMatch(/name|header/i);
  });
});

describe("readCreateRequest: PDFs and links are kept whole, with where they came from", () => {
  it("keeps a PDF upload's original bytes for the engine to read (nothing decoded as text)", async () => {
    const { typesetPdf } = await import("@/lib/testing/pdf-writer");
    const pdf = typesetPdf([story, "The delegations agreed to meet again in Moscow."]);
    const form = new FormData();
    form.append("files", new Blob([new Uint8Array(pdf)], { type: "application/pdf" }), "release.pdf");
    form.append("pasteName", "TASS");
    form.append("pasteText", story);
    const { sources } = await readCreateRequest(formRequest(form));
    expect(sources[0]).toMatchObject({ name: "release.pdf", kind: "file", mediaType: "application/pdf", text: "" });
    expect(Buffer.from(sources[0].bytes!).equals(Buffer.from(pdf))).toBe(true);
  });

  it("fetches a {url} source: the page's bytes and HTML, its final address, its name from host and title", async () => {
    const http = await import("node:http");
    const page = `<html><head><title>Talks &amp; flights</title></head><body><p>${story}</p></body></html>`;
    const server = http.createServer((req, res) => {
      if (req.url === "/old") res.writeHead(301, { location: "/story" }).end();
      else res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as import("node:net").AddressInfo;
    const allowed = process.env.PARALLAX_FETCH_ALLOW_HOSTS;
    process.env.PARALLAX_FETCH_ALLOW_HOSTS = `127.0.0.1:${port}`;
    try {
      const body = JSON.stringify({ sources: [{ url: `http://127.0.0.1:${port}/old` }, { name: "TASS", text: story }] });
      const { sources } = await readCreateRequest(jsonRequest(body));
      expect(sources[0]).toMatchObject({ name: "127.0.0.1 — Talks & flights", kind: "url", mediaType: "text/html", text: page, html: true });
      expect(sources[0].provenance).toMatchObject({ requestedUrl: `http://127.0.0.1:${port}/old`, finalUrl: `http://127.0.0.1:${port}/story` });
      expect(Buffer.from(sources[0].bytes!).toString()).toBe(page);
    } finally {
      if (allowed === undefined) delete process.env.PARALLAX_FETCH_ALLOW_HOSTS;
      else process.env.PARALLAX_FETCH_ALLOW_HOSTS = allowed;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
