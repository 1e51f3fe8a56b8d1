import path from "node:path";
import { Worker } from "node:worker_threads";
import { InputError } from "@/lib/engine/errors";
import { serializeReport, type SerializedReport } from "@/lib/engine/serialize";
import type { CompareOptions, SourceInput } from "@/lib/engine/types";
import { HttpInputError, limits } from "@/lib/limits";

/**
 * Runs `compare` on worker threads so a long comparison never blocks the server's other requests,
 * and a stuck one is killed after a hard timeout instead of holding the server forever. The
 * engine's own work budget (`workLimit`) makes it degrade well before that; the timeout is the backstop.
 *
 * Short jobs have a lane of their own: `shortLane` more workers take only jobs whose sources add up
 * to at most `shortJobBytes`, so an ordinary upload never waits behind 50 long sources (or behind
 * anything that has the general workers busy). A short job takes whichever free worker comes first.
 */
export interface EnginePoolConfig {
  /** General worker threads (1–2 is plenty: each holds the engine and its models in memory). */
  size: number;
  /** Workers kept for short jobs only (0: none). */
  shortLane?: number;
  /** A job whose sources add up to at most this many bytes is short. */
  shortJobBytes?: number;
  timeoutMs: number;
  /** Jobs waiting for a worker beyond this are refused with 503. */
  maxQueue: number;
  /** V8 old-space cap per worker: a runaway input kills its worker, not the server. */
  memoryMb: number;
  /** The project root: the worker script and the engine are found from here. */
  root: string;
  /** The module exporting `compare` and `InputError`, relative to root. Tests swap in a fake. */
  engineModule?: string;
}

interface Job {
  inputs: SourceInput[];
  /** The sources' size: what decides the lane. */
  bytes: number;
  options: CompareOptions;
  resolve: (result: SerializedReport) => void;
  reject: (err: Error) => void;
}

interface Slot {
  /** "short": takes short jobs only. */
  lane: "any" | "short";
  worker?: Worker;
  job?: Job;
  jobId?: number;
  timer?: NodeJS.Timeout;
}

interface WorkerAnswer {
  id?: number;
  ready?: boolean;
  ok?: boolean;
  result?: SerializedReport;
  error?: { inputError: boolean; message: string; source?: string; stack?: string };
}

