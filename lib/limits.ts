import os from "node:os";
import { DEFAULT_WORK_LIMIT } from "@/lib/engine/budget";
import { InputError } from "@/lib/engine/errors";
import { MAX_FILE_BYTES, MAX_REQUEST_BYTES } from "@/lib/validations/limits";
import { wellFormedStrings } from "@/lib/validations/well-formed";

/**
 * How much one comparison may ask of the server. Sizes are set in MB through the environment so a
 * newsroom with bigger files can raise them without a rebuild; bad values fall back to the defaults,
 * which are the client-safe constants the form uses (lib/validations/limits.ts).
 */
export interface Limits {
  /** One source file (or pasted text), in bytes. PARALLAX_MAX_FILE_MB; default MAX_FILE_BYTES (5 MB). */
  maxFileBytes: number;
  /** The whole request (every source together), in bytes. PARALLAX_MAX_REQUEST_MB; default MAX_REQUEST_BYTES (25 MB). */
  maxRequestBytes: number;
  /** Engine workers running comparisons off the main thread. PARALLAX_ENGINE_WORKERS; 0 = in-process. */
  engineWorkers: number;
  /** Workers kept for short comparisons, so they never wait behind long ones. PARALLAX_ENGINE_SHORT_LANE; 0 = none. */
  engineShortLane: number;
  /** A comparison whose sources add up to at most this is short. PARALLAX_ENGINE_SHORT_JOB_KB. */
  engineShortJobBytes: number;
  /** A comparison still running after this is stopped (its worker killed). PARALLAX_ENGINE_TIMEOUT_MS. */
  engineTimeoutMs: number;
  /** Comparisons waiting for a worker past this many are turned away (503). PARALLAX_ENGINE_QUEUE. */
  engineQueue: number;
  /** Heap cap of one engine worker, in MB: a runaway input kills its worker, not the server. */
  engineMemoryMb: number;
  /** The engine's work budget (counted units, not time): past it stages cut work short and the report says so. PARALLAX_ENGINE_WORK. */
  engineWorkLimit: number;
}

const MB = 1024 * 1024;

export function readLimits(env: Record<string, string | undefined> = process.env): Limits {
  // Two workers at most: each holds the engine's models in memory, and the machines are small.
  const defaultWorkers = Math.min(2, Math.max(1, os.availableParallelism() - 1));
  return {
    maxFileBytes: Math.round(positive(env.PARALLAX_MAX_FILE_MB, MAX_FILE_BYTES / MB) * MB),
    maxRequestBytes: Math.round(positive(env.PARALLAX_MAX_REQUEST_MB, MAX_REQUEST_BYTES / MB) * MB),
    engineWorkers: Math.floor(nonNegative(env.PARALLAX_ENGINE_WORKERS, defaultWorkers)),
    engineShortLane: Math.floor(nonNegative(env.PARALLAX_ENGINE_SHORT_LANE, 1)),
    // Five long articles are ~100 KB of text; a .docx with pictures is more bytes for the same words.
    engineShortJobBytes: Math.round(positive(env.PARALLAX_ENGINE_SHORT_JOB_KB, 1024) * 1024),
    engineTimeoutMs: positive(env.PARALLAX_ENGINE_TIMEOUT_MS, 30_000),
    engineQueue: Math.floor(positive(env.PARALLAX_ENGINE_QUEUE, 100)),
    engineMemoryMb: positive(env.PARALLAX_ENGINE_MEMORY_MB, 2048),
    engineWorkLimit: positive(env.PARALLAX_ENGINE_WORK, DEFAULT_WORK_LIMIT),
  };
}

export const limits: Limits = readLimits();

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isFinite(n) && n > 0 ? n : fallback;
}

function nonNegative(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isFinite(n) && n >= 0 ? n : fallback;
}

/** "5 MB", "0.5 MB", "25 MB" (and "12 KB" below 0.1 MB): how limits and sizes are said to editors. */
export function formatMb(bytes: number): string {
  const mb = bytes / MB;
  if (mb < 0.1) return `${Math.ceil(bytes / 1024)} KB`;
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`;
}

/** Bad input that has its own HTTP status (413 too large, 415 unsupported); plain InputError is 400. */
export class HttpInputError extends InputError {
  readonly status: number;

  constructor(status: number, message: string, source?: string) {
    super(message, source);
    this.status = status;
  }
}

/** The HTTP status for an error a route caught: 4xx for anything the user can fix, else 500. */
export function statusForError(err: unknown): number {
  if (err instanceof HttpInputError) return err.status;
  if (err instanceof InputError) return 400;
  return 500;
}

/** The JSON body the API answers bad input with: `{ error, source? }`; the page shows it by the source. */
export function errorBody(err: unknown): { error: string; source?: string } {
  if (err instanceof InputError) return err.source ? { error: err.message, source: err.source } : { error: err.message };
  return { error: "Something went wrong on the server; nothing was stored." };
}

// The same words as lib/validations/messages.ts (what the form says before sending), with the
// limit the server actually runs with, which the environment may have raised.
export function fileTooLarge(name: string, max = limits.maxFileBytes): HttpInputError {
  return new HttpInputError(413, `${name} is larger than ${formatMb(max)}.`, name);
}

export function requestTooLarge(max = limits.maxRequestBytes): HttpInputError {
  return new HttpInputError(413, `The upload is larger than ${formatMb(max)}; send fewer or smaller files.`);
}

export function missingBody(): HttpInputError {
  return new HttpInputError(400, "The request has no body: send the sources as JSON or as a multipart form.");
}

/**
 * Reads a request body without ever holding more than `max` bytes: the declared Content-Length is
 * checked first (a cheap refusal before any upload), then the bytes are counted as they arrive,
 * since a chunked or lying client declares nothing or too little. No body → an empty array.
 */
export async function readBodyWithin(request: Request, max = limits.maxRequestBytes): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > max) throw requestTooLarge(max);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      // Stop reading: the rest of the upload is never buffered.
      await reader.cancel().catch(() => undefined);
      throw requestTooLarge(max);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** JSON.parse with the sentence the API answers a malformed body with. */
export function parseJsonBody(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body), wellFormedStrings);
  } catch {
    throw new HttpInputError(400, "The request body is not valid JSON.");
  }
}
