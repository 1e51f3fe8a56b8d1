import type { Browser, Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/lib/chromium-options";

/**
 * One headless Chromium for the whole server, started on the first PDF and reused: a launch costs
 * ~0.5–1 s and a page ~50 ms. It closes itself after a few idle minutes (it holds ~150 MB), and
 * Playwright kills it when the process exits. Signals stay Next's to handle (handleSIG* false).
 */

export { CHROMIUM_PATH };
const LAUNCH_ARGS = CHROMIUM_ARGS;
const IDLE_CLOSE_MS = 5 * 60_000;
/** Two cores: more pages at once only queue inside Chromium and use memory. */
const MAX_PAGES = 2;

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

interface ChromiumState {
  browser?: Promise<Browser>;
  busy: number;
  waiting: Array<() => void>;
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

async function acquire(): Promise<void> {
  if (state.idleTimer) clearTimeout(state.idleTimer);
  state.idleTimer = undefined;
  if (state.busy >= MAX_PAGES) await new Promise<void>((resolve) => state.waiting.push(resolve));
  state.busy += 1;
}

function release(): void {
  state.busy -= 1;
  state.waiting.shift()?.();
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
    try {
      return await work(await context.newPage());
    } catch (err) {
      if (!instance.isConnected()) throw new ChromiumUnavailableError(err);
      throw err;
    } finally {
      await context.close().catch(() => undefined);
    }
  } finally {
    release();
  }
}

/** Closes the shared browser (tests, idle timer); the next PDF starts a new one. */
export async function closeChromium(): Promise<void> {
  const current = state.browser;
  state.browser = undefined;
  if (current) await current.then((b) => b.close(), () => undefined).catch(() => undefined);
}
