// Inputs and API helpers for e2e/safety.spec.ts: bad input, encodings, hostile HTML.
import fs from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { FIXTURE_DIR, FIXTURE_FILES } from "./helpers";

export interface JsonSource {
  name: string;
  text?: string;
  html?: string;
}

export function fixtureSources(): JsonSource[] {
  return FIXTURE_FILES.map((name) => ({ name, text: fs.readFileSync(path.join(FIXTURE_DIR, name), "utf8") }));
}

export function fixtureFile(name: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: "text/plain", buffer: fs.readFileSync(path.join(FIXTURE_DIR, name)) };
}

export function postJson(request: APIRequestContext, body: unknown): Promise<APIResponse> {
  return request.post("/api/comparisons", { data: body, timeout: 120_000 });
}

/** Files (and pasted boxes) as the new-comparison form sends them: multipart/form-data. */
export function postFiles(request: APIRequestContext, files: Array<{ name: string; mimeType?: string; buffer: Buffer }>): Promise<APIResponse> {
  const form = new FormData();
  form.set("title", "safety test");
  for (const f of files) form.append("files", new Blob([new Uint8Array(f.buffer)], { type: f.mimeType ?? "application/octet-stream" }), f.name);
  return request.post("/api/comparisons", { multipart: form, timeout: 120_000 });
}

export async function comparisonCount(request: APIRequestContext): Promise<number> {
  const res = await request.get("/api/comparisons");
  expect(res.ok()).toBe(true);
  return ((await res.json()) as unknown[]).length;
}

/**
 * The contract for bad input: a 4xx JSON `{ error, source? }` whose sentence says what is wrong
 * (and names the source when it is about one), and not one row stored.
 */
export async function expectRefused(
  request: APIRequestContext,
  send: () => Promise<APIResponse>,
  expected: { status: number | number[]; error: string | RegExp; source?: string },
): Promise<void> {
  const before = await comparisonCount(request);
  const res = await send();
  const body = (await res.json()) as { error?: string; source?: string };
  const statuses = Array.isArray(expected.status) ? expected.status : [expected.status];
  expect(statuses, `status ${res.status()} with ${JSON.stringify(body)}`).toContain(res.status());
  expect(res.headers()["content-type"]).toMatch(/application\/json/);
  if (typeof expected.error === "string") expect(body.error).toBe(expected.error);
  else expect(body.error).toMatch(expected.error);
  expect(body.source).toBe(expected.source);
  expect(await comparisonCount(request)).toBe(before);
}

export interface StoredBody {
  comparison: { id: string; title: string; sources: Array<{ name: string }> };
  report: {
    sources: Array<{ id: string; name: string; paragraphs: Array<{ text: string }>; encoding?: string }>;
    discrepancies: Array<{ id: string; key: string; summary: string }>;
    notices: Array<{ kind: string; message: string; source?: string }>;
    stats?: { work?: number };
  };
  reviews: Array<{ key: string; status: string; note: string }>;
}

export async function created(res: APIResponse): Promise<string> {
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

export async function stored(request: APIRequestContext, id: string): Promise<StoredBody> {
  const res = await request.get(`/api/comparisons/${id}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as StoredBody;
}

// ---- Encodings ----

/** Three paragraphs with the characters encodings get wrong: curly quotes, é, em dash. */
export const ENCODED_PARAGRAPHS = [
  "Russian and US diplomats said the talks in Istanbul were \u201csubstantive and businesslike\u201d \u2014 the ministry\u2019s word \u2018constructive\u2019 was not used.",
  "The delegations met for six hours on Thursday at the consul\u2019s residence, a caf\u00e9 owner across the street told reporters afterwards.",
  "A second round of consultations is planned in Moscow, the ministry said, without giving a date for it.",
];

const CP1252: Record<string, number> = { "\u201c": 0x93, "\u201d": 0x94, "\u2018": 0x91, "\u2019": 0x92, "\u2014": 0x97, "\u00e9": 0xe9 };

export function windows1252(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (ch) => {
      const code = CP1252[ch] ?? ch.charCodeAt(0);
      if (code > 0xff) throw new Error(`no Windows-1252 byte for ${ch}`);
      return code;
    }),
  );
}

export function utf16be(text: string): Buffer {
  const le = Buffer.from(text, "utf16le");
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

// ---- Hostile HTML ----

export function hostileArticle(): string {
  return `<!doctype html><html><head><title>Talks in Istanbul</title>
<script>window.__pwned = "head script"; alert("head script");</script></head>
<body onload="window.__pwned = 'onload'">
<article>
<h1>Talks in Istanbul</h1>
<p>Russian and US diplomats met in Istanbul on Thursday for six hours of talks on the work of their embassies.<script>window.__pwned = "inline"; alert("inline")</script></p>
<p>Alexander Darchiyev, who heads the North America department, led the Russian side. <img src=x onerror="window.__pwned='onerror';alert('onerror')"></p>
<p>The ministry called the talks substantive and businesslike. <a href="javascript:window.__pwned='link';alert('link')">Read the statement</a>.</p>
<p>The quoted tag &lt;script&gt;alert("quoted")&lt;/script&gt; appeared in the story as text.</p>
<p>A second round is planned in Moscow. <iframe src="javascript:alert('frame')"></iframe><svg onload="alert('svg')"></svg></p>
</article></body></html>`;
}
