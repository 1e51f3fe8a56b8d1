// `npm start`: install, generate, migrate, seed the demo, build — each only when needed — then serve.
import { spawn } from "node:child_process";
import path from "node:path";
import { defaultEnv, ensureBuild, ensureDatabase, ensureDependencies, ensurePrismaClient, log, root } from "./setup.mjs";

// The next binary itself, not npx: signals then reach the server and stopping us stops it.
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

try {
  const env = defaultEnv();
  ensureDependencies();
  ensurePrismaClient();
  ensureDatabase(env);
  ensureBuild(env);
  const port = process.env.PORT ?? "3000";
  const args = [nextBin, "start", "-p", port];
  // Only an explicitly exported HOSTNAME counts: shells set it to the machine's name unexported.
  if (process.env.HOSTNAME) args.push("-H", process.env.HOSTNAME);
  log(`serving on http://${process.env.HOSTNAME ?? "localhost"}:${port}`);
  const server = spawn(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
} catch (err) {
  console.error(`parallax: ${err.message}`);
  process.exit(err.exitCode ?? 1);
}
