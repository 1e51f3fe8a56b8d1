import { defineConfig } from "@playwright/test";
import { BOOTSTRAP_TOKEN, E2E_BASE_URL, E2E_PORT } from "./e2e/e2e-settings";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./lib/chromium-options";

/** Where e2e/sources.spec.ts serves pages to be fetched by URL: on loopback, so it must be allowed. */
export const PAGE_SERVER_PORT = E2E_PORT + 1000;

/** Debian's Chromium: Playwright's own browser download cannot reach the network here. */
export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [["list"], ["json"]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    // Every page and API request is an admin's (the bootstrap token); e2e/accounts*.spec.ts use none.
    extraHTTPHeaders: { Authorization: `Bearer ${BOOTSTRAP_TOKEN}` },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `node scripts/e2e-server.mjs ${E2E_PORT}`,
    url: E2E_BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: "pipe",
    // E2E_DATABASE_URL lets two suites run side by side without wiping each other's database.
    // A short engine budget so the heavy-input tests see the engine cut work short and say so.
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db",
      NEXT_TELEMETRY_DISABLED: "1",
      PARALLAX_ENGINE_WORK: "2000000",
      PARALLAX_FETCH_ALLOW_HOSTS: `127.0.0.1:${PAGE_SERVER_PORT}`,
      // The suite sends more uploads a minute than an editor would; the 429s are proven by
      // lib/rate-limit.test.ts and measured by `npm run stress`.
      PARALLAX_RATE_UPLOADS_PER_MIN: "0",
      PARALLAX_RATE_RERUNS_PER_MIN: "0",
      PARALLAX_RATE_EXPORTS_PER_MIN: "0",
      PARALLAX_BOOTSTRAP_TOKEN: BOOTSTRAP_TOKEN,
    },
  },
});
