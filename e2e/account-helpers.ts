import { expect, request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import type { Role } from "../lib/auth/roles";
import { BOOTSTRAP_TOKEN } from "./e2e-settings";

export interface Account {
  email: string;
  name: string;
  password: string;
  role: Role;
}

/** No cookies, whatever the test's own context holds: these clients carry only what they are given. */
const NO_COOKIES = { cookies: [], origins: [] };

/** An API client acting as an admin script (the bootstrap token), for setting up accounts. */
export function adminApi(baseURL: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, storageState: NO_COOKIES, extraHTTPHeaders: { Authorization: `Bearer ${BOOTSTRAP_TOKEN}` } });
}

/** A client with no credentials at all (or only the headers given). */
export function anonymousApi(baseURL: string, headers: Record<string, string> = {}): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, storageState: NO_COOKIES, extraHTTPHeaders: headers });
}

/** A fresh account per run: the e2e server's database may outlive one run. */
export async function createAccount(admin: APIRequestContext, role: Role, name = `${role[0].toUpperCase()}${role.slice(1)} Person`): Promise<Account> {
  const account = { email: `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@newsroom.test`, name, password: `pw-${role}-long-enough`, role };
  const res = await admin.post("/api/users", { data: account });
  expect(res.status(), await res.text()).toBe(201);
  return account;
}

/** A personal token for the account, through HTTP Basic as a script would get one. */
export async function tokenFor(baseURL: string, account: Account): Promise<string> {
  const api = await anonymousApi(baseURL, { Authorization: `Basic ${Buffer.from(`${account.email}:${account.password}`).toString("base64")}` });
  const res = await api.post("/api/tokens", { data: { name: "e2e" } });
  expect(res.status(), await res.text()).toBe(201);
  const { token } = (await res.json()) as { token: string };
  await api.dispose();
  return token;
}

/** Signs in through the form, as a person would, and waits for the page they were going to. */
export async function signIn(page: Page, account: Account, path = "/"): Promise<void> {
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("[data-signed-in-as]")).toContainText(`${account.name} (${account.role})`);
}
