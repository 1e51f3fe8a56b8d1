import { describe, expect, it } from "vitest";
import { InputError } from "./errors";
import { extract, looksLikeHtml, looksLikeMarkdown, markdownToText } from "./extract";

const utf8 = (text: string) => new TextEncoder().encode(text);

const ARTICLE_HTML = `<!doctype html>
<html><head><title>Russia offers to restore air links | Example News</title>
<meta name="author" content="Jane Doe"><script>globalThis.__scriptRan = true;</script>
<link rel="stylesheet" href="https://example.invalid/style.css"></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
<article>
  <h1>Russia offers to restore air links</h1>
  <p class="byline">By Jane Doe</p>
  <p>MOSCOW (AP) — Russia has offered the United States to restore direct air links between the two countries during the latest round of consultations with Washington, the Russian Foreign Ministry said Friday.</p>
  <p>Russian and U.S. diplomats met in Istanbul on Thursday to discuss normalizing the operation of their respective embassies, which has been crippled by <em>multiple rounds</em> of expulsions.</p>
  <ul><li>Talks lasted six hours.</li><li>A follow-up meeting is planned.</li></ul>
  <p>The ministry said it also offered the U.S. “to consider the possibility of restoring direct air traffic.” It didn’t add any details or possible time frame, and there was no immediate comment from Washington.</p>
  <img src="https://example.invalid/photo.jpg" onerror="globalThis.__scriptRan = true">
</article>
<footer>© 2025 Example News. All rights reserved.</footer>
</body></html>`;

