import { expect, test, type APIRequestContext } from "@playwright/test";
import { adminApi, anonymousApi, createAccount, signIn, tokenFor, type Account } from "./account-helpers";
import { DEMO_TITLE } from "./helpers";

// These tests are about who is asking: no bootstrap token rides along here.
test.use({ extraHTTPHeaders: {} });

let admin: APIRequestContext;
let demoId = "";
/** A comparison of this spec's own, so its reviews touch nobody else's (the demo's are e2e/review.spec.ts's). */
let ownId = "";
let ownKey = "";

test.beforeAll(async ({ baseURL }) => {
  admin = await adminApi(baseURL!);
  // With no account at all the server would offer the first-start form (e2e/first-start.spec.ts) instead.
  await createAccount(admin, "viewer");
  const list = (await (await admin.get("/api/comparisons")).json()) as Array<{ id: string; title: string }>;
  demoId = list.find((c) => c.title === DEMO_TITLE)!.id;
  const created = await admin.post("/api/comparisons", { data: { title: "Roles test", sources: SOURCES } });
  ownId = ((await created.json()) as { id: string }).id;
  const { report } = (await (await admin.get(`/api/comparisons/${ownId}`)).json()) as { report: { discrepancies: Array<{ key: string }> } };
  ownKey = report.discrepancies[0].key;
});

test.afterAll(async () => admin.dispose());

const SOURCES = [
  { name: "one.txt", text: "The talks lasted six hours on Thursday, officials said." },
  { name: "two.txt", text: "The talks lasted seven hours on Thursday, officials said." },
];

test("anonymous people are sent to sign in; anonymous scripts get 401 with a sentence", async ({ page, baseURL }) => {
  await page.goto(`/comparisons/${demoId}`);
  await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=%2Fcomparisons%2F${demoId}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  const api = await anonymousApi(baseURL!);
  for (const res of [await api.get("/api/comparisons"), await api.post("/api/comparisons", { data: {} }), await api.get("/api/users")]) {
    expect(res.status()).toBe(401);
    expect(((await res.json()) as { error: string }).error).toMatch(/^Sign in first/);
  }
  const forged = await anonymousApi(baseURL!, { Authorization: "Bearer plx_not-a-real-token" });
  expect((await forged.get("/api/comparisons")).status()).toBe(401);
  await api.dispose();
  await forged.dispose();
});

test("a wrong password is said plainly; the right one opens the page asked for", async ({ page }) => {
  const viewer = await createAccount(admin, "viewer");
  await page.goto(`/comparisons/${demoId}`);
  await page.getByLabel("Email").fill(viewer.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email or password is wrong.")).toBeVisible();
  await page.getByLabel("Password").fill(viewer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_TITLE })).toBeVisible();
  await expect(page.locator("[data-signed-in-as]")).toContainText(`${viewer.name} (viewer)`);

  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith("parallax.session_token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in\?next=%2F$/);
});

