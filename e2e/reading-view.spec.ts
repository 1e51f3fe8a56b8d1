import { expect, test, type Page } from "@playwright/test";
import { differenceItems, expectNoSeriousA11yViolations, loadAllRows, openDemo } from "./helpers";

/** The demo's page URL, without a query. */
async function demoUrl(page: Page): Promise<string> {
  await openDemo(page);
  return page.url().split("?")[0];
}

/** A word without the punctuation and quotation marks around it. */
const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

/** Text length of the matched elements, summed in the page. */
function textLength(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluateAll((nodes) => nodes.reduce((n, el) => n + (el.textContent ?? "").length, 0));
}

test.use({ viewport: { width: 1440, height: 900 } });

test("the first screen shows the story's text, marks only on conflicting words, conflicts listed first", async ({ page }) => {
  const url = await demoUrl(page);

  // At least three paragraphs of text on the first screen at 1440 × 900, as the page opens.
  const onScreen = await page.locator("[data-paragraph]").evaluateAll((nodes) =>
    nodes.filter((p) => {
      const box = p.getBoundingClientRect();
      return (p.textContent ?? "").trim().length > 40 && box.top < window.innerHeight && box.bottom > 0;
    }).length,
  );
  expect(onScreen, "paragraphs of text visible at 1440×900").toBeGreaterThanOrEqual(3);

  // A skip link takes keyboard users past the text to the differences.
  const skip = page.getByRole("link", { name: "Skip to the differences" });
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("#differences")).toBeFocused();

  // Every version side by side, so the measure covers the whole article text.
  await page.goto(`${url}?show=s1,s2,s3,s4,s5`);
  await expect(page.locator("th[scope=col]").filter({ hasText: "tass.txt" })).toHaveCount(1);

  // Substantive marks cover at most a tenth of the text, and marks never sit inside marks.
  await loadAllRows(page);
  const marked = await textLength(page, 'mark[data-severity="substantive"]:not([data-gap])');
  const text = await textLength(page, "[data-paragraph]");
  console.log(`substantive marks: ${marked} of ${text} characters (${((100 * marked) / text).toFixed(1)} %)`);
  expect(marked / text).toBeLessThanOrEqual(0.1);
  await expect(page.locator("mark mark")).toHaveCount(0);
  await expect(page.locator('mark[data-severity="cosmetic"]')).toHaveCount(0);

  // Conflicts first: the first group is a kind of fact, the omissions come last and collapsed.
  const groups = page.locator("[data-group]");
  await expect(groups.first()).not.toHaveAttribute("data-group", "omissions");
  const omissions = page.locator('details[data-group="omissions"]');
  if (await omissions.count()) {
    await expect(groups.last()).toHaveAttribute("data-group", "omissions");
    await expect(omissions).not.toHaveAttribute("open", "");
  }
  // Each fact item names every version's reading with the versions that give it.
  const first = differenceItems(page).first();
  await expect(first.locator("[data-reading]").first()).toContainText(/ — .*\.txt/);
  // Summaries are never cut inside a word: the words either side of an ellipsis are whole words
  // of the story.
  const storyWords = new Set((await page.locator("[data-paragraph]").allTextContents()).join(" ").split(/\s+/).map(bare));
  for (const headline of await differenceItems(page).locator("button > span.block").allTextContents()) {
    for (const [, before, after] of headline.matchAll(/(\S+) … (\S+)/g)) {
      expect(storyWords.has(bare(before)) && storyWords.has(bare(after)), `"${before} … ${after}" in "${headline}"`).toBe(true);
    }
  }
});

