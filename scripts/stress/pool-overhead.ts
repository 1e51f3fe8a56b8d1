// `npx tsx scripts/stress/pool-overhead.ts`: what running compare() on a worker thread costs over
// calling it in-process, on the five demo sources. Figures only; nothing is asserted.
import { compare } from "@/lib/engine";
import { EnginePool } from "@/lib/engine-pool";
import { loadFixtures } from "./fixtures";

const RUNS = 20;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function times(work: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    out.push(performance.now() - started);
  }
  return out;
}

async function main() {
  const root = process.cwd();
  // As files (bytes), the way uploads reach the engine: the bytes are copied and transferred.
  const inputs = loadFixtures(root).map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));
  const pool = new EnginePool({ size: 1, timeoutMs: 60_000, maxQueue: 10, memoryMb: 2048, root });

  let started = performance.now();
  await pool.run(inputs);
  const coldPool = performance.now() - started;
  started = performance.now();
  await compare(inputs);
  const coldInProcess = performance.now() - started;

  // Interleaved, so machine load affects both alike.
  const inProcess: number[] = [];
  const pooled: number[] = [];
  for (let round = 0; round < 3; round++) {
    inProcess.push(...(await times(() => compare(inputs))));
    pooled.push(...(await times(() => pool.run(inputs))));
  }
  await pool.close();
  const a = median(inProcess);
  const b = median(pooled);
  console.log(`first run: worker ${coldPool.toFixed(0)} ms (starts the thread, compiles the engine), in-process ${coldInProcess.toFixed(0)} ms`);
  console.log(`median of ${inProcess.length}: in-process ${a.toFixed(1)} ms, worker ${b.toFixed(1)} ms, overhead ${(b - a).toFixed(1)} ms (${(((b - a) / a) * 100).toFixed(0)}%)`);
}

void main();
