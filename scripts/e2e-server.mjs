// The server the browser tests run against: a fresh database with only the demo, the built app.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { defaultEnv, ensureBuild, ensureDatabase, root } from "./setup.mjs";

// The next binary itself, not npx: signals then reach the server and stopping us stops it.
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

const port = process.argv[2] ?? "3200";
const env = defaultEnv();
const file = path.resolve(root, env.DATABASE_URL.replace(/^file:/, ""));
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
ensureDatabase(env);
ensureBuild(env);
const server = spawn(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
