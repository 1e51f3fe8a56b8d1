import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { BOM } from "../lib/export/csv";
import { pdfText } from "../lib/export/pdf-text";
import { parseCsv } from "../lib/export/rfc4180";
import { adminApi, createAccount, signIn } from "./account-helpers";
import { BOOTSTRAP_TOKEN, E2E_BASE_URL } from "./e2e-settings";
import { DEMO_TITLE, differenceItems, expectNoSeriousA11yViolations, FIXTURE_FILES, openDemo } from "./helpers";

/** A note that breaks naive CSV writers: commas, quotes (straight and curly) and a line break. */
const NOTE = 'Checked with the ministry, twice: "North Atlantic" is right.\nSee “TASS”, para 2.';
const REVIEWER = "Zoë O’Brien";

/**
 * These tests are a fact-checker's: signed in (a session cookie, which downloads carry too), not
 * the bootstrap token. One account per worker, signed in once.
 */
const test = base.extend<object, { reviewerState: string }>({
  reviewerState: [
    async ({ browser }, provide, workerInfo) => {
      const admin = await adminApi(E2E_BASE_URL);
      const account = await createAccount(admin, "reviewer", REVIEWER);
      await admin.dispose();
      const context = await browser.newContext({ baseURL: E2E_BASE_URL, extraHTTPHeaders: {} });
      await signIn(await context.newPage(), account);
      const file = path.join(workerInfo.project.outputDir, `reviewer-${workerInfo.workerIndex}.json`);
      await context.storageState({ path: file });
      await context.close();
      await provide(file);
    },
    { scope: "worker" },
  ],
  storageState: ({ reviewerState }, provide) => provide(reviewerState),
  extraHTTPHeaders: async ({}, provide) => provide({}),
});

test.describe.configure({ mode: "serial" });

interface Target {
  id: string;
  summary: string;
}
let comparisonId = "";
let confirmed: Target;
let dismissed: Target;
let fourth: Target;

/** Opens (or reloads) the comparison and waits until the review controls are live (hydrated). */
async function ready(page: Page) {
  await expect(page.locator("[data-review-ready]")).toBeVisible();
}

const controls = (item: Locator) => item.locator("[data-review-controls]");
const itemById = (page: Page, id: string) => page.locator(`[data-discrepancy-item="${id}"]`);

/** The demo may hold reviews from an earlier run against the same server: start from open (as an admin script). */
async function reopen(ids: string[]) {
  const request = await adminApi(E2E_BASE_URL);
  const body = (await (await request.get(`/api/comparisons/${comparisonId}`)).json()) as {
    report: { discrepancies: Array<{ id: string; key: string }> };
    reviews: Array<{ key: string; version: number }>;
  };
  for (const id of ids) {
    const key = body.report.discrepancies.find((d) => d.id === id)!.key;
    const version = body.reviews.find((r) => r.key === key)?.version ?? 0;
    const response = await request.put(`/api/comparisons/${comparisonId}/discrepancies/${encodeURIComponent(key)}/review`, {
      data: { status: "open", note: "", version },
    });
    expect(response.status()).toBe(200);
  }
  await request.dispose();
}

async function target(item: Locator): Promise<Target> {
  return {
    id: (await item.getAttribute("data-discrepancy-item"))!,
    summary: (await item.locator("button").first().locator("span").last().textContent())!.trim(),
  };
}

