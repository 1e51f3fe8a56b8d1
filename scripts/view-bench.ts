// `npx tsx scripts/view-bench.ts`: what the comparison page costs at scale, in figures.
//   (a) 50 versions × 2,000 words through the API: the size and time of the page's first HTML.
//   (b) a 100,000-paragraph comparison (synthetic report, stored as the app stores one): its first
//       HTML, and the other requests' latency (home page, list API) while three readers page
//       through it, against the same requests with nobody reading.
// Loopback only, its own port and its own fresh database under data/; bounded; stops by itself.
import fs from "node:fs";
import path from "node:path";
import type { Discrepancy, Report } from "@/lib/engine/types";
import { ROWS_PER_PAGE, reportViewParts } from "@/lib/report-view";
import { baseStory, editedVariant, seededRandom } from "./bench/synthetic";
import { defaultEnv, ensureBuild, run } from "./setup.mjs";
import { loadFixtures } from "./stress/fixtures";
import { freePort, startServer } from "./stress/server";

const root = path.resolve(__dirname, "..");
const stamp = new Date().toISOString().replace(/[-:.TZ]/g, "").slice(0, 14);
const dbFile = path.join(root, "data", `view-bench-${stamp}.db`);
const env = defaultEnv({ DATABASE_URL: `file:${dbFile}`, NODE_ENV: "production" });
const READERS = 3;
const LOAD_MS = 20_000;
const PROBE_EVERY_MS = 100;

const say = (message: string) => console.log(`view-bench: ${message}`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function timed(url: string): Promise<{ ms: number; bytes: number; status: number }> {
  const started = performance.now();
  const res = await fetch(url, { signal: AbortSignal.timeout(120_000) });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - started, bytes: body.byteLength, status: res.status };
}

/** 50 edited copies of one 2,000-word story, as the engine bench makes them. */
function fiftyVersions() {
  const random = seededRandom(2025);
  const story = baseStory(loadFixtures(root).map((f) => f.text), 2000, random);
  const sources = [{ name: "v1.txt", text: story.join("\n\n") }];
  while (sources.length < 50) sources.push({ name: `v${sources.length + 1}.txt`, text: editedVariant(story, random).join("\n\n") });
  return sources;
}

/**
 * A report of 100,000 paragraphs (four versions of 25,000), as the engine shapes one: every row
 * aligned, a differing word in every fifth row (5,000 discrepancies, the engine's cap).
 */
function hugeReport(): Report {
  const random = seededRandom(7);
  const corpus = loadFixtures(root).map((f) => f.text);
  const base = baseStory(corpus, 25_000 * 60, random).slice(0, 25_000);
  const sourceIds = ["s1", "s2", "s3", "s4"];
  const sources = sourceIds.map((id, n) => ({
    id,
    name: `version-${n + 1}.txt`,
    paragraphs: base.map((text, i) => ({ id: `${id}-p${i + 1}`, text, sentences: [{ start: 0, end: text.length }] })),
    removed: [],
  }));
  const rows = base.map((_, i) => ({ id: `r${i + 1}`, cells: Object.fromEntries(sourceIds.map((id) => [id, [`${id}-p${i + 1}`]])) }));
  const discrepancies: Discrepancy[] = [];
  for (let i = 0; i < base.length && discrepancies.length < 5000; i += 5) {
    const end = base[i].indexOf(" ") > 0 ? base[i].indexOf(" ") : base[i].length;
    const word = base[i].slice(0, end);
    discrepancies.push({
      id: `d${discrepancies.length + 1}`,
      key: `number:k${i}`,
      row: `r${i + 1}`,
      severity: "substantive",
      category: "number",
      summary: `Number: ${word} ≠ ${word}s`,
      variants: sourceIds.map((id) => ({ source: id, text: word, core: word, spans: [{ paragraph: `${id}-p${i + 1}`, start: 0, end }] })),
      values: [
        { value: word, sources: ["s1", "s2", "s3"] },
        { value: `${word}s`, sources: ["s4"] },
      ],
      absent: [],
    });
  }
  return {
    schemaVersion: 2,
    engineVersion: "view-bench",
    primary: "s1",
    sources,
    rows,
    discrepancies,
    notices: [],
    stats: { ms: { clean: 0, segment: 0, align: 0, diff: 0, classify: 0 }, words: 25_000 * 40 * 4 },
  };
}

