import { describe, expect, it } from "vitest";
import { extract } from "./extract";
import { READABLE_MAX_DEPTH, READABLE_MAX_ELEMENTS, readUnwieldyHtml, scanHtml } from "./html-guard";

const PARAGRAPH = "<p>Russian and US diplomats met in Istanbul on Thursday for six hours of talks.</p>";
const page = (body: string) => `<!doctype html><html><head><title>Talks &amp; more</title><style>p{}</style></head><body>${body}</body></html>`;

describe("scanHtml: one linear pass measures the page", () => {
  it("counts explicit nesting, not void elements or those whose end tag may be left out", () => {
    expect(scanHtml(page(`<div><section><p>one<p>two<br><img src=x></section></div>`))).toMatchObject({ depth: 2, elements: 11 });
    expect(scanHtml(page(`${"<div>".repeat(4000)}deep${"</div>".repeat(4000)}`)).depth).toBe(4000);
    expect(scanHtml(page(`${"<li>".repeat(5000)}`)).depth).toBe(0);
  });

  it("reads text in order with paragraph breaks, entities decoded, scripts, styles and comments left out", () => {
    const scan = scanHtml(
      page(`<article><h1>Talks</h1><p>Six&nbsp;hours &mdash; &#x201C;useful&#8221;<script>var s = "<p>not text</p>";</script></p><!-- <p>hidden</p> --><ul><li>one<li>two</ul><div title="a > b">kept</div></article>`),
    );
    expect(scan.title).toBe("Talks & more");
    expect(scan.text.split("\n\n")).toEqual(["Talks", "Six hours — \u201Cuseful\u201D", "- one", "- two", "kept"]);
  });

  it("survives markup that never closes: an open quote, an open comment, an open script", () => {
    expect(scanHtml(page(`<p>before</p><a href="never closed>after`)).text).toBe("before");
    expect(scanHtml(page(`<p>before</p><!-- open`)).text).toBe("before");
    expect(scanHtml(page(`<p>before</p><script>if (a < b) {`)).text).toBe("before");
  });
});

describe("readUnwieldyHtml: what jsdom and Readability are spared", () => {
  it("leaves an ordinary page to them", () => {
    expect(readUnwieldyHtml(page(`<article>${PARAGRAPH.repeat(50)}</article>`))).toBeUndefined();
  });

  it("reads a page nested deeper than the bound, or with more elements, flat and whole", () => {
    const deep = readUnwieldyHtml(page(`${PARAGRAPH}${"<div>".repeat(READABLE_MAX_DEPTH + 1)}inner text${"</div>".repeat(READABLE_MAX_DEPTH + 1)}`));
    expect(deep).toEqual({ text: `${PARAGRAPH.replace(/<\/?p>/g, "")}\n\ninner text`, title: "Talks & more", format: "html" });
    const large = readUnwieldyHtml(page("<span>w</span> ".repeat(READABLE_MAX_ELEMENTS + 1)));
    expect(large?.text.split(" ").length).toBe(READABLE_MAX_ELEMENTS + 1);
  });

  it("lets extract() read the issue's pathological pages: 4,000 levels (44 KB) and 100,000 unclosed <div>s", async () => {
    const nested = await extract({ name: "nested.html", html: page(`${PARAGRAPH.repeat(3)}${"<div>".repeat(4000)}text${"</div>".repeat(4000)}`) });
    expect(nested.text.split("\n\n")).toHaveLength(4);
    const unclosed = await extract({ name: "unclosed.html", html: page(`${PARAGRAPH}${"<div>".repeat(100_000)}end`) });
    expect(unclosed.text.endsWith("end")).toBe(true);
  });
});