test("confirming, dismissing and a note save as you go and are there after a reload", async ({ page }) => {
  await openDemo(page);
  await ready(page);
  comparisonId = page.url().split("/").pop()!;
  const items = differenceItems(page);
  await expect(items.first()).toBeVisible();
  [confirmed, dismissed] = [await target(items.nth(0)), await target(items.nth(1))];
  const third = await target(items.nth(2));
  fourth = await target(items.nth(3));
  await reopen([confirmed.id, dismissed.id, third.id, fourth.id]);
  await page.reload();
  await ready(page);

  // The reviewer is whoever is signed in; nothing to type, nothing kept in the browser.
  await expect(page.locator("[data-reviewing-as]")).toHaveText(`Reviewing as ${REVIEWER}`);

  const first = itemById(page, confirmed.id);
  const second = itemById(page, dismissed.id);
  await first.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(controls(first)).toHaveAttribute("data-review-status", "confirmed");
  await second.getByRole("button", { name: "Dismiss", exact: true }).click();
  await expect(controls(second)).toHaveAttribute("data-review-status", "dismissed");

  await first.getByRole("button", { name: "Add note" }).click();
  await first.getByRole("textbox").fill(NOTE);
  // No save button: the note goes after a pause in typing.
  await expect(controls(first)).toHaveAttribute("data-save-state", "saved");
  await expect(first.getByText("Saved")).toBeVisible();
  await expect(page.locator("[data-review-progress]")).toContainText(/^2 of \d+ reviewed/);

  await page.reload();
  await ready(page);
  await expect(controls(itemById(page, confirmed.id))).toHaveAttribute("data-review-status", "confirmed");
  await expect(itemById(page, confirmed.id).getByRole("button", { name: "Confirmed ✓" })).toHaveAttribute("aria-pressed", "true");
  await expect(controls(itemById(page, dismissed.id))).toHaveAttribute("data-review-status", "dismissed");
  await expect(itemById(page, confirmed.id).getByRole("textbox")).toHaveValue(NOTE);
  await expect(page.locator("[data-reviewing-as]")).toHaveText(`Reviewing as ${REVIEWER}`);

  // The keys: select the third with the mouse, d dismisses it, o reopens it, n moves into its note.
  await itemById(page, third.id).locator("button").first().click();
  await page.keyboard.press("d");
  await expect(controls(itemById(page, third.id))).toHaveAttribute("data-review-status", "dismissed");
  await page.keyboard.press("o");
  await expect(controls(itemById(page, third.id))).toHaveAttribute("data-review-status", "open");
  await page.keyboard.press("n");
  await expect(itemById(page, third.id).getByRole("textbox")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(controls(itemById(page, third.id))).toHaveAttribute("data-save-state", "saved");

  // The review keys are listed in the page's "?" dialog.
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  for (const description of ["Confirm the selected difference", "Dismiss the selected difference", "Write a note on the selected difference"]) {
    await expect(dialog.getByText(description)).toBeVisible();
  }
  await page.keyboard.press("Escape");
  await expectNoSeriousA11yViolations(page);

  // The status filter narrows the list to what is left to do.
  await page.locator('[data-status-filter="confirmed"]').click();
  await page.locator('[data-status-filter="dismissed"]').click();
  await expect(itemById(page, confirmed.id)).toHaveCount(0);
  await expect(itemById(page, dismissed.id)).toHaveCount(0);
  await expect(itemById(page, third.id)).toBeVisible();
});

test("the CSV downloaded from the page holds the reviews, note intact", async ({ page }) => {
  await page.goto(`/comparisons/${comparisonId}`);
  await ready(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV", exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/^istanbul-talks-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync(await download.path(), "utf8");
  expect(text.startsWith(BOM)).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(BOM.length));
  for (const name of FIXTURE_FILES) expect(header).toContain(name);
  const column = (name: string) => header.indexOf(name);
  const confirmedRows = rows.filter((r) => r[column("status")] === "confirmed");
  expect(confirmedRows).toHaveLength(1);
  expect(confirmedRows[0][column("summary")]).toBe(confirmed.summary);
  expect(confirmedRows[0][column("note")]).toBe(NOTE);
  expect(confirmedRows[0][column("reviewer")]).toBe(REVIEWER);
  expect(rows.filter((r) => r[column("status")] === "dismissed").map((r) => r[column("summary")])).toEqual([dismissed.summary]);
});

test("a failed save says so, is retried, and lands", async ({ page }) => {
  await page.goto(`/comparisons/${comparisonId}`);
  await ready(page);
  let refused = 0;
  await page.route("**/discrepancies/*/review", async (route) => {
    if (refused < 2) {
      refused += 1;
      return route.abort("connectionrefused");
    }
    return route.continue();
  });
  const item = itemById(page, fourth.id);
  await item.getByRole("button", { name: "Dismiss", exact: true }).click();
  await expect(item.getByText("Not saved — retrying…")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "1 change not saved — retrying…" })).toBeVisible();
  // Backoff: 1 s, then 2 s; the third attempt goes through.
  await expect(controls(item)).toHaveAttribute("data-save-state", "saved", { timeout: 10_000 });
  expect(refused).toBe(2);
  await page.reload();
  await ready(page);
  await expect(controls(itemById(page, fourth.id))).toHaveAttribute("data-review-status", "dismissed");
  await itemById(page, fourth.id).getByRole("button", { name: "Reopen" }).click();
  await expect(controls(itemById(page, fourth.id))).toHaveAttribute("data-save-state", "saved");
});

