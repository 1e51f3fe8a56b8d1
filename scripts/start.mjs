// `npm start`: install, generate, migrate, seed the demo, build — each only when needed — then serve.
import { spawn } from "node:child_process";
import { defaultEnv, ensureBuild, ensureDatabase, ensureDependencies, ensurePrismaClient, log, root } from "./setup.mjs";

try {
  const env = defaultEnv();
  ensureDependencies();
  ensurePrismaClient();
  ensureDatabase(env);
  ensureBuild(env);
  const port = process.env.PORT ?? "3000";
  const args = ["next", "start", "-p", port];
  // Only an explicitly exported HOSTNAME counts: shells set it to the machine's name unexported.
  if (process.env.HOSTNAME) args.push("-H", process.env.HOSTNAME);
  log(`serving on http://${process.env.HOSTNAME ?? "localhost"}:${port}`);
  const server = spawn("npx", args, { cwd: root, env, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
} catch (err) {
  console.error(`parallax: ${err.message}`);
  process.exit(err.exitCode ?? 1);
}