test("each role can do what it should and is refused the rest, on the server", async ({ page, baseURL }) => {
  const accounts: Record<string, Account> = {};
  for (const role of ["viewer", "reviewer", "editor", "admin"] as const) accounts[role] = await createAccount(admin, role);
  const as = async (role: string) => anonymousApi(baseURL!, { Authorization: `Bearer ${await tokenFor(baseURL!, accounts[role])}` });
  const review = { status: "confirmed", note: "checked by role test", version: 0 };
  const sources = SOURCES;
  const reviewUrl = `/api/comparisons/${ownId}/discrepancies/${encodeURIComponent(ownKey)}/review`;

  const viewer = await as("viewer");
  expect((await viewer.get("/api/comparisons")).status()).toBe(200);
  expect((await viewer.get(`/api/comparisons/${demoId}/export?format=csv`)).status()).toBe(200);
  const viewerReview = await viewer.put(reviewUrl, { data: review });
  expect(viewerReview.status()).toBe(403);
  expect(((await viewerReview.json()) as { error: string }).error).toBe(
    "Your role (viewer) cannot do this; it needs the reviewer role, which can confirm, dismiss and annotate differences.",
  );

  const reviewer = await as("reviewer");
  const reviewed = await reviewer.put(reviewUrl, { data: review });
  expect(reviewed.status()).toBe(200);
  expect(await reviewed.json()).toMatchObject({ reviewer: accounts.reviewer.name, version: 1 });
  expect((await reviewer.post("/api/comparisons", { data: { sources } })).status()).toBe(403);
  expect((await reviewer.post(`/api/comparisons/${ownId}/rerun`, { data: {} })).status()).toBe(403);

  const editor = await as("editor");
  const created = await editor.post("/api/comparisons", { data: { title: "Made by the editor", sources } });
  expect(created.status()).toBe(201);
  expect((await editor.post(`/api/comparisons/${ownId}/rerun`, { data: {} })).status()).toBe(200);
  expect((await editor.post("/api/users", { data: { email: "x@newsroom.test", name: "X", role: "viewer", password: "long enough" } })).status()).toBe(403);

  const adminByToken = await as("admin");
  const added = await adminByToken.post("/api/users", { data: { email: `added-${Date.now()}@newsroom.test`, name: "Added", role: "viewer", password: "long enough" } });
  expect(added.status()).toBe(201);
  for (const client of [viewer, reviewer, editor, adminByToken]) await client.dispose();

  // Pages follow the same rules: a viewer sees no "New comparison" and /new says why it is closed.
  await signIn(page, accounts.viewer);
  await expect(page.getByRole("link", { name: "New comparison" })).toHaveCount(0);
  await page.goto("/new");
  await expect(page.getByText(/^Your role \(viewer\) cannot do this; it needs the editor role/)).toBeVisible();
  await page.goto("/users");
  await expect(page.getByText(/it needs the admin role/)).toBeVisible();
});

test("an admin adds an account in the page, and that person can sign in with the role given", async ({ page, browser }) => {
  const boss = await createAccount(admin, "admin", "Boss Admin");
  await signIn(page, boss, "/users");
  const email = `new-${Date.now()}@newsroom.test`;
  await page.getByLabel("Name", { exact: true }).fill("Rita Reviewer");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Password/).fill("rita-password");
  await page.getByLabel("Role", { exact: true }).selectOption("reviewer");
  await page.getByRole("button", { name: "Add account" }).click();
  await expect(page.getByRole("list", { name: "Accounts" })).toContainText(email);

  const context = await browser.newContext({ extraHTTPHeaders: {} });
  const rita = await context.newPage();
  await signIn(rita, { email, name: "Rita Reviewer", password: "rita-password", role: "reviewer" });
  await context.close();
});

test("tokens: Basic gives one, the bearer works on pages too, and failed sign-ins are limited", async ({ page, baseURL }) => {
  const editor = await createAccount(admin, "editor", "Token Editor");
  const token = await tokenFor(baseURL!, editor);
  await page.setExtraHTTPHeaders({ Authorization: `Bearer ${token}` });
  await page.goto("/");
  await expect(page.locator("[data-signed-in-as]")).toContainText("Token Editor (editor)");
  await page.setExtraHTTPHeaders({});

  // One forged client address per run, so this test's failures count against nobody else.
  const address = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const guesser = await anonymousApi(baseURL!, { "X-Forwarded-For": address, Authorization: `Basic ${Buffer.from(`${editor.email}:wrong`).toString("base64")}` });
  for (let i = 0; i < 5; i++) expect((await guesser.post("/api/tokens")).status()).toBe(401);
  const limited = await guesser.post("/api/tokens");
  expect(limited.status()).toBe(429);
  expect(((await limited.json()) as { error: string }).error).toMatch(/^Too many failed sign-ins; try again in \d+ minutes?\.$/);
  const signInForm = await anonymousApi(baseURL!, { "X-Forwarded-For": address });
  const blocked = await signInForm.post("/api/auth/sign-in/email", { data: { email: editor.email, password: editor.password } });
  expect(blocked.status()).toBe(429);
  await guesser.dispose();
  await signInForm.dispose();
});
