import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

export const DEMO_TITLE = "Istanbul talks";
export const FIXTURE_DIR = path.join(__dirname, "..", "prisma", "demo", "istanbul-talks");
export const FIXTURE_FILES = ["ap-marketbeat.txt", "business-standard.txt", "mfa-and-ap.txt", "moscow-times.txt", "tass.txt"];
export const fixturePaths = () => FIXTURE_FILES.map((name) => path.join(FIXTURE_DIR, name));

/** The side-by-side table of the versions. */
export function alignmentTable(page: Page): Locator {
  return page.locator("table[data-alignment-table]");
}

/** The list of differences beside the table. */
export function differenceItems(page: Page): Locator {
  return page.locator("[data-discrepancy-item]");
}

/** Through the home page's search: the list is paged, and later tests add many comparisons. */
export async function openDemo(page: Page): Promise<void> {
  await page.goto(`/?q=${encodeURIComponent(DEMO_TITLE)}`);
  await page.getByRole("link", { name: DEMO_TITLE, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_TITLE })).toBeVisible();
}

/** Fails with the rule ids, impacts and first offending elements, so the log says what to fix. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  expect(serious, `axe found serious or critical violations on ${page.url()}`).toEqual([]);
}

/** Scrolls the text to its end until every row is loaded (the page loads rows as the reader nears them). */
export async function loadAllRows(page: Page): Promise<void> {
  const pending = page.getByRole("status").filter({ hasText: /more load as you scroll|Loading more of the text/ });
  for (let i = 0; i < 60 && (await pending.count()); i++) {
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(150);
  }
  await expect(pending).toHaveCount(0);
}
