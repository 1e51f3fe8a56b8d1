// Shared set-up for `npm start` and `npm test`: each step is skipped when its inputs have not
// changed since it last ran, so a second start takes seconds. Plain Node, no dependencies: it runs
// before node_modules exists.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function log(message) {
  console.log(`parallax: ${message}`);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const err = new Error(`${command} ${args.join(" ")} failed with exit code ${result.status}`);
    err.exitCode = result.status ?? 1;
    throw err;
  }
  return result;
}

/** A hash of files and folders (recursively, skipping build output), for "has this changed?". */
export function hashOf(entries) {
  const hash = createHash("sha256");
  const visit = (rel) => {
    const abs = path.join(root, rel);
    if (!fs.existsSync(abs)) return;
    const stat = fs.statSync(abs);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(abs).sort()) {
        if (["node_modules", ".next", "test-results", "artifacts"].includes(name)) continue;
        visit(path.join(rel, name));
      }
    } else {
      hash.update(rel);
      hash.update(fs.readFileSync(abs));
    }
  };
  for (const entry of entries) visit(entry);
  return hash.digest("hex");
}

function stampCurrent(stampFile, digest) {
  const file = path.join(root, stampFile);
  return fs.existsSync(file) && fs.readFileSync(file, "utf8") === digest;
}

function writeStamp(stampFile, digest) {
  const file = path.join(root, stampFile);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, digest);
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

/** npm ci when node_modules is missing or older than package-lock.json. */
export function ensureDependencies() {
  const digest = hashOf(["package.json", "package-lock.json"]);
  if (fs.existsSync(path.join(root, "node_modules")) && stampCurrent("node_modules/.parallax-install", digest)) return;
  log("installing dependencies (npm ci; about two minutes on a fresh machine)…");
  run(npm, ["ci", "--no-audit", "--no-fund"]);
  writeStamp("node_modules/.parallax-install", digest);
}

/** The Prisma client is generated code: regenerate when the schema changes. */
export function ensurePrismaClient() {
  const digest = hashOf(["prisma/schema.prisma", "package-lock.json"]);
  if (stampCurrent("generated/.parallax-generate", digest)) return;
  log("generating the database client…");
  run(npx, ["prisma", "generate"], { stdio: ["ignore", "ignore", "inherit"] });
  writeStamp("generated/.parallax-generate", digest);
}

/** Creates the SQLite file or applies new migrations, then adds the demo on a first start. */
export function ensureDatabase(env) {
  log(`database ${env.DATABASE_URL}`);
  run(npx, ["prisma", "migrate", "deploy"], { env, stdio: ["ignore", "ignore", "inherit"] });
  run(npx, ["tsx", "scripts/seed-demo.ts"], { env });
}

/** next build when the app's sources changed since the last build. */
export function ensureBuild(env) {
  const digest = hashOf([
    "app", "components", "lib", "public", "generated", "next.config.ts", "tsconfig.json",
    "package-lock.json", "postcss.config.mjs", "prisma/demo",
  ]);
  if (fs.existsSync(path.join(root, ".next/BUILD_ID")) && stampCurrent(".next/.parallax-build", digest)) return;
  log("building the app (next build)…");
  run(npx, ["next", "build"], { env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  writeStamp(".next/.parallax-build", digest);
}

export function defaultEnv(overrides = {}) {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/parallax.db", ...overrides };
}
