import { spawnSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { InputError } from "@/lib/engine/errors";
import type { Report } from "@/lib/engine/types";
import { EnginePool, type EnginePoolConfig } from "@/lib/engine-pool";
import { HttpInputError, statusForError } from "@/lib/limits";

const pools: EnginePool[] = [];
function fakePool(overrides: Partial<EnginePoolConfig> = {}): EnginePool {
  const pool = new EnginePool({
    size: 1,
    timeoutMs: 10_000,
    maxQueue: 10,
    memoryMb: 256,
    root: process.cwd(),
    engineModule: "lib/testing/fake-engine.ts",
    ...overrides,
  });
  pools.push(pool);
  return pool;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

const two = (first: string, second = "b") => [
  { name: first, text: "a" },
  { name: "b.txt", text: second },
];

describe("EnginePool (fake engine)", () => {
  it("returns the worker's report; bytes cross intact and the caller's copy stays usable", async () => {
    const pool = fakePool();
    const bytes = new TextEncoder().encode("héllo");
    const result = await pool.run([{ name: "a.txt", bytes }, { name: "b.txt", text: "b" }], { primary: "s1", now: () => 1 });
    const report = JSON.parse(result.json) as Report;
    expect(report.sources[0].paragraphs[0].text).toBe(`${bytes.length} bytes`);
    expect(bytes.byteLength).toBe(6); // not detached by the transfer
    expect(JSON.parse(report.notices[0].message)).toEqual({ primary: "s1" }); // `now` stripped
  });

  it("rebuilds an InputError (message and source) thrown inside the worker", async () => {
    const err = await fakePool().run(two("input-error")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).source).toBe("hang.txt");
    expect(statusForError(err)).toBe(400);
  });

  it("passes an engine bug on as a plain error (500), and keeps serving", async () => {
    const pool = fakePool();
    const err = await pool.run(two("crash")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(InputError);
    expect(statusForError(err)).toBe(500);
    await expect(pool.run(two("ok"))).resolves.toMatchObject({ engineVersion: "fake" });
  });

  it("kills a stuck worker at the hard timeout with a clear 422, then serves the next job", async () => {
    const pool = fakePool({ timeoutMs: 1_500 });
    // While the worker spins, the main thread keeps ticking: other requests are not blocked.
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 50);
    const started = performance.now();
    const err = await pool.run(two("hang")).catch((e: unknown) => e);
    clearInterval(ticker);
    const elapsed = performance.now() - started;
    expect(err).toBeInstanceOf(HttpInputError);
    expect(statusForError(err)).toBe(422);
    expect((err as Error).message).toMatch(/still running after 2 s and was stopped; nothing was stored/);
    expect(elapsed).toBeLessThan(5_000);
    expect(ticks).toBeGreaterThan(10);
    await expect(pool.run(two("ok"))).resolves.toMatchObject({ engineVersion: "fake" });
  });

  it("answers a worker that exits mid-job, then starts a new one", async () => {
    const pool = fakePool();
    await expect(pool.run(two("exit"))).rejects.toThrow(/stopped unexpectedly \(exit code 3\)/);
    await expect(pool.run(two("ok"))).resolves.toMatchObject({ engineVersion: "fake" });
  });

  it("stops a worker that outgrows its heap cap with a clear 422", async () => {
    const pool = fakePool({ memoryMb: 48 });
    const err = await pool.run(two("grow")).catch((e: unknown) => e);
    expect(statusForError(err)).toBe(422);
    expect((err as Error).message).toMatch(/more memory than the server allows/);
    await expect(pool.run(two("ok"))).resolves.toMatchObject({ engineVersion: "fake" });
  });

  it("runs jobs side by side on two workers and refuses past the queue bound with 503", async () => {
    const pool = fakePool({ size: 2, maxQueue: 2 });
    // Warm both workers so the timing below measures running, not starting.
    await Promise.all([pool.run(two("ok")), pool.run(two("ok"))]);
    const started = performance.now();
    const running = [pool.run(two("sleep", "600")), pool.run(two("sleep", "600"))];
    const queued = [pool.run(two("ok")), pool.run(two("ok"))];
    const refused = await pool.run(two("ok")).catch((e: unknown) => e);
    expect(statusForError(refused)).toBe(503);
    await Promise.all([...running, ...queued]);
    expect(performance.now() - started).toBeLessThan(1_150); // in parallel, not 2 × 600 ms
  });

  it("keeps a lane for short jobs: a long stuck job and a queued long one never hold back a short one", async () => {
    const pool = fakePool({ size: 1, shortLane: 1, shortJobBytes: 1_000, timeoutMs: 8_000 });
    const long = (name: string, ms = "100") => [
      { name, text: "x".repeat(2_000) },
      { name: "b.txt", text: ms },
    ];
    const stuck = pool.run(long("hang")).catch((e: unknown) => e);
    let secondLongDone = false;
    void pool.run(long("sleep")).then(
      () => (secondLongDone = true),
      () => undefined, // rejected by close() below
    );
    // The short job runs on its own worker while the general one spins.
    await expect(pool.run(two("ok"))).resolves.toMatchObject({ engineVersion: "fake" });
    // …and the second long job did not take the short lane: it waits for the general worker.
    expect(secondLongDone).toBe(false);
    await pool.close();
    expect(statusForError(await stuck)).toBe(500);
  });

  it("lets the process end once idle (the seed script and the CLI must not hang)", () => {
    const started = performance.now();
    const run = spawnSync(process.execPath, ["--import", "tsx", "lib/testing/pool-exits.ts"], { encoding: "utf8", timeout: 20_000 });
    expect(run.stdout.trim()).toBe("done fake");
    expect(run.status).toBe(0);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
