import type { Browser, Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/lib/chromium-options";
import { HttpInputError } from "@/lib/limits";

/**
 * One headless Chromium for the whole server, started on the first PDF and reused: a launch costs
 * ~0.5–1 s and a page ~50 ms. It closes itself after a few idle minutes (it holds ~150 MB), and
 * Playwright kills it when the process exits. Signals stay Next's to handle (handleSIG* false).
 */

export { CHROMIUM_PATH };
const LAUNCH_ARGS = CHROMIUM_ARGS;
const IDLE_CLOSE_MS = 5 * 60_000;
/**
 * One page at a time: two big prints at once took 130 s each and 5 GB, and held a small export
 * behind them for 135 s. Exports wait their turn in a short queue instead, each with a time limit.
 */
const MAX_PAGES = 1;
/** Exports waiting for Chromium past this many are turned away at once (503, Retry-After). */
export const PDF_QUEUE_MAX = 3;
/** An export that waited this long for its turn gives up (the editor is told, nothing hangs). PARALLAX_PDF_QUEUE_WAIT_MS. */
const queueWaitMs = () => msFromEnv("PARALLAX_PDF_QUEUE_WAIT_MS", 60_000);
/** Printing past this is stopped: the browser is closed, so whatever it held is freed. PARALLAX_PDF_PRINT_TIMEOUT_MS. */
const printTimeoutMs = () => msFromEnv("PARALLAX_PDF_PRINT_TIMEOUT_MS", 60_000);

function msFromEnv(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** Chromium could not be started or died while printing: the route answers 503, not 500. */
export class ChromiumUnavailableError extends Error {
  constructor(cause: unknown) {
    super(
      `PDF export needs Chromium, which could not be used on this server (${CHROMIUM_PATH}): ` +
        `${cause instanceof Error ? cause.message.split("\n")[0] : String(cause)}. ` +
        "Install it (apt-get install chromium) or set CHROMIUM_PATH; the other formats still work.",
    );
    this.name = "ChromiumUnavailableError";
  }
}

/** A PDF export turned away or stopped: busy queue, too long a wait or print (503, Retry-After). */
export class PdfExportRefused extends HttpInputError {
  constructor(
    message: string,
    readonly retryAfter: number,
  ) {
    super(503, message);
    this.name = "PdfExportRefused";
  }
}

interface ChromiumState {
  browser?: Promise<Browser>;
  busy: number;
  waiting: Array<{ go: () => void }>;
  idleTimer?: ReturnType<typeof setTimeout>;
}

// On globalThis so dev-mode reloads share one browser instead of leaking one per edit.
const shared = globalThis as unknown as { parallaxChromium?: ChromiumState };
const state: ChromiumState = (shared.parallaxChromium ??= { busy: 0, waiting: [] });

function browser(): Promise<Browser> {
  if (!state.browser) {
    const launching = launch();
    state.browser = launching;
    // A failed launch is not cached: the next request tries again (Chromium may have been installed).
    launching.catch(() => {
      if (state.browser === launching) state.browser = undefined;
    });
  }
  return state.browser;
}

async function launch(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  const launched = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: LAUNCH_ARGS,
    timeout: 30_000,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  launched.on("disconnected", () => {
    if (state.browser) void state.browser.then((b) => b === launched && (state.browser = undefined), () => undefined);
  });
  return launched;
}

/** Waits for Chromium's one page; refuses at once past the queue bound, or after waiting too long. */
async function acquire(): Promise<void> {
  if (state.idleTimer) clearTimeout(state.idleTimer);
  state.idleTimer = undefined;
  if (state.busy >= MAX_PAGES) {
    if (state.waiting.length >= PDF_QUEUE_MAX) {
      throw new PdfExportRefused(
        `${state.waiting.length + 1} PDF exports are being printed or waiting; try again in a minute, or export as HTML, which is immediate.`,
        60,
      );
    }
    const waitMs = queueWaitMs();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        state.waiting.splice(state.waiting.indexOf(entry), 1);
        reject(new PdfExportRefused(`The PDF export waited ${seconds(waitMs)} s behind other exports and gave up; try again in a minute, or export as HTML.`, 60));
      }, waitMs);
      const entry = {
        go: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      state.waiting.push(entry);
    });
  }
  state.busy += 1;
}

function release(): void {
  state.busy -= 1;
  state.waiting.shift()?.go();
  if (state.busy === 0 && !state.waiting.length) {
    state.idleTimer = setTimeout(() => void closeChromium(), IDLE_CLOSE_MS);
    state.idleTimer.unref();
  }
}

/**
 * Runs `work` on a fresh page in its own context: no JavaScript, no network, nothing shared with
 * the previous export. Any Chromium failure becomes a ChromiumUnavailableError.
 */
export async function withChromiumPage<T>(work: (page: Page) => Promise<T>): Promise<T> {
  await acquire();
  try {
    const instance = await browser().catch((err: unknown) => {
      throw new ChromiumUnavailableError(err);
    });
    const context = await instance.newContext({ javaScriptEnabled: false, offline: true }).catch((err: unknown) => {
      throw new ChromiumUnavailableError(err);
    });
    let timedOut = false;
    const timeoutMs = printTimeoutMs();
    const timer = setTimeout(() => {
      timedOut = true;
      // Closing the browser ends the print at once and frees its memory; the next export relaunches.
      void closeChromium();
    }, timeoutMs);
    try {
      return await work(await context.newPage());
    } catch (err) {
      if (timedOut) {
        throw new PdfExportRefused(
          `The PDF took longer than ${seconds(timeoutMs)} s to print and was stopped; export as HTML, or only the substantive differences, instead.`,
          60,
        );
      }
      if (!instance.isConnected()) throw new ChromiumUnavailableError(err);
      throw err;
    } finally {
      clearTimeout(timer);
      await context.close().catch(() => undefined);
    }
  } finally {
    release();
  }
}

function seconds(ms: number): number {
  return Math.max(1, Math.round(ms / 1000));
}

/** Closes the shared browser (tests, idle timer); the next PDF starts a new one. */
export async function closeChromium(): Promise<void> {
  const current = state.browser;
  state.browser = undefined;
  if (current) await current.then((b) => b.close(), () => undefined).catch(() => undefined);
}
