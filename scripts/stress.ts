// `npm run stress`: is anything lost or half-stored under load and when the server is killed?
//   (a) 20 concurrent uploads of the five demo sources (JSON API), with reviews saved during them:
//       every upload stored with its 5 sources and its report, every review kept.
//   (b) SIGKILL the server mid-upload at several delays, restart it, and read the database directly:
//       only whole comparisons (sources + report), no orphans, nothing that was answered 201 lost.
//   (c) issue 13's abuse cases (scripts/stress/abuse.ts): pathological pages with an ordinary upload
//       behind them, odd text, 100,000 multipart parts, unknown re-run ids, PDF exports at once, a
//       burst of 300 uploads against the rate limit, and a full disk (a small tmpfs; needs root).
//       `npm run stress -- --only=abuse` runs just these.
// Loopback only, its own port and its own fresh database under data/; bounded; stops by itself.
// Exit code 0 when nothing was lost or half-stored, 1 otherwise.
import fs from "node:fs";
import path from "node:path";
import { defaultEnv, ensureBuild, run } from "./setup.mjs";
import { abuseCases, fullDisk } from "./stress/abuse";
import { inspectDb } from "./stress/db-check";
import { loadFixtures, type JsonSource } from "./stress/fixtures";
import { AUTHORIZATION, freePort, startServer, type TestServer } from "./stress/server";

const root = path.resolve(__dirname, "..");
const CONCURRENT_UPLOADS = 20;
const KILL_DELAYS_MS = [50, 200, 400, 700, 1000, 1500];
const UPLOADS_PER_KILL = 10;
const REQUEST_TIMEOUT_MS = 120_000;

const stamp = new Date().toISOString().replace(/[-:.TZ]/g, "").slice(0, 14);
const dbFile = path.join(root, "data", `stress-${stamp}.db`);
const logFile = path.join(root, "data", `stress-${stamp}.log`);
// (a) and (b) send more uploads a minute than the rate limit allows an editor: it is off for them.
const env = defaultEnv({
  DATABASE_URL: `file:${dbFile}`,
  NODE_ENV: "production",
  PARALLAX_RATE_UPLOADS_PER_MIN: "0",
  PARALLAX_RATE_RERUNS_PER_MIN: "0",
  PARALLAX_RATE_EXPORTS_PER_MIN: "0",
});
const abuseDb = path.join(root, "data", `stress-abuse-${stamp}.db`);
const abuseEnv = defaultEnv({ DATABASE_URL: `file:${abuseDb}`, NODE_ENV: "production" });
const onlyAbuse = process.argv.includes("--only=abuse");
const fixtures = loadFixtures(root);

interface Tally {
  uploadsSent: number;
  /** Answered 201: these must be in the database whatever happens afterwards. */
  uploadsAnswered: string[];
  /** Every review save in the order sent (its note is unique), and whether it was answered 200. */
  reviews: Array<{ target: string; note: string; answered: boolean }>;
  kills: number;
  slowestListMs: number;
}
const tally: Tally = { uploadsSent: 0, uploadsAnswered: [], reviews: [], kills: 0, slowestListMs: 0 };

function say(message: string) {
  console.log(`stress: ${message}`);
}

