import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_TITLE } from "./helpers";

// What `npm start` does on a fresh clone (migrate, seed the demo, serve the build), against a
// database of its own and with no bootstrap token: the first visitor creates the admin and finds
// the demo waiting.
test.use({ extraHTTPHeaders: {} });

const root = path.join(__dirname, "..");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

test("first start: the first visitor creates the admin account, then sees the demo", async ({ browser }) => {
  test.setTimeout(180_000);
  const file = path.join(root, "data", `e2e-first-start-${process.pid}.db`);
  const clean = () => ["", "-wal", "-shm", "-journal"].forEach((s) => fs.rmSync(file + s, { force: true }));
  clean();
  const env = { ...process.env, DATABASE_URL: `file:${file}`, NEXT_TELEMETRY_DISABLED: "1", PARALLAX_BOOTSTRAP_TOKEN: "" };
  for (const args of [["prisma", "migrate", "deploy"], ["tsx", "scripts/seed-demo.ts"]]) {
    const result = spawnSync("npx", args, { cwd: root, env, encoding: "utf8" });
    expect(result.status, `${args.join(" ")}: ${result.stderr}`).toBe(0);
  }
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env,
    stdio: "ignore",
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await expect
      .poll(async () => (await fetch(`${base}/sign-in`, { redirect: "manual" }).catch(() => null))?.status ?? 0, { timeout: 60_000 })
      .toBe(307);
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(`${base}/setup`);
    await page.getByLabel("Your name").fill("First Admin");
    await page.getByLabel("Email").fill("first@newsroom.test");
    await page.getByLabel(/^Password/).fill("first-admin-password");
    await page.getByRole("button", { name: "Create the admin account" }).click();
    await expect(page.locator("[data-signed-in-as]")).toContainText("First Admin (admin)");
    await page.getByRole("link", { name: DEMO_TITLE, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: DEMO_TITLE })).toBeVisible();

    // From now on the form is gone: the next visitor is asked to sign in.
    const other = await browser.newContext({ baseURL: base });
    const visitor = await other.newPage();
    await visitor.goto("/setup");
    await expect(visitor).toHaveURL(`${base}/sign-in`);
    await other.close();
    await context.close();
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    clean();
  }
});
