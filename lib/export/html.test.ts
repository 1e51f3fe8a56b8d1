import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { esc, toHtml } from "./html";
import { fixtureInput } from "./test-fixtures";
import { handInput, TRICKY_NOTE } from "./test-report";

const parse = (html: string) => new JSDOM(html).window.document;

describe("HTML export", () => {
  const html = toHtml(handInput());
  const doc = parse(html);

  it("is one standalone file: inline CSS, no scripts, no external references", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(doc.querySelectorAll("script, link, img, iframe")).toHaveLength(0);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toContain("default-src 'none'");
    expect(doc.querySelector("style")?.textContent).toContain("@media print");
    expect(html).not.toMatch(/(src|href)=/);
  });

  it("prints well: items are not split across pages", () => {
    expect(doc.querySelector("style")?.textContent).toMatch(/\.item \{[^}]*break-inside: avoid/);
  });

  it("has the title, sources, counts, and each discrepancy with its wordings", () => {
    expect(doc.querySelector("h1")?.textContent).toBe("Istanbul talks: “six” or “seven” hours?");
    expect([...doc.querySelectorAll(".sources tbody th")].map((th) => th.textContent)).toEqual([
      "ap-wire.txt primary",
      "Agence, France-Presse.txt",
      "tass.txt",
    ]);
    expect(doc.querySelectorAll("article.item")).toHaveLength(5);
    const second = doc.querySelector("article#d2")!;
    expect(second.querySelector("h3")?.textContent).toBe("2. Department: North America ≠ North Atlantic");
    expect(second.querySelector(".status")?.textContent).toBe("Confirmed by Zoë O’Brien on 21 November 2026, 10:00 UTC");
    expect([...second.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["North America", "North Atlantic", "North Atlantic"]);
    expect(doc.querySelector("article#d4 .absent")?.textContent).toBe("Not in this version: tass.txt");
    expect(doc.querySelectorAll("article#d4 dt")).toHaveLength(2);
  });

  it("escapes every piece of text: the note comes back exactly, with no markup of its own", () => {
    expect(doc.querySelector("article#d2 .note p")?.textContent).toBe(TRICKY_NOTE.trim().replace(/\r\n/g, "\n"));
    expect(doc.querySelectorAll(".note b")).toHaveLength(0);
    expect(esc(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("lists orphaned reviews", () => {
    expect(doc.querySelector(".orphans")?.textContent).toContain("gone:zzz");
  });

  it("renders the fixtures", async () => {
    const input = await fixtureInput();
    const fixtureDoc = parse(toHtml(input));
    expect(fixtureDoc.querySelectorAll("article.item")).toHaveLength(input.report.discrepancies.length);
    expect(fixtureDoc.querySelectorAll(".sources tbody tr")).toHaveLength(5);
  });
});