export class EnginePool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly config: EnginePoolConfig) {
    this.slots = [
      ...Array.from({ length: Math.max(1, config.size) }, (): Slot => ({ lane: "any" })),
      ...Array.from({ length: Math.max(0, config.shortLane ?? 0) }, (): Slot => ({ lane: "short" })),
    ];
  }

  run(inputs: SourceInput[], options: CompareOptions = {}): Promise<SerializedReport> {
    if (this.closed) return Promise.reject(new Error("The engine pool is closed."));
    if (this.queue.length >= this.config.maxQueue) {
      return Promise.reject(new HttpInputError(503, "The server is busy with other comparisons; nothing was stored. Try again in a minute."));
    }
    return new Promise<SerializedReport>((resolve, reject) => {
      this.queue.push({ inputs, options, bytes: inputBytes(inputs), resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; running and queued jobs are rejected. For tests and shutdown. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("The engine pool was closed."));
    await Promise.all(this.slots.map((slot) => this.stop(slot, new Error("The engine pool was closed."))));
  }

  private dispatch(): void {
    // Short-lane workers first: a short job then leaves the general workers to long ones.
    for (const slot of [...this.slots].sort((a, b) => (a.lane === b.lane ? 0 : a.lane === "short" ? -1 : 1))) {
      if (slot.job) continue;
      const next = slot.lane === "short" ? this.queue.findIndex((job) => job.bytes <= (this.config.shortJobBytes ?? 0)) : 0;
      if (next < 0 || next >= this.queue.length) continue;
      const [job] = this.queue.splice(next, 1);
      const id = this.nextId++;
      slot.job = job;
      slot.jobId = id;
      const worker = (slot.worker ??= this.spawn(slot));
      const { message, transfer } = toMessage(id, job);
      worker.postMessage(message, transfer);
      slot.timer = setTimeout(() => {
        void this.stop(slot, engineTimedOut(this.config.timeoutMs)).then(() => this.dispatch());
      }, this.config.timeoutMs);
    }
  }

  private spawn(slot: Slot): Worker {
    const worker = new Worker(workerScript(this.config.root), {
      workerData: { root: this.config.root, engineModule: this.config.engineModule ?? "lib/engine/index.ts" },
      // The server's own flags (inspector, loaders) are not the worker's business.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.config.memoryMb },
    });
    worker.on("message", (answer: WorkerAnswer) => {
      if (answer.ready || slot.worker !== worker || answer.id !== slot.jobId || !slot.job) return;
      const job = this.finish(slot);
      if (answer.ok && answer.result) job.resolve(answer.result);
      else job.reject(fromWorkerError(answer.error));
      this.dispatch();
    });
    worker.on("error", (err: Error & { code?: string }) => {
      if (slot.worker !== worker) return;
      slot.worker = undefined;
      const job = slot.job && this.finish(slot);
      job?.reject(err.code === "ERR_WORKER_OUT_OF_MEMORY" ? engineOutOfMemory() : new Error(`The engine worker failed: ${err.message}`));
      this.dispatch();
    });
    worker.on("exit", (code) => {
      if (slot.worker !== worker) return;
      slot.worker = undefined;
      const job = slot.job && this.finish(slot);
      job?.reject(new Error(`The engine worker stopped unexpectedly (exit code ${code}).`));
      this.dispatch();
    });
    // Idle workers must not keep a CLI or script alive; a running job's timeout timer does that.
    // After the listeners: adding a "message" listener refs the worker again.
    worker.unref();
    return worker;
  }

  private finish(slot: Slot): Job {
    const job = slot.job!;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.jobId = undefined;
    slot.timer = undefined;
    return job;
  }

  /** Kills the slot's worker (a stuck compare cannot be interrupted any other way). */
  private async stop(slot: Slot, reason: Error): Promise<void> {
    const worker = slot.worker;
    slot.worker = undefined;
    if (slot.job) this.finish(slot).reject(reason);
    if (worker) await worker.terminate();
  }
}

/** Resolved from the working directory at run time: Next bundles this module, so import.meta.url points into .next. */
function workerScript(root: string): string {
  return path.join(/* turbopackIgnore: true */ root, "scripts", "engine-worker.mjs");
}

function inputBytes(inputs: SourceInput[]): number {
  return inputs.reduce((sum, input) => sum + (input.bytes?.byteLength ?? (input.text ?? input.html ?? "").length), 0);
}

function toMessage(id: number, job: Job) {
  const transfer: ArrayBuffer[] = [];
  const inputs = job.inputs.map((input) => {
    if (!input.bytes) return input;
    // A copy is transferred: the caller still stores the original bytes after the comparison.
    const bytes = input.bytes.slice();
    transfer.push(bytes.buffer as ArrayBuffer);
    return { ...input, bytes };
  });
  // A clock function cannot cross threads; the worker uses its own.
  const { now: _now, ...options } = job.options;
  void _now;
  return { message: { id, inputs, options }, transfer };
}

function fromWorkerError(error: WorkerAnswer["error"]): Error {
  if (error?.inputError) return new InputError(error.message, error.source);
  const err = new Error(error?.message ?? "The engine failed.");
  if (error?.stack) err.stack = error.stack;
  return err;
}

function engineTimedOut(ms: number): HttpInputError {
  return new HttpInputError(
    422,
    `The comparison was still running after ${Math.round(ms / 1000)} s and was stopped; nothing was stored. Try fewer or shorter sources.`,
  );
}

function engineOutOfMemory(): HttpInputError {
  return new HttpInputError(422, "The comparison needed more memory than the server allows and was stopped; nothing was stored. Try fewer or shorter sources.");
}

// One pool per server process; kept on globalThis so dev-mode reloads don't start new workers.
const globalForPool = globalThis as unknown as { parallaxEnginePool?: EnginePool };

export function enginePool(): EnginePool {
  return (globalForPool.parallaxEnginePool ??= new EnginePool({
    size: limits.engineWorkers,
    shortLane: limits.engineShortLane,
    shortJobBytes: limits.engineShortJobBytes,
    timeoutMs: limits.engineTimeoutMs,
    maxQueue: limits.engineQueue,
    memoryMb: limits.engineMemoryMb,
    root: process.cwd(),
  }));
}

/**
 * What the app calls instead of `compare`: the same report, computed on a worker thread.
 * PARALLAX_ENGINE_WORKERS=0 runs it in-process (debugging, or a host without worker threads).
 */
export async function compareOffThread(inputs: SourceInput[], options: CompareOptions = {}): Promise<SerializedReport> {
  if (limits.engineWorkers === 0) {
    const { compare } = await import("@/lib/engine/compare");
    return serializeReport(await compare(inputs, options));
  }
  return enginePool().run(inputs, options);
}