test("a note typed just before exporting is in the export", async ({ page }) => {
  await page.goto(`/comparisons/${comparisonId}`);
  await ready(page);
  const item = itemById(page, dismissed.id);
  await item.getByRole("button", { name: "Add note" }).click();
  await item.getByRole("textbox").fill("Typed, then exported at once");
  // Within the typing pause: the link waits for the save before downloading.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "JSON", exact: true }).click()]);
  const body = JSON.parse(fs.readFileSync(await download.path(), "utf8"));
  expect(body.reviews.find((r: { discrepancyId: string }) => r.discrepancyId === dismissed.id)).toMatchObject({
    status: "dismissed",
    note: "Typed, then exported at once",
  });
});

test("the PDF downloaded from the page is text with the title, a confirmed summary and page numbers", async ({ page }) => {
  await page.goto(`/comparisons/${comparisonId}`);
  await ready(page);
  await page.getByLabel("Which differences to export").selectOption("confirmed");
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "PDF", exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/^istanbul-talks-\d{4}-\d{2}-\d{2}\.pdf$/);
  const bytes = new Uint8Array(fs.readFileSync(await download.path()));
  console.log(`PDF download (confirmed only): ${bytes.byteLength} bytes in ${Date.now() - started} ms`);
  const pages = await pdfText(bytes);
  const text = pages.join("\n").replace(/\s+/g, " ");
  expect(text).toContain(DEMO_TITLE);
  expect(text).toContain(confirmed.summary.replace(/\s+/g, " "));
  expect(text).toContain("Checked with the ministry, twice");
  expect(text).not.toContain(dismissed.summary.replace(/\s+/g, " "));
  expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
});

/** A port nobody is listening on, so the second server can't be confused with another one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

test("the reviews are on disk: a second server started on a copy of the database has them", async () => {
  test.setTimeout(120_000);
  // The test server's database, as playwright.config.ts chooses it (E2E_DATABASE_URL lets two
  // suites run side by side). backup() makes a consistent copy while that server is running.
  const source = path.resolve((process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db").replace(/^file:/, ""));
  const copy = path.resolve("data", `e2e-restart-${process.pid}.db`);
  const sqlite = new Database(source, { readonly: true });
  await sqlite.backup(copy);
  sqlite.close();

  const port = String(await freePort());
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", port], {
    env: { ...process.env, DATABASE_URL: `file:${copy}`, NEXT_TELEMETRY_DISABLED: "1", PARALLAX_BOOTSTRAP_TOKEN: BOOTSTRAP_TOKEN },
    stdio: "ignore",
    detached: true,
  });
  server.on("error", () => undefined); // a failed spawn shows as "the second server answered" below
  try {
    const url = `http://127.0.0.1:${port}/api/comparisons/${comparisonId}`;
    let body: { report: { discrepancies: Array<{ id: string; key: string }> }; reviews: Array<{ key: string; status: string; note: string; reviewer: string }> } | null = null;
    for (let tries = 0; tries < 120 && !body; tries++) {
      body = await fetch(url, { headers: { Authorization: `Bearer ${BOOTSTRAP_TOKEN}` } }).then((r) => (r.ok ? r.json() : null), () => null);
      if (!body) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(body, "the second server answered").not.toBeNull();
    const keyOf = (id: string) => body!.report.discrepancies.find((d) => d.id === id)!.key;
    const review = (id: string) => body!.reviews.find((r) => r.key === keyOf(id));
    expect(review(confirmed.id)).toMatchObject({ status: "confirmed", note: NOTE, reviewer: REVIEWER });
    expect(review(dismissed.id)).toMatchObject({ status: "dismissed" });
  } finally {
    // npx → next: the server runs in its own process group; end that group, nothing else.
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(copy + suffix, { force: true });
  }
});