test("a permalink selects its difference; filters and hide-agreeing live in the URL", async ({ page }) => {
  const url = await demoUrl(page);
  const third = differenceItems(page).nth(2);
  const key = (await third.getAttribute("data-key"))!;
  const id = (await third.getAttribute("data-discrepancy-item"))!;

  await page.goto(`${url}?d=${encodeURIComponent(key)}`);
  const selected = page.locator('[data-discrepancy-item][aria-current="true"]');
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveAttribute("data-key", key);
  // A difference can be stated in several rows (each version says it where it says it): the view
  // brings one of its marks to the middle of the screen.
  const inView = () =>
    page.locator(`[data-discrepancy="${id}"]`).evaluateAll((marks) => marks.filter((m) => {
      const box = m.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight && box.width > 0;
    }).length);
  await expect.poll(inView).toBeGreaterThan(0);

  // Previous / next walk the list in its order and say where they are.
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.locator("[data-difference-position]")).toHaveText(/^4 of \d+$/);
  await expect(page).not.toHaveURL(new RegExp(`d=${encodeURIComponent(key)}`));

  // A filter goes into the URL and comes back with it.
  await page.getByRole("group", { name: "Severity" }).getByRole("button", { name: /^Minor/ }).click();
  await expect(page).toHaveURL(/sev=substantive(&|$)/);
  await expect(page.locator('[data-discrepancy-item]:not([data-severity="substantive"])')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("group", { name: "Severity" }).getByRole("button", { name: /^Minor/ })).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator('[data-discrepancy-item]:not([data-severity="substantive"])')).toHaveCount(0);

  // Hide agreeing passages: fewer rows, and every row left shows a difference.
  await page.goto(`${url}?sev=substantive`);
  await loadAllRows(page);
  const rows = page.locator("tr[data-row-index]");
  const before = await rows.count();
  await page.getByRole("button", { name: "Hide agreeing passages" }).click();
  await expect(page).toHaveURL(/hide=1/);
  await expect.poll(() => rows.count()).toBeLessThan(before);
  const withoutDifference = await rows.evaluateAll(
    (trs) => trs.filter((tr) => !tr.querySelector("mark[data-discrepancy], [data-absent-cell], [data-only-some]")).length,
  );
  expect(withoutDifference).toBe(0);
});

test("the heat map shades the primary's text and a click shows every version's reading", async ({ page }) => {
  await demoUrl(page);
  await page.getByRole("button", { name: "Heat map" }).click();
  await expect(page).toHaveURL(/view=heat/);
  const map = page.locator("[data-heat-map]");
  await expect(map).toBeVisible();
  // One text only: the primary's.
  await expect(page.locator("[data-paragraph]").first()).toHaveAttribute("data-paragraph", /^s1-p/);
  await loadAllRows(page);
  const shaded = map.locator("mark[data-heat]");
  expect(await shaded.count()).toBeGreaterThan(0);
  await shaded.first().click();
  const readings = page.getByRole("region", { name: "Every version's reading of this passage" });
  await expect(readings).toBeVisible();
  await expect(readings.locator("[data-reading]").first()).toContainText(".txt");
  await expect(page.locator('[data-discrepancy-item][aria-current="true"]')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
});

test("on a phone the versions are read one at a time", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await demoUrl(page);
  const picker = page.getByLabel(/Reading version 1 of 5/);
  await expect(picker).toBeVisible();
  const columns = () => page.locator("td[data-source]").evaluateAll((tds) => [...new Set(tds.map((td) => td.getAttribute("data-source")))]);
  await expect.poll(columns).toEqual(["s1"]);
  await picker.selectOption({ label: "tass.txt" });
  await expect.poll(columns).toEqual(["s5"]);
  await expect(page.locator("[data-paragraph^='s5-p']").first()).toBeVisible();
  await expect(page).toHaveURL(/read=s5/);
  // Nothing runs off the side of the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await expectNoSeriousA11yViolations(page);
});

