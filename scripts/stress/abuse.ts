// Issue 13's cases for `npm run stress`: small hostile inputs, odd text, floods, a full disk and PDF
// exports, each measured against a server on loopback and printed as figures. Nothing here asserts
// a time; the figures are for the reader (the tests assert behaviour).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { run } from "../setup.mjs";
import { fiftyLongSources } from "./heavy-inputs";
import { loadFixtures, type JsonSource } from "./fixtures";
import { AUTHORIZATION, freePort, startServer, type TestServer } from "./server";

const TIMEOUT_MS = 120_000;

interface Answer {
  status: number;
  ms: number;
  body: string;
  retryAfter?: string | null;
}

function say(message: string) {
  console.log(`stress: abuse: ${message}`);
}

/**
 * Every case speaks with the stress server's admin token, so they share one user's rate limits:
 * the cases before the burst stay under them (14 uploads, 7 exports).
 */
async function send(server: TestServer, pathname: string, init: RequestInit = {}): Promise<Answer> {
  const started = performance.now();
  const headers = new Headers(init.headers);
  for (const [name, value] of Object.entries(AUTHORIZATION)) headers.set(name, value);
  try {
    const res = await fetch(`${server.url}${pathname}`, { ...init, headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
    const body = await res.text();
    return { status: res.status, ms: performance.now() - started, body, retryAfter: res.headers.get("retry-after") };
  } catch (err) {
    return { status: 0, ms: performance.now() - started, body: err instanceof Error ? err.message : String(err) };
  }
}

function postJson(server: TestServer, body: unknown | string): Promise<Answer> {
  return send(server, "/api/comparisons", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const brief = (a: Answer) => `${a.status} in ${seconds(a.ms)}${a.status >= 400 || a.status === 0 ? ` (${a.body.slice(0, 140)})` : ""}`;

function nestedPage(fixture: JsonSource, depth: number): string {
  const paragraphs = fixture.text
    .split("\n\n")
    .map((p) => `<p>${p}</p>`)
    .join("");
  return `<!doctype html><html><head><title>Nested</title></head><body>${paragraphs}${"<div>".repeat(depth)}deep${"</div>".repeat(depth)}</body></html>`;
}

/** A pathological page (or three) and an ordinary upload sent right behind: both answered, and when. */
async function pathologicalPages(server: TestServer, fixtures: JsonSource[]): Promise<string[]> {
  const [a, b, c] = fixtures;
  const figures: string[] = [];
  for (const [label, pages, depth] of [
    ["one 44 KB page nested 4,000 deep", 1, 4_000],
    ["one 110 KB page nested 10,000 deep", 1, 10_000],
    ["three pages nested 4,000 deep", 3, 4_000],
  ] as const) {
    const html = nestedPage(a, depth);
    const hostile = Array.from({ length: pages }, () => postJson(server, { sources: [{ name: "nested.html", html }, b] }));
    await new Promise((resolve) => setTimeout(resolve, 50)); // the ordinary one really is behind
    const ordinary = await postJson(server, { sources: [b, c] });
    const answered = await Promise.all(hostile);
    const slowest = answered.reduce((worst, x) => (x.ms > worst.ms ? x : worst));
    say(`${label}: answered ${answered.map((x) => x.status).join(", ")}, slowest ${seconds(slowest.ms)}; the ordinary upload behind: ${brief(ordinary)}`);
    figures.push(`${label}: ${seconds(slowest.ms)} (status ${slowest.status}), ordinary behind it ${seconds(ordinary.ms)} (status ${ordinary.status})`);
  }
  return figures;
}

async function oddText(server: TestServer, fixtures: JsonSource[]): Promise<string[]> {
  const [a, b] = fixtures;
  const surrogate = JSON.stringify({ title: "odd MARK", sources: [{ ...a, text: a.text.replace(" ", " MARK ") }, b] }).replaceAll("MARK", "\\ud800");
  const lone = await postJson(server, surrogate);
  const longName = new FormData();
  longName.append("files", new Blob([a.text], { type: "text/plain" }), `${"n".repeat(100_000)}.txt`);
  longName.append("files", new Blob([b.text], { type: "text/plain" }), "b.txt");
  const named = await send(server, "/api/comparisons", { method: "POST", body: longName });
  const jsonName = await postJson(server, { sources: [{ ...a, name: "n".repeat(100_000) }, b] });
  say(`lone surrogate: ${brief(lone)}; 100,000-character file name: ${brief(named)}; in JSON: ${brief(jsonName)}`);
  return [`lone surrogate ${lone.status}`, `100,000-character name: multipart ${named.status}, JSON ${jsonName.status}`];
}

/** 100,000 multipart parts: refused at the 51st source, and a GET answered meanwhile. */
async function manyParts(server: TestServer): Promise<string[]> {
  const boundary = "----stress-boundary";
  const part = (i: number) => `--${boundary}\r\nContent-Disposition: form-data; name="pasteText"\r\n\r\ntext ${i}\r\n`;
  const body = Array.from({ length: 100_000 }, (_, i) => part(i)).join("") + `--${boundary}--\r\n`;
  const parts = send(server, "/api/comparisons", {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    body,
  });
  const list = await send(server, "/api/comparisons");
  const answer = await parts;
  say(`100,000 parts (${(body.length / 1024 / 1024).toFixed(1)} MB): ${brief(answer)}; a list request meanwhile: ${list.status} in ${seconds(list.ms)}`);
  return [`100,000 parts: ${answer.status} in ${seconds(answer.ms)}, a list request meanwhile ${seconds(list.ms)}`];
}

async function rerunChecks(server: TestServer, id: string): Promise<string[]> {
  const unknown = await send(server, `/api/comparisons/${id}/rerun`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ restore: Array.from({ length: 1_000 }, (_, i) => `s9-r${i + 1}`) }),
  });
  say(`re-run with 1,000 unknown restore ids: ${brief(unknown)}`);
  return [`re-run with unknown ids: ${unknown.status}`];
}

/** 300 uploads in a burst from one user: how many the limiter lets through, and what the rest get. */
async function burst(server: TestServer): Promise<string[]> {
  // No content type: what passes the limiter is refused at once (415), so this measures the limiter.
  const answers = await Promise.all(Array.from({ length: 300 }, () => send(server, "/api/comparisons", { method: "POST" })));
  const limited = answers.filter((a) => a.status === 429);
  const retry = new Set(limited.map((a) => a.retryAfter));
  say(`300 uploads in a burst: ${answers.length - limited.length} passed the limiter, ${limited.length} got 429 (Retry-After ${[...retry].join(", ")} s)`);
  return [`burst of 300: ${limited.length} × 429, ${answers.length - limited.length} through`];
}

/** Five PDF exports at once and an HTML export among them; a huge comparison's PDF refused. */
async function pdfExports(server: TestServer, id: string, hugeId: string | undefined): Promise<string[]> {
  const started = performance.now();
  const pdfs = Array.from({ length: 5 }, () => send(server, `/api/comparisons/${id}/export?format=pdf`));
  await new Promise((resolve) => setTimeout(resolve, 200));
  const html = await send(server, `/api/comparisons/${id}/export?format=html`);
  const answers = await Promise.all(pdfs);
  say(
    `5 PDF exports at once: ${answers.map((a) => `${a.status} in ${seconds(a.ms)}`).join(", ")} (all done in ${seconds(performance.now() - started)}); ` +
      `an HTML export among them: ${html.status} in ${seconds(html.ms)}`,
  );
  const figures = [`5 PDFs at once: ${answers.map((a) => a.status).join("/")}, HTML among them ${seconds(html.ms)}`];
  if (hugeId) {
    const huge = await send(server, `/api/comparisons/${hugeId}/export?format=pdf`);
    say(`PDF of 50 long sources: ${brief(huge)}`);
    figures.push(`huge PDF: ${huge.status} in ${seconds(huge.ms)}`);
  }
  return figures;
}

export async function abuseCases(root: string, env: NodeJS.ProcessEnv, logFile: string): Promise<string[]> {
  const fixtures = loadFixtures(root);
  const server = await startServer(root, await freePort(), env, logFile);
  const figures: string[] = [];
  try {
    const seed = await postJson(server, { title: "abuse seed", sources: fixtures });
    const id = (JSON.parse(seed.body) as { id?: string }).id;
    if (!id) throw new Error(`the seed upload answered ${brief(seed)}`);
    figures.push(...(await pathologicalPages(server, fixtures)));
    figures.push(...(await oddText(server, fixtures)));
    figures.push(...(await manyParts(server)));
    figures.push(...(await rerunChecks(server, id)));
    const huge = await postJson(server, { title: "fifty long sources", sources: fiftyLongSources(root, 4_000) });
    const hugeId = (JSON.parse(huge.body) as { id?: string }).id;
    figures.push(...(await pdfExports(server, id, hugeId)));
    figures.push(...(await burst(server)));
  } finally {
    await server.stop();
  }
  return figures;
}

/**
 * A real full disk: the database on a 64 MB tmpfs, filled up by a file, then freed. Needs root (to
 * mount); elsewhere it says it was skipped.
 */
export async function fullDisk(root: string, env: NodeJS.ProcessEnv, logFile: string, stamp: string): Promise<string[]> {
  const dir = path.join(root, "data", `stress-full-${stamp}`);
  fs.mkdirSync(dir, { recursive: true });
  const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64m", "tmpfs", dir], { stdio: "ignore" }).status === 0;
  if (!mounted) {
    fs.rmSync(dir, { recursive: true, force: true });
    say("full disk: skipped (mounting a small tmpfs needs root)");
    return ["full disk: skipped"];
  }
  const filler = path.join(dir, "filler");
  const diskEnv = { ...env, DATABASE_URL: `file:${path.join(dir, "parallax.db")}` };
  const fixtures = loadFixtures(root);
  let server: TestServer | undefined;
  try {
    run(process.platform === "win32" ? "npx.cmd" : "npx", ["prisma", "migrate", "deploy"], { env: diskEnv, stdio: ["ignore", "ignore", "inherit"] });
    server = await startServer(root, await freePort(), diskEnv, logFile);
    const warm = await postJson(server, { title: "before the disk fills", sources: fixtures });
    const { bavail, bsize } = fs.statfsSync(dir);
    fs.writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - 16 * 1024)));
    const whileFull: Answer[] = [];
    for (let i = 0; i < 3; i++) whileFull.push(await postJson(server, { title: `disk full ${i + 1}`, sources: fixtures }));
    const rerun = await send(server, `/api/comparisons/${(JSON.parse(warm.body) as { id: string }).id}/rerun`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ primary: "s2" }),
    });
    fs.rmSync(filler);
    const freed = performance.now();
    let after: Answer | undefined;
    for (let tries = 0; tries < 30 && after?.status !== 201; tries++) {
      after = await postJson(server, { title: "after the disk was freed", sources: fixtures });
      if (after.status !== 201) await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    const recovered = performance.now() - freed;
    say(`full disk: warm-up ${brief(warm)}; uploads while full: ${whileFull.map(brief).join("; ")}; a re-run while full: ${brief(rerun)}`);
    say(`full disk: after freeing space the first upload answered ${after?.status} ${seconds(recovered)} after the space was freed`);
    const slowest = Math.max(...whileFull.map((a) => a.ms));
    return [
      `full disk: uploads ${whileFull.map((a) => a.status).join("/")}, slowest ${seconds(slowest)}; re-run ${rerun.status}; recovered (201) ${seconds(recovered)} after freeing space`,
    ];
  } finally {
    await server?.stop();
    spawnSync("umount", [dir], { stdio: "ignore" });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
