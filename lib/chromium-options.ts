/**
 * How Parallax starts Debian's Chromium, for PDF export and the browser tests alike. Playwright's
 * own browser download cannot reach the network here; the background-networking flags stop
 * Chromium from calling home on a closed network.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