test("the versions shown are chosen, the facts matrix has a row per fact, and marks show a focus ring", async ({ page }) => {
  const url = await demoUrl(page);
  await page.getByText(/^Versions shown: 4 of 5/).click();
  await page.getByRole("checkbox", { name: /business-standard\.txt/ }).uncheck();
  await expect(page).toHaveURL(/show=s1%2Cs3%2Cs4(&|$)/);
  await expect(page.locator("th[scope=col]").filter({ hasText: "business-standard.txt" })).toHaveCount(0);
  await page.keyboard.press("Escape");

  // Keyboard focus on a mark draws a ring.
  const mark = page.locator("mark[data-discrepancy]:not([data-gap])").first();
  await mark.focus();
  const outline = await mark.evaluate((el) => getComputedStyle(el).outlineWidth);
  expect(parseFloat(outline)).toBeGreaterThanOrEqual(2);

  await page.goto(`${url}?view=matrix&show=s1,s2,s3,s4,s5`);
  const facts = page.locator("tr[data-fact]");
  expect(await facts.count()).toBeGreaterThan(0);
  // Facts first, gravest first.
  await expect(facts.first()).toHaveAttribute("data-severity", "substantive");
  const fact = facts.first();
  await expect(fact.locator("td")).toHaveCount(5);
  await expect(fact.getByRole("button", { name: "Confirm", exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a long comparison ships its first rows and loads the rest as the reader scrolls", async ({ page, request }) => {
  test.setTimeout(120_000);
  const topics = ["embassy staff", "direct flights", "diplomatic property", "visa rules", "bank accounts", "consular work"];
  const story = Array.from(
    { length: 90 },
    (_, i) => `Point ${i + 1}: the delegations discussed ${topics[i % topics.length]} for the ${i + 1}th time, and agreed on step ${i + 1} of the plan.`,
  );
  const changed = story.map((p, i) => (i === 79 ? p.replace("agreed on", "disagreed on") : p));
  const created = await request.post("/api/comparisons", {
    data: { title: "A long story", sources: [{ name: "wire.txt", text: story.join("\n\n") }, { name: "copy.txt", text: changed.join("\n\n") }] },
  });
  expect(created.status()).toBe(201);
  const { id, url } = (await created.json()) as { id: string; url: string };

  // The first HTML holds the first screen's rows, not the whole story.
  const html = await (await request.get(url)).text();
  expect(html).toContain(story[0]);
  expect(html).not.toContain(story[89]);

  // The rows API pages the text; bad ranges get a sentence.
  const bad = await request.get(`/api/comparisons/${id}/rows?from=5&to=2`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toBe("to must be greater than from.");
  const rows = await request.get(`/api/comparisons/${id}/rows?from=0&to=5&sources=s2`);
  const page0 = (await rows.json()) as { rows: unknown[]; paragraphs: Record<string, string> };
  expect(page0.rows).toHaveLength(5);
  expect(Object.keys(page0.paragraphs).every((p) => p.startsWith("s2-"))).toBe(true);

  // Scrolling loads the rest through that API.
  await page.goto(url);
  const fetched = page.waitForResponse((r) => r.url().includes(`/api/comparisons/${id}/rows?`));
  await loadAllRows(page);
  expect((await fetched).status()).toBe(200);
  await expect(page.locator("[data-paragraph]").filter({ hasText: story[89] }).first()).toBeVisible();

  // A permalink far down the story opens there, with its difference selected.
  const { report } = (await (await request.get(`/api/comparisons/${id}`)).json()) as {
    report: { rows: Array<{ id: string }>; discrepancies: Array<{ id: string; key: string; row: string }> };
  };
  const rowIndex = new Map(report.rows.map((r, i) => [r.id, i]));
  const far = report.discrepancies.find((d) => (rowIndex.get(d.row) ?? 0) > 60)!;
  expect(far, "a difference far down the story").toBeTruthy();
  await page.goto(`${url}?d=${encodeURIComponent(far.key)}`);
  await expect(page.locator('[data-discrepancy-item][aria-current="true"]')).toHaveAttribute("data-key", far.key);
  await expect(page.locator(`[data-discrepancy="${far.id}"]`).first()).toBeInViewport();
  await expect(page.getByRole("button", { name: /^Show earlier passages/ })).toBeVisible();
});

test("a dismissed difference loses its marks, and gets them back when reopened", async ({ page }) => {
  await demoUrl(page);
  await expect(page.locator("[data-review-ready]")).toBeVisible();
  // The first listed difference that is marked in the text (its passage loads when it is chosen).
  const first = differenceItems(page).filter({ has: page.getByRole("button", { name: "Dismiss", exact: true }) }).first();
  const id = (await first.getAttribute("data-discrepancy-item"))!;
  const item = page.locator(`[data-discrepancy-item="${id}"]`);
  await item.locator("button").first().click();
  const marks = page.locator(`mark[data-discrepancy="${id}"]`);
  await expect(marks.first()).toBeVisible();
  await item.getByRole("button", { name: "Dismiss", exact: true }).click();
  await expect(marks).toHaveCount(0);
  await item.getByRole("button", { name: "Reopen" }).click();
  await expect(marks.first()).toBeVisible();
});
