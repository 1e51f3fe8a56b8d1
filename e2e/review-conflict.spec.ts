import { expect, test, type Browser, type Page } from "@playwright/test";
import { adminApi, createAccount, signIn, type Account } from "./account-helpers";

// Two fact-checkers, each signed in in a browser of their own, on one discrepancy.
test.use({ extraHTTPHeaders: {} });

const SOURCES = [
  { name: "wire.txt", text: "The talks in Istanbul lasted six hours on Thursday, officials said." },
  { name: "paper.txt", text: "The talks in Istanbul lasted seven hours on Thursday, officials said." },
];

async function openAs(browser: Browser, account: Account, path: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: {} });
  const page = await context.newPage();
  await signIn(page, account, path);
  await expect(page.locator("[data-review-ready]")).toBeVisible();
  return page;
}

test("a second reviewer saving on an old version sees who changed it, both notes, and merges; history shows both", async ({ browser, baseURL }) => {
  const admin = await adminApi(baseURL!);
  const ana = await createAccount(admin, "reviewer", "Ana Checker");
  const bo = await createAccount(admin, "reviewer", "Bo Checker");
  const created = await admin.post("/api/comparisons", { data: { title: "Conflict test", sources: SOURCES } });
  const { id } = (await created.json()) as { id: string };
  const path = `/comparisons/${id}`;

  // Both open the page before either saves.
  const anaPage = await openAs(browser, ana, path);
  const boPage = await openAs(browser, bo, path);
  const item = (page: Page) => page.locator("[data-discrepancy-item]").first();
  await expect(anaPage.locator("[data-reviewing-as]")).toHaveText("Reviewing as Ana Checker");

  await item(anaPage).getByRole("button", { name: "Confirm", exact: true }).click();
  await item(anaPage).getByRole("button", { name: "Add note" }).click();
  await item(anaPage).getByRole("textbox").fill("Six, per the ministry transcript.");
  await item(anaPage).getByRole("textbox").blur();
  await expect(item(anaPage).locator("[data-review-controls]")).toHaveAttribute("data-save-state", "saved");

  // Bo's page still holds the version from before Ana's save.
  await item(boPage).getByRole("button", { name: "Dismiss", exact: true }).click();
  const conflict = item(boPage).locator("[data-review-conflict]");
  await expect(conflict).toContainText(/Changed by Ana Checker at \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC while you were editing/);
  await expect(conflict.locator("[data-conflict-theirs]")).toContainText("Theirs: Confirmed");
  await expect(conflict.locator("[data-conflict-theirs]")).toContainText("Six, per the ministry transcript.");
  await expect(conflict.locator("[data-conflict-mine]")).toContainText("Yours: Dismissed");
  await expect(item(boPage).locator("[data-review-controls]")).toHaveAttribute("data-save-state", "conflict");

  await conflict.getByRole("button", { name: "Merge the notes" }).click();
  const merged = conflict.getByLabel("Merged note (saved with your status)");
  await expect(merged).toHaveValue("Six, per the ministry transcript.");
  await merged.fill("Six, per the ministry transcript. Wire copy agrees; paper corrected later.");
  await conflict.getByRole("button", { name: "Save merged note" }).click();
  await expect(item(boPage).locator("[data-review-controls]")).toHaveAttribute("data-save-state", "saved");
  await expect(item(boPage).locator("[data-review-conflict]")).toHaveCount(0);

  // The history beside the discrepancy: both changes, newest first, with the notes before and after.
  await item(boPage).locator("[data-review-signature]").click();
  const history = item(boPage).getByRole("list", { name: "Review history" });
  // Ana saved twice (the status, then her note), Bo once on top.
  const changes = history.getByRole("listitem");
  await expect(changes).toHaveCount(3);
  await expect(changes.nth(0)).toContainText("Bo Checker");
  await expect(changes.nth(0)).toContainText("Confirmed → Dismissed");
  await expect(changes.nth(0)).toContainText("Note after: Six, per the ministry transcript. Wire copy agrees");
  await expect(changes.nth(1)).toContainText("Ana Checker");
  await expect(changes.nth(1)).toContainText("Note before: none");
  await expect(changes.nth(2)).toContainText("Ana Checker");
  await expect(changes.nth(2)).toContainText("Open → Confirmed");

  // What the server kept: Bo's merged review on top of Ana's, signed by Bo.
  const { reviews } = (await (await admin.get(`/api/comparisons/${id}`)).json()) as { reviews: Array<{ status: string; note: string; reviewer: string; version: number }> };
  expect(reviews).toEqual([expect.objectContaining({ status: "dismissed", reviewer: "Bo Checker", version: 3, note: expect.stringContaining("Wire copy agrees") })]);
  const csv = await (await admin.get(`/api/comparisons/${id}/export?format=csv`)).text();
  expect(csv).toMatch(/Bo Checker,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);

  await anaPage.context().close();
  await boPage.context().close();
  await admin.dispose();
});
