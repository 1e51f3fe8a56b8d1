import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extract } from "@/lib/engine/extract";

/**
 * Uploaded HTML is parsed (jsdom + Readability) to get its text. Nothing in it may run or load:
 * a hostile page points every kind of resource at a local server and every script at a global.
 */
let server: http.Server;
let base = "";
const hits: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    res.end("window.__pwned = 'loaded';");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function hostilePage(): string {
  return `<!doctype html><html><head>
    <title>Talks in Istanbul</title>
    <meta http-equiv="refresh" content="0;url=${base}/refresh">
    <base href="${base}/base/">
    <link rel="stylesheet" href="${base}/style.css">
    <link rel="preload" href="${base}/preload.js" as="script">
    <script src="${base}/external.js"></script>
    <script>globalThis.__pwned = "inline";</script>
    <style>@import url("${base}/import.css"); body { background: url("${base}/bg.png"); }</style>
  </head><body onload="globalThis.__pwned = 'onload'">
    <article>
      <h1>Talks in Istanbul</h1>
      <p>Russian and US diplomats met in Istanbul on Thursday for six hours of talks.<img src="x" onerror="globalThis.__pwned = 'onerror'"></p>
      <p>The delegations discussed the work of their embassies. <a href="javascript:globalThis.__pwned='link'">Read the statement</a>.</p>
      <p>Alexander Darchiyev, who heads the department, led the Russian side.<img src="${base}/pixel.gif"></p>
      <iframe src="${base}/frame.html"></iframe>
      <object data="${base}/object.swf"></object><embed src="${base}/embed.swf">
      <video poster="${base}/poster.jpg" src="${base}/video.mp4"></video>
      <svg><script>globalThis.__pwned = "svg"</script><image href="${base}/svg.png"/></svg>
      <noscript><p>noscript text</p></noscript>
    </article>
  </body></html>`;
}

describe("HTML sources are read as text, inertly", () => {
  it("runs no script, fires no handler and fetches nothing while extracting", async () => {
    const g = globalThis as { __pwned?: string };
    delete g.__pwned;
    const result = await extract({ name: "hostile.html", html: hostilePage() });
    await new Promise((resolve) => setTimeout(resolve, 500)); // give any stray load a chance to show up
    expect(g.__pwned).toBeUndefined();
    expect(hits).toEqual([]);
    expect(result.format).toBe("html");
    expect(result.text).toContain("six hours of talks");
    expect(result.text).toContain("Read the statement");
  });

  it("yields plain text: no markup, no script bodies, no javascript: URLs", async () => {
    for (const input of [
      { name: "hostile.html", html: hostilePage() },
      { name: "hostile.html", bytes: new TextEncoder().encode(hostilePage()), mediaType: "text/html" },
      { name: "saved-as.txt", bytes: new TextEncoder().encode(hostilePage()) },
    ]) {
      const { text } = await extract(input);
      expect(text).not.toMatch(/<\s*\/?\s*(script|img|iframe|a|object|embed|svg)\b/i);
      expect(text).not.toMatch(/__pwned|javascript:|onerror|onload/);
      expect(text).toContain("Darchiyev");
    }
  });

  it("keeps markup that is written as text (&lt;script&gt;) as the words it is", async () => {
    const { text } = await extract({ name: "a.html", html: "<p>The tag &lt;script&gt;alert(1)&lt;/script&gt; was quoted in the story.</p>" });
    // This is text: React renders it escaped, so it shows as written and never runs.
    expect(text).toBe("The tag <script>alert(1)</script> was quoted in the story.");
  });
});
