// Issue 13: hostile but small inputs get a 201 or a 4xx sentence, never a 500, and store nothing
// half-way. Figures (how long each takes) are printed by `npm run stress`, not asserted here.
import { expect, test } from "@playwright/test";
import { comparisonCount, created, expectRefused, fixtureSources, postJson, stored } from "./safety-helpers";

const STORY = "Russian and US diplomats met in Istanbul on Thursday for six hours of talks on the work of their embassies.";

test.describe("odd text is repaired, never a 500", () => {
  test("a lone surrogate in JSON text and names is stored as U+FFFD", async ({ request }) => {
    const [a, b] = fixtureSources();
    // Sent as raw JSON so the escape "\ud800" reaches the server as any client may send it.
    const json = JSON.stringify({ title: "Surrogate MARK test", sources: [{ ...a, name: "AP MARK", text: a.text!.replace("the two countries", "the two MARK countries") }, b] });
    const res = await request.post("/api/comparisons", { headers: { "content-type": "application/json" }, data: json.replaceAll("MARK", "\\ud800") });
    const saved = await stored(request, await created(res));
    expect(saved.comparison.title).toBe("Surrogate \ufffd test");
    expect(saved.comparison.sources.map((s) => s.name)).toEqual(["AP \ufffd", b.name]);
    expect(saved.report.sources[0].paragraphs.map((p) => p.text).join(" ")).toContain("\ufffd");
  });
});

test.describe("small hostile pages can't starve others", () => {
  test("a page nested 4,000 levels deep is read, and an ordinary upload sent behind it is stored", async ({ request }) => {
    const [a, b, c] = fixtureSources();
    const paragraphs = a.text!.split("\n\n").map((p) => `<p>${p}</p>`).join("");
    const nested = `<!doctype html><html><head><title>Nested</title></head><body>${paragraphs}${"<div>".repeat(4000)}deepest words${"</div>".repeat(4000)}</body></html>`;
    const pathological = postJson(request, { title: "nested page", sources: [{ name: "nested.html", html: nested }, b] });
    const ordinary = postJson(request, { title: "behind the nested page", sources: [b, c] });
    const [deep, normal] = await Promise.all([pathological, ordinary]);
    const saved = await stored(request, await created(deep));
    // Read whole: the innermost words are in the body or set aside by the clean stage, not lost.
    const source = saved.report.sources[0] as (typeof saved.report.sources)[0] & { removed: Array<{ text: string }> };
    expect([...source.paragraphs, ...source.removed].map((p) => p.text).join(" ")).toContain("deepest words");
    await created(normal);
  });
});

test.describe("every way in applies the same name rules", () => {
  test("a 100,000-character file name is refused with a 4xx, and nothing is stored", async ({ request }) => {
    const before = await comparisonCount(request);
    const form = new FormData();
    form.append("files", new Blob([STORY], { type: "text/plain" }), `${"n".repeat(100_000)}.txt`);
    form.append("files", new Blob([STORY.replace("six", "five")], { type: "text/plain" }), "tass.txt");
    const res = await request.post("/api/comparisons", { multipart: form });
    expect(res.status()).toBeGreaterThanOrEqual(400);
    expect(res.status()).toBeLessThan(500);
    const { error } = (await res.json()) as { error: string };
    expect(error.length).toBeLessThan(300);
    expect(await comparisonCount(request)).toBe(before);
  });

  test("NUL and right-to-left override characters are taken out of multipart and JSON names", async ({ request }) => {
    const form = new FormData();
    form.append("files", new Blob([STORY], { type: "text/plain" }), "ap\u202Ewire.txt");
    form.append("pasteName", "invoice\u0000\u202Etxt.exe");
    form.append("pasteText", STORY.replace("six", "five"));
    form.append("pasteFormat", "text");
    const fromForm = await stored(request, await created(await request.post("/api/comparisons", { multipart: form })));
    expect(fromForm.comparison.sources.map((s) => s.name)).toEqual(["ap wire.txt", "invoice txt.exe"]);

    // A NUL in a file name makes the part's header unreadable: refused with a sentence, not stored.
    const withNul = new FormData();
    withNul.append("files", new Blob([STORY], { type: "text/plain" }), "ap\u0000wire.txt");
    withNul.append("files", new Blob([STORY.replace("six", "five")], { type: "text/plain" }), "tass.txt");
    await expectRefused(request, () => request.post("/api/comparisons", { multipart: withNul }), {
      status: 400,
      error: "A file name in the upload can't be read: it is longer than 16 KB or holds control characters. Rename the file and send it again.",
    });

    const fromJson = await stored(
      request,
      await created(await postJson(request, { sources: [{ name: "tass\u202Ecod.txt", text: STORY }, { name: "AP\u0007", text: STORY.replace("six", "five") }] })),
    );
    expect(fromJson.comparison.sources.map((s) => s.name)).toEqual(["tass cod.txt", "AP"]);
  });

  test("a JSON name past 200 characters is refused", async ({ request }) => {
    const [a, b] = fixtureSources();
    await expectRefused(request, () => postJson(request, { sources: [a, { ...b, name: "x".repeat(100_000) }] }), {
      status: 400,
      error: `A source name is longer than 200 characters ("${"x".repeat(40)}…").`,
    });
  });
});

test.describe("re-run options are checked against the report", () => {
  test("unknown removed blocks and an unknown primary are refused, and the report stays as it was", async ({ request }) => {
    const id = await created(await postJson(request, { title: "rerun checks", sources: fixtureSources() }));
    const before = await stored(request, id);
    const rerun = (data: unknown) => request.post(`/api/comparisons/${id}/rerun`, { data });

    const unknown = await rerun({ restore: Array.from({ length: 1000 }, (_, i) => `s9-r${i + 1}`) });
    expect(unknown.status()).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toBe('1000 of the blocks to put back are not in this comparison (the first is "s9-r1").');
    const tooMany = await rerun({ restore: Array.from({ length: 10_000 }, (_, i) => `s1-r${i + 1}`) });
    expect(tooMany.status()).toBe(400);
    expect(((await tooMany.json()) as { error: string }).error).toBe("At most 1,000 removed blocks can be put back at once.");
    const primary = await rerun({ primary: "nobody.txt" });
    expect(((await primary.json()) as { error: string }).error).toBe('The primary source "nobody.txt" is not one of the sources.');

    const after = await stored(request, id);
    expect(after.report).toEqual(before.report);
    const comparison = (await (await request.get(`/api/comparisons/${id}`)).json()) as { comparison: { options: unknown } };
    expect(comparison.comparison.options).toEqual({});

    // A block the report really has is still put back.
    const block = before.report.sources.flatMap((s) => (s as unknown as { removed: Array<{ id: string }> }).removed)[0];
    test.skip(!block, "the fixtures have no removed block");
    const ok = await rerun({ restore: [block.id] });
    expect(ok.status(), await ok.text()).toBe(200);
  });
});