async function upload(server: TestServer, title: string, sources: JsonSource[] = fixtures): Promise<string | undefined> {
  tally.uploadsSent++;
  try {
    const res = await fetch(`${server.url}/api/comparisons`, {
      method: "POST",
      headers: { ...AUTHORIZATION, "content-type": "application/json" },
      body: JSON.stringify({ title, sources }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (res.status !== 201) {
      say(`upload "${title}" answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
      return undefined;
    }
    const { id } = (await res.json()) as { id: string };
    tally.uploadsAnswered.push(id);
    return id;
  } catch {
    return undefined; // connection cut by a kill: neither answered nor lost
  }
}

/** The version each review was last seen at: a save names it, as the API requires. */
const knownVersions = new Map<string, number>();

/**
 * Saves a review as a script should: on the version it knows; when someone else (here an earlier
 * save whose answer a kill cut off) got there first, the 409 carries the current version to retry on.
 */
async function review(server: TestServer, comparisonId: string, key: string, n: number): Promise<void> {
  const target = `${comparisonId}/${key}`;
  const note = `stress note ${n} for ${target}`;
  const sent = { target, note, answered: false };
  tally.reviews.push(sent);
  try {
    for (let attempt = 0; attempt < 2 && !sent.answered; attempt++) {
      const res = await fetch(`${server.url}/api/comparisons/${comparisonId}/discrepancies/${encodeURIComponent(key)}/review`, {
        method: "PUT",
        headers: { ...AUTHORIZATION, "content-type": "application/json" },
        body: JSON.stringify({ status: n % 2 ? "dismissed" : "confirmed", note, version: knownVersions.get(target) ?? 0 }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const body = (await res.json().catch(() => null)) as { version?: number; current?: { version: number }; error?: string } | null;
      if (res.ok) {
        sent.answered = true;
        knownVersions.set(target, body?.version ?? 0);
      } else if (res.status === 409 && body?.current) knownVersions.set(target, body.current.version);
      else return say(`review ${target} answered ${res.status}: ${(body?.error ?? "").slice(0, 200)}`);
    }
  } catch {
    // cut by a kill
  }
}

async function discrepancyKeys(server: TestServer, id: string): Promise<string[]> {
  const res = await fetch(`${server.url}/api/comparisons/${id}`, { headers: AUTHORIZATION, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const { report } = (await res.json()) as { report: { discrepancies: Array<{ key: string }> } };
  return report.discrepancies.map((d) => d.key);
}

/** The list endpoint's latency while uploads run: the engine must not block other requests. */
async function probeLatency(server: TestServer, until: Promise<unknown>): Promise<void> {
  let done = false;
  void until.finally(() => (done = true));
  for (let i = 0; i < 600 && !done; i++) {
    const started = performance.now();
    try {
      await fetch(`${server.url}/api/comparisons`, { headers: AUTHORIZATION, signal: AbortSignal.timeout(30_000) });
      tally.slowestListMs = Math.max(tally.slowestListMs, performance.now() - started);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function concurrentUploads(server: TestServer): Promise<{ seed: string; ids: string[] }> {
  const seed = await upload(server, "stress seed");
  if (!seed) throw new Error("the first upload failed; see the log");
  const seedDiscrepancies = await discrepancyKeys(server, seed);
  say(`seed comparison stored with ${seedDiscrepancies.length} discrepancies; ${CONCURRENT_UPLOADS} concurrent uploads…`);
  const started = performance.now();
  const uploads = Promise.all(
    Array.from({ length: CONCURRENT_UPLOADS }, async (_, i) => {
      const id = await upload(server, `stress upload ${i + 1}`);
      // Review the new comparison at once, while the other uploads are still being written.
      if (id) {
        const [first] = await discrepancyKeys(server, id);
        if (first) await review(server, id, first, i);
      }
      return id;
    }),
  );
  // Reviews of the seed comparison, spread over the uploads.
  const reviews = (async () => {
    for (const [n, key] of seedDiscrepancies.slice(0, 20).entries()) {
      await review(server, seed, key, n);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  })();
  await Promise.all([uploads, reviews, probeLatency(server, uploads)]);
  const ids = (await uploads).filter((id): id is string => !!id);
  say(`${ids.length} of ${CONCURRENT_UPLOADS} uploads answered 201 in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { seed, ids };
}

/** Every answered upload through the API: 5 sources and a report. */
async function checkThroughApi(server: TestServer, ids: string[]): Promise<number> {
  let whole = 0;
  for (const id of ids) {
    const res = await fetch(`${server.url}/api/comparisons/${id}`, { headers: AUTHORIZATION, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    if (!res.ok) continue;
    const body = (await res.json()) as { comparison: { sources: unknown[] }; report?: { sources: unknown[] } };
    if (body.comparison.sources.length === fixtures.length && body.report?.sources.length === fixtures.length) whole++;
  }
  return whole;
}

/**
 * Each round: a warm-up upload (so the engine worker is running and commits come quickly), then a
 * burst of uploads and review saves, and SIGKILL after a delay, so that kills land before, during
 * and after commits. Then the database is read directly, and the server restarted on it.
 */
async function killTest(startAgain: () => Promise<TestServer>, seed: string): Promise<TestServer> {
  let server = await startAgain();
  const seedDiscrepancies = await discrepancyKeys(server, seed);
  for (const [round, delay] of KILL_DELAYS_MS.entries()) {
    await upload(server, `kill ${round + 1} warm-up`);
    const inFlight = [
      ...Array.from({ length: UPLOADS_PER_KILL }, (_, i) => upload(server, `kill ${round + 1} upload ${i + 1}`)),
      ...seedDiscrepancies.slice(0, 3).map((d, i) => review(server, seed, d, 100 + round * 10 + i)),
    ];
    await new Promise((resolve) => setTimeout(resolve, delay));
    await server.kill();
    tally.kills++;
    await Promise.allSettled(inFlight);
    const state = inspectDb(dbFile, fixtures.length);
    const committedUnanswered = [...state.ids].filter((id) => !tally.uploadsAnswered.includes(id)).length;
    say(
      `kill ${round + 1} at ${delay} ms: ${state.comparisons} comparisons stored (${committedUnanswered} committed but never answered), ` +
        `${state.halfStored} half-stored, ${state.orphans} orphans`,
    );
    server = await startAgain();
  }
  return server;
}

/**
 * A review answered 200 is kept when the database holds it, or a save of the same discrepancy sent
 * after it (which may have been committed just before a kill cut its answer off). Per discrepancy,
 * only the last answered save can still be in the database; the earlier ones count as kept when it is.
 */
function countKeptReviews(inDb: Map<string, Map<string, { status: string; note: string }>>): { kept: number; lost: number } {
  const notesInDb = new Set([...inDb.values()].flatMap((byKey) => [...byKey.values()].map((r) => r.note)));
  let kept = 0;
  let lost = 0;
  const byTarget = new Map<string, Tally["reviews"]>();
  for (const r of tally.reviews) byTarget.set(r.target, [...(byTarget.get(r.target) ?? []), r]);
  for (const saves of byTarget.values()) {
    const lastAnswered = saves.findLastIndex((r) => r.answered);
    if (lastAnswered < 0) continue;
    const survivor = saves.findIndex((r) => notesInDb.has(r.note));
    const answered = saves.filter((r) => r.answered).length;
    if (survivor >= lastAnswered) kept += answered;
    else lost += answered;
  }
  return { kept, lost };
}

/** (c): figures only; what must hold is asserted by the tests. */
async function abuse(): Promise<void> {
  ensureBuild(env);
  run(process.platform === "win32" ? "npx.cmd" : "npx", ["prisma", "migrate", "deploy"], { env: abuseEnv, stdio: ["ignore", "ignore", "inherit"] });
  try {
    const figures = [...(await abuseCases(root, abuseEnv, logFile)), ...(await fullDisk(root, env, logFile, stamp))];
    console.log(`abuse figures:\n  ${figures.join("\n  ")}`);
  } finally {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(abuseDb + suffix, { force: true });
  }
}

async function main(): Promise<number> {
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  if (onlyAbuse) {
    await abuse();
    fs.rmSync(logFile, { force: true });
    return 0;
  }
  say(`database ${path.relative(root, dbFile)}, server log ${path.relative(root, logFile)}`);
  ensureBuild(env);
  run(process.platform === "win32" ? "npx.cmd" : "npx", ["prisma", "migrate", "deploy"], { env, stdio: ["ignore", "ignore", "inherit"] });
  const port = await freePort();
  // Other builds may be rewriting .next right now (a shared checkout): wait for it and try again.
  const startAgain = async (): Promise<TestServer> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await startServer(root, port, env, logFile);
      } catch (err) {
        if (attempt >= 6) throw err;
        say(`the server did not start (${err instanceof Error ? err.message : String(err)}); retrying in 10 s`);
        await new Promise((resolve) => setTimeout(resolve, 10_000));
      }
    }
  };

  let server = await startAgain();
  try {
    const { seed, ids } = await concurrentUploads(server);
    const wholeViaApi = await checkThroughApi(server, ids);
    say(`through the API: ${wholeViaApi} of ${ids.length} answered uploads have their ${fixtures.length} sources and report`);
    await server.stop();
    server = await killTest(startAgain, seed);
  } finally {
    await server.stop();
  }

  const state = inspectDb(dbFile, fixtures.length);
  const stored = tally.uploadsAnswered.filter((id) => state.ids.has(id)).length;
  const storedTotal = state.comparisons;
  const lost = tally.uploadsAnswered.length - stored;
  const { kept: reviewsKept, lost: reviewsLost } = countKeptReviews(state.reviews);

  say(`journal mode ${state.journalMode}; slowest GET /api/comparisons during the uploads ${tally.slowestListMs.toFixed(0)} ms`);
  const reviewsAnswered = tally.reviews.filter((r) => r.answered).length;
  say(
    `uploads: ${tally.uploadsAnswered.length} answered 201, ${tally.uploadsSent - tally.uploadsAnswered.length} cut off by a kill ` +
      `(stored or not, never half); reviews: ${reviewsAnswered} answered, ${tally.reviews.length - reviewsAnswered} cut off by a kill`,
  );
  say(`the database holds ${storedTotal} comparisons, ${state.whole} of them whole, and ${state.orphans} orphan rows`);
  console.log(
    `uploads sent ${tally.uploadsSent}, stored ${storedTotal}, lost ${lost}; ` +
      `reviews sent ${tally.reviews.length}, kept ${reviewsKept}${reviewsLost ? ` (lost ${reviewsLost})` : ""}; ` +
      `kills ${tally.kills}, half-stored ${state.halfStored + state.orphans}`,
  );
  await abuse();
  const ok = lost === 0 && reviewsLost === 0 && state.halfStored === 0 && state.orphans === 0 && state.journalMode === "wal";
  if (ok) for (const file of [logFile, ...["", "-wal", "-shm", "-journal"].map((suffix) => dbFile + suffix)]) fs.rmSync(file, { force: true });
  else say(`kept ${path.relative(root, dbFile)} and its server log for inspection`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`stress: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
