import { expect, test } from "@playwright/test";
import { DEMO_TITLE, FIXTURE_FILES, openDemo } from "./helpers";

test("the home page lists the demo comparison with its counts", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();
  const demo = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: DEMO_TITLE, exact: true }) });
  await expect(demo).toContainText("5 sources");
  await expect(demo).toContainText(/\d+ substantive difference/);
  await expect(page.getByRole("main").getByRole("link", { name: "New comparison" })).toHaveAttribute("href", "/new");
});

test("opening the demo shows the five sources by name", async ({ page }) => {
  await openDemo(page);
  // The first versions side by side; every one of the five in the chooser of the versions shown.
  await expect(page.getByRole("columnheader").filter({ hasText: FIXTURE_FILES[0] })).toHaveCount(1);
  await page.getByText(/^Versions shown: \d+ of 5/).click();
  for (const name of FIXTURE_FILES) await expect(page.getByRole("checkbox", { name })).toHaveCount(1);
});

test("an unknown path shows the app's own 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "All comparisons" })).toHaveAttribute("href", "/");
});

test("an unknown comparison id shows the 404 page, and the API answers 404", async ({ page, request }) => {
  const response = await page.goto("/comparisons/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  const api = await request.get("/api/comparisons/does-not-exist");
  expect(api.status()).toBe(404);
  expect((await api.json()).error).toMatch(/no comparison/i);
});

test("GET /api/comparisons lists the demo, newest first", async ({ request }) => {
  const response = await request.get("/api/comparisons");
  expect(response.status()).toBe(200);
  const list = (await response.json()) as Array<{ title: string; sourceCount: number; createdAt: string }>;
  expect(list.find((c) => c.title === DEMO_TITLE)).toMatchObject({ sourceCount: 5 });
  const dates = list.map((c) => c.createdAt);
  expect(dates).toEqual([...dates].sort().reverse());
});
