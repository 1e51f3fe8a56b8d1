// Starts and kills `next start` for the stress test: its own port, its own database, loopback only.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

/**
 * The stress server's admin token (PARALLAX_BOOTSTRAP_TOKEN from the environment, else a fresh one):
 * the server is started with it and every request sends it, as any script calling the API would.
 */
export const STRESS_TOKEN = process.env.PARALLAX_BOOTSTRAP_TOKEN || randomBytes(24).toString("base64url");
export const AUTHORIZATION = { Authorization: `Bearer ${STRESS_TOKEN}` };

export interface TestServer {
  url: string;
  child: ChildProcess;
  /** SIGKILL: no shutdown hooks, no flush; what a power cut or the OOM killer does. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after 5 s. */
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `node …/next start` directly, not through npx: a signal must reach the server itself, not a
 * wrapper that would leave it running. It gets its own process group so a kill takes everything
 * it started, and only that.
 */
export async function startServer(root: string, port: number, env: NodeJS.ProcessEnv, logFile: string): Promise<TestServer> {
  const log = fs.openSync(logFile, "a");
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env: { ...env, PARALLAX_BOOTSTRAP_TOKEN: STRESS_TOKEN },
    stdio: ["ignore", log, log],
    detached: true,
  });
  fs.closeSync(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, sig);
    } catch {
      // already gone
    }
  };
  const server: TestServer = {
    url: `http://127.0.0.1:${port}`,
    child,
    async kill() {
      signal("SIGKILL");
      await exited;
    },
    async stop() {
      signal("SIGTERM");
      const timer = setTimeout(() => signal("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
  await waitUntilUp(server, 60_000);
  return server;
}

async function waitUntilUp(server: TestServer, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`the server exited with code ${server.child.exitCode}; see its log`);
    try {
      const res = await fetch(`${server.url}/api/comparisons`, { headers: AUTHORIZATION, signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await server.kill();
  throw new Error(`the server did not answer within ${timeoutMs / 1000} s`);
}
