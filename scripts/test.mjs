// `npm test`: set up what is missing (dependencies, database client, Chromium), run the unit tests
// and the Playwright suite, and end with one line of our own: "N passed, N failed, N skipped".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { defaultEnv, ensureBuild, ensureDependencies, ensurePrismaClient, log, root, run } from "./setup.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `parallax: the browser tests need Chromium at ${CHROMIUM}. Install Debian's package as root:\n` +
        "  sudo apt-get update && sudo apt-get install -y chromium\n" +
        "or point CHROMIUM_PATH at a Chromium binary.",
    );
    process.exit(1);
  }
  log("installing Debian's chromium for the browser tests…");
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "chromium"], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function unitCounts(file) {
  const report = readJson(file);
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.success === false && !report.numFailedTests ? 1 : 0),
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function e2eCounts(file) {
  const report = readJson(file);
  if (!report?.stats) return { passed: 0, failed: 1, skipped: 0 };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  return { passed: expected + flaky, failed: unexpected + (report.errors?.length ?? 0), skipped };
}

const resultsDir = path.join(root, "test-results");
fs.mkdirSync(resultsDir, { recursive: true });
const unitJson = path.join(resultsDir, "unit.json");
const e2eJson = path.join(resultsDir, "e2e.json");
for (const file of [unitJson, e2eJson]) fs.rmSync(file, { force: true });

try {
  ensureDependencies();
  ensurePrismaClient();
  ensureChromium();
} catch (err) {
  console.error(`parallax: ${err.message}`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}

log("unit tests (vitest)…");
spawnSync("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitJson}`], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: "file:./data/unit.db" },
});
const unit = unitCounts(unitJson);

const e2eEnv = defaultEnv({ DATABASE_URL: "file:./data/e2e.db" });
let e2e = { passed: 0, failed: 1, skipped: 0 };
try {
  ensureBuild(e2eEnv);
  log("browser tests (Playwright, Debian's Chromium)…");
  spawnSync("npx", ["playwright", "test"], {
    cwd: root,
    stdio: "inherit",
    env: { ...e2eEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson },
  });
  e2e = e2eCounts(e2eJson);
} catch (err) {
  console.error(`parallax: ${err.message}`);
}

const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
const skipped = unit.skipped + e2e.skipped;
log(`unit ${unit.passed} passed, ${unit.failed} failed; browser ${e2e.passed} passed, ${e2e.failed} failed`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