describe("extract: format detection", () => {
  it("passes plain text through", async () => {
    expect(await extract({ name: "a.txt", text: "One.\n\nTwo." })).toEqual({ text: "One.\n\nTwo.", format: "text" });
  });

  it("decodes bytes and reports the encoding", async () => {
    const result = await extract({ name: "a.txt", bytes: new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x0d, 0x0a]) });
    expect(result).toEqual({ text: "“Hi”\n", format: "text", encoding: "windows-1252" });
  });

  it("recognises HTML by doctype, by media type and by tag density", () => {
    expect(looksLikeHtml("<!DOCTYPE html><p>x</p>")).toBe(true);
    expect(looksLikeHtml("  <html lang=en><body>x</body></html>")).toBe(true);
    expect(looksLikeHtml("<div><p>One</p><p>Two</p><p>Three</p></div>")).toBe(true);
    expect(looksLikeHtml("The ratio was <5 percent and the <b> tag is HTML.")).toBe(false);
  });

  it("recognises Markdown by its syntax but not plain text with bullets", () => {
    expect(looksLikeMarkdown("# Title\n\nBody.")).toBe(true);
    expect(looksLikeMarkdown("Some **bold** text and a [link](https://example.com).")).toBe(true);
    expect(looksLikeMarkdown("Heading\n- first point\n- second point")).toBe(false);
  });

  it("reads Markdown as testing every kind's pattern does, its characters looked for first", () => {
    // The reading it stands in for: each pattern run over the whole text.
    const patterns = [/^#{1,6}\s+\S/m, /\[[^\]\n]+\]\([^)\s]+\)/, /!\[[^\]\n]*\]\(/, /(\*\*|__)\S[^\n]*?\S\1/, /^```/m, /^\s{0,3}>\s/m, /^\S[^\n]*\n(=+|-+)\s*$/m];
    const everyPattern = (text: string) => patterns.filter((p) => p.test(text)).length >= 2 || /^\s*#{1,6}\s+\S/.test(text);
    const texts = [
      "Plain prose of a story.\n\nA second paragraph, with a figure of 5 > 4.",
      "  # Heading\nBody",
      "Title\n=====\n\n> quoted line",
      "Title\n-----\n\nSee ![a chart](chart.png).",
      "Some __bold__ words\n```\ncode\n```",
      "A [link](https://example.com) and ** loose stars **.",
      "One # sign mid-line and a > sign mid-line.",
      "Heading\n- first point\n- second point",
    ];
    for (const text of texts) expect(looksLikeMarkdown(text)).toBe(everyPattern(text));
    expect(texts.map(looksLikeMarkdown)).toEqual([false, true, true, true, true, false, false, false]);
  });

  it("treats page source saved as .txt as HTML", async () => {
    const result = await extract({ name: "page.txt", bytes: utf8(ARTICLE_HTML), mediaType: "text/plain" });
    expect(result.format).toBe("html");
    expect(result.encoding).toBe("utf-8");
  });

  it("returns empty text for an input with nothing in it", async () => {
    expect(await extract({ name: "empty.txt", bytes: new Uint8Array() })).toEqual({ text: "", format: "text" });
  });

  it("rejects a zip that is not a Word document, and a .docx that is not a zip", async () => {
    const zip = makeZip({ "notes.txt": "hello" });
    await expect(extract({ name: "notes.zip", bytes: zip })).rejects.toSatisfy(
      (err) => err instanceof InputError && err.source === "notes.zip" && err.message === "notes.zip is a zip archive, not a Word document or text.",
    );
    await expect(extract({ name: "story.docx", bytes: utf8("plain") })).rejects.toThrow("story.docx is not a valid Word document.");
  });

  it("rejects binary bytes with the file's name", async () => {
    await expect(extract({ name: "image.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) })).rejects.toThrow(
      "image.png looks like a binary file, not text.",
    );
  });
});

describe("extract: HTML", () => {
  it("keeps the article body as paragraphs, list items as '- ' lines, and the page title", async () => {
    const result = await extract({ name: "story.html", html: ARTICLE_HTML });
    const paragraphs = result.text.split("\n\n");
    expect(result.format).toBe("html");
    expect(result.title).toMatch(/^Russia offers to restore air links/);
    expect(paragraphs).toContain("- Talks lasted six hours.");
    expect(paragraphs).toContain("- A follow-up meeting is planned.");
    expect(paragraphs.some((p) => p.startsWith("MOSCOW (AP) — Russia has offered the United States"))).toBe(true);
    expect(result.text).toContain("crippled by multiple rounds of expulsions.");
    expect(result.text).toContain("“to consider the possibility of restoring direct air traffic.” It didn’t add");
    expect(result.text).not.toContain("Home");
    expect(result.text).not.toContain("globalThis");
  });

  it("never runs the page's scripts", async () => {
    await extract({ name: "story.html", html: ARTICLE_HTML });
    expect((globalThis as { __scriptRan?: boolean }).__scriptRan).toBeUndefined();
  });

  it("falls back to the body text when Readability finds no article", async () => {
    const result = await extract({ name: "tiny.html", html: "<html><body><div>Short note.</div><div>Second line.</div></body></html>" });
    expect(result.text).toBe("Short note.\n\nSecond line.");
  });
});

describe("extract: Markdown", () => {
  it("strips headings, emphasis, links and images but keeps paragraphs and bullets", () => {
    const markdown = [
      "---",
      "title: Air links",
      "---",
      "# Russia offers air links",
      "",
      "Russia has **offered** the _United States_ to [restore](https://example.com) direct flights.",
      "![photo](https://example.com/p.jpg)",
      "",
      "* Talks lasted six hours.",
      "> “We agreed,” the ministry said.",
      "",
      "Subhead",
      "-------",
      "Rates rose 4.5% in snake_case_name terms.",
    ].join("\n");
    expect(markdownToText(markdown)).toEqual({
      title: "Air links",
      text: [
        "Russia offers air links",
        "",
        "Russia has offered the United States to restore direct flights.",
        "",
        "",
      ]
        .join("\n")
        .trim()
        .concat(
          "\n\n- Talks lasted six hours.\n“We agreed,” the ministry said.\n\nSubhead\n\nRates rose 4.5% in snake_case_name terms.",
        ),
    });
  });

  it("is chosen for .md files", async () => {
    const result = await extract({ name: "story.md", text: "Plain *words* here." });
    expect(result).toEqual({ text: "Plain words here.", format: "markdown" });
  });
});

describe("extract: DOCX", () => {
  it("reads the paragraphs of a Word document", async () => {
    const docx = makeZip({
      "[Content_Types].xml":
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      "_rels/.rels":
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      "word/document.xml":
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        "<w:p><w:r><w:t>MOSCOW — Russia offered “direct flights.”</w:t></w:r></w:p>" +
        "<w:p><w:r><w:t>Café talks</w:t></w:r><w:r><w:t xml:space=\"preserve\"> went on.</w:t></w:r></w:p>" +
        "</w:body></w:document>",
    });
    const result = await extract({ name: "story.docx", bytes: docx });
    expect(result).toEqual({ text: "MOSCOW — Russia offered “direct flights.”\n\nCafé talks went on.", format: "docx" });
  });
});

/** A zip with stored (uncompressed) entries: enough for a .docx in a test. */
function makeZip(files: Record<string, string>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = utf8(name);
    const data = utf8(content);
    const crc = crc32(data);
    const local = header(30, [[0, 0x04034b50, 4], [4, 20, 2], [8, 0, 2], [14, crc, 4], [18, data.length, 4], [22, data.length, 4], [26, nameBytes.length, 2]]);
    const entry = header(46, [
      [0, 0x02014b50, 4], [4, 20, 2], [6, 20, 2], [16, crc, 4], [20, data.length, 4], [24, data.length, 4], [28, nameBytes.length, 2], [42, offset, 4],
    ]);
    chunks.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const count = Object.keys(files).length;
  const end = header(22, [[0, 0x06054b50, 4], [8, count, 2], [10, count, 2], [12, centralSize, 4], [16, offset, 4]]);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of all) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function header(size: number, fields: Array<[number, number, 2 | 4]>): Uint8Array {
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  for (const [at, value, width] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value >>> 0, true);
  }
  return bytes;
}

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
