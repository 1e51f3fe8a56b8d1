/** Where the e2e server listens (E2E_PORT lets two suites run side by side). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3200);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/**
 * The e2e server's PARALLAX_BOOTSTRAP_TOKEN (an admin token). playwright.config.ts sends it with
 * every request, so specs that are not about accounts run as an admin script would; the account
 * specs open contexts without it. (Chromium leaves such headers off `<a download>` requests: a spec
 * that downloads through the page signs in as a person instead, see e2e/review.spec.ts.)
 */
export const BOOTSTRAP_TOKEN = process.env.E2E_BOOTSTRAP_TOKEN ?? "parallax-e2e-bootstrap-token";
