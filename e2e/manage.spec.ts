import { expect, test } from "@playwright/test";
import { adminApi, anonymousApi, createAccount, signIn, tokenFor } from "./account-helpers";

// An editor finds, renames and deletes comparisons from the home page; a viewer can only look.
test.use({ extraHTTPHeaders: {} });

test("search finds comparisons by title, source name and text; an editor renames and deletes; a viewer cannot", async ({ page, baseURL, browser }) => {
  const run = `r${Date.now().toString(36)}`; // a word no other comparison contains
  const admin = await adminApi(baseURL!);
  const editor = await createAccount(admin, "editor", "Edna Editor");
  const viewer = await createAccount(admin, "viewer", "Vic Viewer");
  const asEditor = await anonymousApi(baseURL!, { Authorization: `Bearer ${await tokenFor(baseURL!, editor)}` });
  const post = async (title: string, sources: Array<{ name: string; text: string }>) => {
    const res = await asEditor.post("/api/comparisons", { data: { title, sources } });
    expect(res.status(), await res.text()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const harbour = await post(`Harbour strike ${run}`, [
    { name: `quayside-${run}.txt`, text: "Dockers walked out at dawn, the union said." },
    { name: "wire.txt", text: "Dockers walked out at noon, the union said." },
  ]);
  await post(`Council budget ${run}`, [
    { name: "paper.txt", text: `The council approved the ${run}zeta levy on Tuesday.` },
    { name: "wire.txt", text: `The council approved the ${run}zeta levy on Wednesday.` },
  ]);

  await signIn(page, editor);
  const search = async (q: string) => {
    await page.getByRole("searchbox", { name: "Search titles, source names and text" }).fill(q);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(q).replace(/%20/g, "\\+")}$`));
  };
  const rows = page.getByRole("list", { name: "Saved comparisons" }).getByRole("listitem");

  await search(`harbour ${run}`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`Harbour strike ${run}`);
  await expect(rows.first()).toContainText("created by Edna Editor");
  await expect(page.locator("[data-search-summary]")).toContainText(`1 comparison match “harbour ${run}”.`);

  await search(`quayside-${run}`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`Harbour strike ${run}`);

  await search(`${run}zeta`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`Council budget ${run}`);
  await expect(rows.first().locator("[data-search-excerpt] mark").first()).toHaveText(`${run}zeta`);

  await search(run);
  await expect(rows).toHaveCount(2);

  // Rename: the new title is shown and searchable at once.
  await rows.filter({ hasText: "Harbour strike" }).getByRole("button", { name: `Rename “Harbour strike ${run}”` }).click();
  const renameDialog = page.getByRole("dialog", { name: "Rename the comparison" });
  await renameDialog.getByLabel("Title").fill(`Port walkout ${run}`);
  await renameDialog.getByRole("button", { name: "Save title" }).click();
  await expect(renameDialog).toHaveCount(0);
  await search(`walkout ${run}`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`Port walkout ${run}`);

  // Delete asks first; keeping it changes nothing; confirming removes it for everyone.
  await rows.first().getByRole("button", { name: `Delete “Port walkout ${run}”` }).click();
  const deleteDialog = page.getByRole("dialog", { name: "Delete the comparison?" });
  await expect(deleteDialog).toContainText("every review and review history on it");
  await deleteDialog.getByRole("button", { name: "Keep it" }).click();
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole("button", { name: `Delete “Port walkout ${run}”` }).click();
  await deleteDialog.getByRole("button", { name: "Delete for everyone" }).click();
  await expect(page.getByText(`No comparison matches “walkout ${run}”.`)).toBeVisible();
  expect((await admin.get(`/api/comparisons/${harbour}`)).status()).toBe(404);

  // A viewer sees the list without the controls, and the server refuses them anyway.
  const viewerContext = await browser.newContext({ extraHTTPHeaders: {} });
  const viewerPage = await viewerContext.newPage();
  await signIn(viewerPage, viewer, `/?q=${run}`);
  await expect(viewerPage.getByRole("list", { name: "Saved comparisons" }).getByRole("listitem")).toHaveCount(1);
  await expect(viewerPage.getByRole("button", { name: /^Rename|^Delete/ })).toHaveCount(0);
  const asViewer = await anonymousApi(baseURL!, { Authorization: `Bearer ${await tokenFor(baseURL!, viewer)}` });
  const [council] = (await (await asViewer.get(`/api/comparisons?q=${run}`)).json()) as Array<{ id: string }>;
  expect((await asViewer.patch(`/api/comparisons/${council.id}`, { data: { title: "x" } })).status()).toBe(403);
  expect((await asViewer.delete(`/api/comparisons/${council.id}`)).status()).toBe(403);
  expect((await asEditor.patch(`/api/comparisons/${council.id}`, { data: { title: "  " } })).status()).toBe(400);

  await viewerContext.close();
  for (const client of [admin, asEditor, asViewer]) await client.dispose();
});
