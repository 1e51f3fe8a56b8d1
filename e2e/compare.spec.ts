import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import {
  alignmentTable,
  differenceItems,
  expectNoSeriousA11yViolations,
  FIXTURE_FILES,
  fixturePaths,
  loadAllRows,
  openDemo,
} from "./helpers";

const SCREENSHOT = path.join("test-results", "artifacts", "comparison.png");
/**
 * The department Darchiyev heads: "North Atlantic" in some copies, "North America" in others. The
 * engine may mark the whole name or just the word that differs, so the marks are matched on that word.
 */
const DEPARTMENT = /(North )?(Atlantic|America)/;

/** Uploads the five fixtures through the file picker and submits; resolves on the comparison page. */
async function uploadFixtures(page: Page, title: string): Promise<number> {
  await page.goto("/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Choose files").setInputFiles(fixturePaths());
  const chosen = page.getByRole("list", { name: "Chosen files" });
  for (const name of FIXTURE_FILES) await expect(chosen).toContainText(name);

  const started = Date.now();
  await page.getByRole("button", { name: "Compare 5 sources" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Comparing 5 sources" })).toBeVisible();
  await page.waitForURL(/\/comparisons\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(alignmentTable(page).locator("mark").first()).toBeVisible();
  return Date.now() - started;
}

test("uploading the five fixtures leads to a comparison an editor can work through", async ({ page }, testInfo) => {
  const elapsed = await uploadFixtures(page, "Istanbul talks (upload)");
  console.log(`submit → rendered comparison: ${elapsed} ms for ${FIXTURE_FILES.length} sources`);

  const table = alignmentTable(page);
  // The primary and the next ones that fit side by side at this width; the chooser offers the others.
  for (const name of FIXTURE_FILES.slice(0, 3)) await expect(page.getByRole("columnheader").filter({ hasText: name })).toHaveCount(1);
  await expect(page.getByText(/^Versions shown: [34] of 5/)).toBeVisible();
  // The first screen's rows come with the page; the rest load as the reader scrolls.
  await loadAllRows(page);

  // The department conflict: ap-marketbeat.txt (1st column) says "North Atlantic", business-standard.txt
  // (2nd) "North America". Both are marked substantive, as one discrepancy, in the row naming the department.
  const departmentRow = table.locator("tbody tr").filter({ hasText: "head of the North America department" });
  await expect(departmentRow).toHaveCount(1);
  await expect(departmentRow).toContainText("head of the North Atlantic department");
  const departmentId = await departmentRow
    .locator('td[data-source="s1"] mark[data-severity="substantive"]')
    .evaluateAll((marks) => {
      const onDepartment = marks.filter((m) => /Atlantic/.test(m.textContent ?? ""));
      // The innermost mark: nesting puts wider discrepancies around it.
      onDepartment.sort((a, b) => (a.textContent ?? "").length - (b.textContent ?? "").length);
      return onDepartment[0]?.getAttribute("data-discrepancy") ?? null;
    });
  expect(departmentId, "a substantive mark on the department in ap-marketbeat.txt").toBeTruthy();
  const conflict = departmentRow.locator(`mark[data-discrepancy="${departmentId}"]`);
  await expect(departmentRow.locator(`td[data-source="s1"] mark[data-discrepancy="${departmentId}"]`).first()).toContainText(DEPARTMENT);
  await expect(departmentRow.locator(`td[data-source="s2"] mark[data-discrepancy="${departmentId}"]`).first()).toContainText(DEPARTMENT);
  await expect(departmentRow.locator(`td[data-source="s2"] mark[data-discrepancy="${departmentId}"]`).first()).toContainText("America");

  // Hover shows every source's wording for that spot.
  await conflict.first().hover();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText("business-standard.txt");
  await expect(tooltip).toContainText("Atlantic");
  await expect(tooltip).toContainText("America");
  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();

  // Cosmetic differences are hidden until asked for, and go away again.
  const cosmetic = table.locator('mark[data-severity="cosmetic"]');
  const toggle = page.getByRole("button", { name: "Show cosmetic differences" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(cosmetic).toHaveCount(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(cosmetic.first()).toBeVisible();
  await toggle.click();
  await expect(cosmetic).toHaveCount(0);

  // Filtering by severity: only substantive items remain once "Minor" is switched off.
  const items = differenceItems(page);
  const before = await items.count();
  await page.getByRole("group", { name: "Severity" }).getByRole("button", { name: /^Minor/ }).click();
  await expect(page.locator('[data-discrepancy-item]:not([data-severity="substantive"])')).toHaveCount(0);
  const after = await items.count();
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);

  // j / k walk the list: each press selects another item and brings its passage into view.
  const selected = page.locator("[data-discrepancy-item][aria-current=true]");
  await page.keyboard.press("j");
  await expect(selected).toHaveCount(1);
  const first = await selected.getAttribute("data-discrepancy-item");
  expect(first).toBe(await items.first().getAttribute("data-discrepancy-item"));
  await page.keyboard.press("j");
  await expect(selected).not.toHaveAttribute("data-discrepancy-item", first!);
  const passage = (await selected.innerText()).match(/passage (\d+)/)?.[1];
  await expect(page.locator(`#row-${passage}`)).toBeInViewport();
  await page.keyboard.press("k");
  await expect(selected).toHaveAttribute("data-discrepancy-item", first!);

  // "?" lists the shortcuts.
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Next difference");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  // The screenshot shows the department conflict selected, with every source's wording beside it.
  await conflict.first().scrollIntoViewIfNeeded();
  await conflict.first().click();
  await expect(tooltip).toBeVisible();
  fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  await testInfo.attach("comparison", { path: SCREENSHOT, contentType: "image/png" });

  // The facts matrix puts the department's two readings side by side, one column per version.
  await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Facts" }).click();
  const departmentFact = page.locator(`tr[data-fact="${departmentId}"]`);
  await expect(departmentFact.locator("th")).toContainText("Substantive");
  await expect(departmentFact.locator("td").nth(0)).toContainText("Atlantic");
  await expect(departmentFact.locator("td").nth(1)).toContainText("America");
});

test("a file the server can't read is named next to that file, and nothing typed is lost", async ({ page }, testInfo) => {
  // Binary bytes under a .txt name: only the server's decoder can tell, so this exercises the API's error.
  const binary = testInfo.outputPath("moscow-times.txt");
  fs.writeFileSync(binary, Buffer.from([0x00, 0x01, 0x02, 0x00, 0x9f, 0x00, 0x00, 0x10, 0x00, 0x03]));
  await page.goto("/new");
  await page.getByLabel("Title").fill("Keeps this title");
  await page.getByLabel("Choose files").setInputFiles([fixturePaths()[0], binary]);
  const text = page.getByLabel("Text", { exact: true }).first();
  await page.getByLabel("Source name").first().fill("Reuters");
  await text.fill("Russian and U.S. diplomats met in Istanbul on Thursday.");
  await page.getByRole("button", { name: "Compare 3 sources" }).click();

  const row = page.getByRole("list", { name: "Chosen files" }).getByRole("listitem").filter({ hasText: "moscow-times.txt" });
  await expect(row).toContainText(/moscow-times\.txt looks like a binary file/);
  await expect(page).toHaveURL(/\/new$/);
  await expect(page.getByLabel("Title")).toHaveValue("Keeps this title");
  await expect(text).toHaveValue("Russian and U.S. diplomats met in Istanbul on Thursday.");
});

test("two pasted versions are compared under the names typed for them", async ({ page }) => {
  await page.goto("/new");
  const names = page.getByLabel("Source name");
  const texts = page.getByLabel("Text", { exact: true });
  await names.nth(0).fill("Wire A");
  await texts.nth(0).fill("The talks in Istanbul lasted six hours, officials said on Thursday.");
  await names.nth(1).fill("Wire B");
  await texts.nth(1).fill("The talks in Istanbul lasted four hours, officials said on Thursday.");
  await page.getByRole("button", { name: "Compare 2 sources" }).click();
  await page.waitForURL(/\/comparisons\/[^/]+$/);
  for (const name of ["Wire A", "Wire B"]) await expect(page.getByRole("columnheader").filter({ hasText: name })).toHaveCount(1);
  await expect(alignmentTable(page).locator('mark[data-severity="substantive"]').first()).toBeVisible();
});

test("an empty pasted box is named before anything is sent", async ({ page }) => {
  await page.goto("/new");
  await page.getByLabel("Source name").first().fill("Reuters");
  await page.getByLabel("Choose files").setInputFiles(fixturePaths().slice(0, 1));
  await page.getByRole("button", { name: "Compare 2 sources" }).click();
  await expect(page.getByText("Reuters is empty.")).toBeVisible();
  await expect(page.getByLabel("Text", { exact: true }).first()).toHaveAttribute("aria-invalid", "true");
});

test("choosing another primary source and putting a removed block back re-run the comparison", async ({ page, request }) => {
  const read = (i: number) => fs.readFileSync(fixturePaths()[i], "utf8");
  const created = await request.post("/api/comparisons", {
    data: { title: "Rerun check", sources: [{ name: FIXTURE_FILES[0], text: read(0) }, { name: FIXTURE_FILES[4], text: read(4) }] },
  });
  expect(created.status()).toBe(201);
  await page.goto((await created.json()).url);

  const primaryBadge = page.getByRole("columnheader").filter({ hasText: "Primary" });
  await expect(primaryBadge).toContainText(FIXTURE_FILES[0]);
  await page.getByLabel("Primary source").selectOption({ label: FIXTURE_FILES[4] });
  await expect(primaryBadge).toContainText(FIXTURE_FILES[4]);
  await expect(page.getByLabel("Primary source")).toBeEnabled();

  // The AP page's clutter (captions, offers) sits in its column's "Removed from this source".
  const removed = alignmentTable(page).locator("details").filter({ hasText: "Removed from this source" }).first();
  const summary = removed.locator("summary");
  const countBefore = Number((await summary.innerText()).match(/\d+/)?.[0]);
  expect(countBefore).toBeGreaterThan(0);
  await summary.click();
  await removed.getByRole("button", { name: /^Put back/ }).first().click();
  await expect(summary).toContainText(`${countBefore - 1} block`);
  // The primary chosen before is kept when a block is put back.
  await expect(primaryBadge).toContainText(FIXTURE_FILES[4]);
});

test("the JSON API creates, returns and refuses comparisons", async ({ request }) => {
  const created = await request.post("/api/comparisons", {
    data: {
      title: "Two wires",
      sources: [
        { name: "wire-a", text: "The talks in Istanbul lasted six hours, officials said on Thursday." },
        { name: "wire-b", text: "The talks in Istanbul lasted four hours, officials said on Thursday." },
      ],
    },
  });
  expect(created.status()).toBe(201);
  const { id, url } = (await created.json()) as { id: string; url: string };
  expect(url).toBe(`/comparisons/${id}`);

  const fetched = await request.get(`/api/comparisons/${id}`);
  expect(fetched.status()).toBe(200);
  const body = await fetched.json();
  expect(body.comparison.title).toBe("Two wires");
  expect(body.report.sources.map((s: { name: string }) => s.name)).toEqual(["wire-a", "wire-b"]);
  expect(Array.isArray(body.reviews)).toBe(true);

  const refused = await request.post("/api/comparisons", { data: { sources: [{ name: "alone", text: "Only one." }] } });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error).toBe("A comparison needs at least 2 sources; got 1.");

  const blank = await request.post("/api/comparisons", {
    data: { sources: [{ name: "a", text: "Some text." }, { name: "moscow-times.txt", text: "   " }] },
  });
  expect(blank.status()).toBe(400);
  expect(await blank.json()).toEqual({ error: "moscow-times.txt is empty.", source: "moscow-times.txt" });
});

test("home, new-comparison and comparison pages have no serious accessibility violations", async ({ page }) => {
  await page.goto("/");
  await expectNoSeriousA11yViolations(page);
  await page.goto("/new");
  await expectNoSeriousA11yViolations(page);
  await openDemo(page);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Facts" }).click();
  await expect(page.locator("table[data-facts-matrix]")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
