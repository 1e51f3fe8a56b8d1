import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { adminApi, createAccount, signIn } from "./account-helpers";
import { DEMO_TITLE } from "./helpers";

// A signed-in editor visits another site. That site (another port of the same host: the same
// "site" for SameSite cookies, so the session cookie does ride along) tries a form POST and a fetch.
test.use({ extraHTTPHeaders: {} });

function attackerPage(target: string, demoId: string): string {
  return `<!doctype html><html><body>
<form id="f" method="POST" action="${target}/api/comparisons" enctype="multipart/form-data">
  <input name="title" value="planted by another site">
  <input name="pasteName" value="a"><input name="pasteText" value="The talks lasted six hours.">
  <input name="pasteName" value="b"><input name="pasteText" value="The talks lasted seven hours.">
</form>
<script>
  window.fetchRerun = () => fetch(${JSON.stringify(`${target}/api/comparisons/${demoId}/rerun`)}, {
    method: "POST", mode: "no-cors", credentials: "include", headers: { "content-type": "text/plain" }, body: "{}",
  });
</script>
</body></html>`;
}

test("a cross-origin form POST and a cross-origin fetch are refused with 403, and change nothing", async ({ page, baseURL }) => {
  const admin = await adminApi(baseURL!);
  const editor = await createAccount(admin, "editor", "Victim Editor");
  const list = async () => (await (await admin.get("/api/comparisons")).json()) as Array<{ id: string; title: string }>;
  const before = await list();
  const demo = before.find((c) => c.title === DEMO_TITLE)!;
  const demoBefore = (await (await admin.get(`/api/comparisons/${demo.id}`)).json()) as { comparison: { updatedAt: string } };

  const attacker = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" }).end(attackerPage(baseURL!, demo.id));
  });
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
  const attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  try {
    await signIn(page, editor);
    await page.goto(attackerOrigin);

    const [formAnswer] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${baseURL}/api/comparisons` && r.request().method() === "POST"),
      page.evaluate(() => (document.getElementById("f") as HTMLFormElement).submit()),
    ]);
    expect(formAnswer.request().headers()["origin"]).toBe(attackerOrigin);
    expect(formAnswer.status()).toBe(403);
    expect(await formAnswer.text()).toContain("This request came from another site, so it was refused");

    await page.goto(attackerOrigin);
    const [fetchAnswer] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/comparisons/${demo.id}/rerun`)),
      page.evaluate(() => (window as unknown as { fetchRerun: () => Promise<unknown> }).fetchRerun()),
    ]);
    expect(fetchAnswer.status()).toBe(403);

    // The same editor, from Parallax's own page, is allowed: the refusal was about the origin.
    await page.goto("/");
    const own = await page.evaluate(async () => (await fetch("/api/comparisons", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status);
    expect(own).toBe(400);
  } finally {
    await new Promise((resolve) => attacker.close(resolve));
  }

  const after = await list();
  expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
  const demoAfter = (await (await admin.get(`/api/comparisons/${demo.id}`)).json()) as { comparison: { updatedAt: string } };
  expect(demoAfter.comparison.updatedAt).toBe(demoBefore.comparison.updatedAt);
  await admin.dispose();
});