/** Stores the synthetic report the way createComparison() stores one: sources, report, view parts. */
async function storeHuge(report: Report): Promise<string> {
  process.env.DATABASE_URL = env.DATABASE_URL;
  const { db } = await import("@/lib/db");
  const { storeViewParts } = await import("@/lib/comparison-view");
  const json = JSON.stringify(report);
  let started = performance.now();
  JSON.parse(json);
  say(`(b) the whole report is ${mb(json.length)} of JSON; parsing it once takes ${(performance.now() - started).toFixed(0)} ms (what a page view cost before)`);
  started = performance.now();
  const parts = reportViewParts(report);
  say(`(b) cutting it into view parts took ${(performance.now() - started).toFixed(0)} ms: outline ${mb(parts.outline.length)}, ${parts.pages.length} pages of ${ROWS_PER_PAGE} rows`);
  const id = await db.$transaction(
    async (tx) => {
      const created = await tx.comparison.create({ data: { title: "100,000 paragraphs" } });
      await tx.source.createMany({
        data: report.sources.map((s, position) => ({
          comparisonId: created.id,
          position,
          name: s.name,
          kind: "paste",
          mediaType: "text/plain",
          originalText: s.paragraphs.map((p) => p.text).join("\n\n"),
        })),
      });
      await tx.report.create({
        data: { comparisonId: created.id, engineVersion: report.engineVersion, json, substantiveCount: report.discrepancies.length, discrepancyCount: report.discrepancies.length },
      });
      await storeViewParts(tx, created.id, parts);
      return created.id;
    },
    { timeout: 120_000 },
  );
  await db.$disconnect();
  return id;
}

/** Latency of the other requests (home page, list API), one every PROBE_EVERY_MS, until `until`. */
async function probe(base: string, until: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; Date.now() < until; i++) {
    const { ms } = await timed(`${base}${i % 2 ? "/api/comparisons" : "/"}`);
    latencies.push(ms);
    await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
  }
  return latencies;
}

/** A reader: opens the page, then pages through the rows as scrolling does, until `until`. */
async function reader(base: string, id: string, rowCount: number, until: number, seed: number) {
  const random = seededRandom(seed);
  const times: number[] = [];
  while (Date.now() < until) {
    times.push((await timed(`${base}/comparisons/${id}`)).ms);
    for (let i = 0; i < 5 && Date.now() < until; i++) {
      const from = Math.floor(random() * (rowCount - ROWS_PER_PAGE));
      times.push((await timed(`${base}/api/comparisons/${id}/rows?from=${from}&to=${from + ROWS_PER_PAGE}&sources=s1,s2,s3,s4`)).ms);
    }
  }
  return times;
}

const summary = (values: number[]) =>
  `n=${values.length}, p50 ${percentile(values, 50).toFixed(0)} ms, p99 ${percentile(values, 99).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms`;

async function main() {
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  ensureBuild(env);
  run("npx", ["prisma", "migrate", "deploy"], { env, stdio: ["ignore", "ignore", "inherit"] });
  const huge = hugeReport();
  const hugeId = await storeHuge(huge);
  const server = await startServer(root, await freePort(), env, dbFile.replace(/\.db$/, ".log"));
  try {
    // (a) 50 × 2,000 words through the API, as an editor would make it.
    const started = performance.now();
    const res = await fetch(`${server.url}/api/comparisons`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "Fifty versions", sources: fiftyVersions() }),
      signal: AbortSignal.timeout(180_000),
    });
    if (res.status !== 201) say(`(a) the 50-version upload answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
    else {
      const { id } = (await res.json()) as { id: string };
      say(`(a) 50 × 2,000 words compared and stored in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const first = await timed(`${server.url}/comparisons/${id}`);
      const again = await timed(`${server.url}/comparisons/${id}`);
      const all = await timed(`${server.url}/comparisons/${id}?show=${Array.from({ length: 50 }, (_, i) => `s${i + 1}`).join(",")}`);
      say(`(a) first HTML: ${kb(first.bytes)} (goal ≤ 2 MB) in ${first.ms.toFixed(0)} ms, again ${again.ms.toFixed(0)} ms; all 50 columns asked for: ${kb(all.bytes)}`);
    }

    // (b) the 100,000-paragraph comparison.
    const page = await timed(`${server.url}/comparisons/${hugeId}`);
    say(`(b) first HTML of the 100,000-paragraph comparison: ${kb(page.bytes)} in ${page.ms.toFixed(0)} ms (status ${page.status})`);
    const quiet = await probe(server.url, Date.now() + 5_000);
    say(`(b) other requests, nobody reading: ${summary(quiet)}`);
    const until = Date.now() + LOAD_MS;
    const [busy, ...readers] = await Promise.all([
      probe(server.url, until),
      ...Array.from({ length: READERS }, (_, i) => reader(server.url, hugeId, huge.rows.length, until, i + 1)),
    ]);
    say(`(b) other requests while ${READERS} read it: ${summary(busy)} (goal p99 < 1,000 ms)`);
    say(`(b) the readers' own requests (page views and row pages): ${summary(readers.flat())}`);
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(`view-bench: ${err instanceof Error ? err.stack : err}`);
  process.exitCode = 1;
});
