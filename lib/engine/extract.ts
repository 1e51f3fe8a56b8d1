import { decode, normalizeText, type TextEncodingName } from "./decode";
import { InputError } from "./errors";
import { readUnwieldyHtml } from "./html-guard";
import { isPdf, readPdf } from "./pdf";
import type { SourceInput } from "./types";

export type SourceFormat = "text" | "markdown" | "html" | "docx" | "pdf";

export interface ExtractedText {
  /** Plain text, paragraphs separated by blank lines (list items as "- item" lines). Not yet cleaned. */
  text: string;
  format: SourceFormat;
  /** How bytes were decoded; absent when the input was already text or was a .docx. */
  encoding?: TextEncodingName;
  /** From the page's metadata (HTML <title>/og:title, Markdown front matter), when there is one. */
  title?: string;
  byline?: string;
}

/**
 * Any accepted input → plain text. Async because .docx goes through mammoth and .pdf through
 * pdfjs, which are; jsdom (~0.5 s to load), mammoth and pdfjs are loaded on first use, so
 * plain-text comparisons never pay for them.
 * HTML is parsed without running scripts or fetching anything (jsdom's defaults; keep them so).
 */
export async function extract(input: SourceInput): Promise<ExtractedText> {
  const { name, bytes } = input;
  if (input.html !== undefined) return fromHtml(normalizeText(input.html));
  if (input.text !== undefined) return fromText(normalizeText(input.text), declaredFormat(input));
  if (!bytes?.length) return { text: "", format: "text" };
  if (isPdf(bytes)) return { ...(await readPdf(bytes, name)), format: "pdf" };
  if (isZip(bytes)) return fromDocx(bytes, input);
  if (declaredFormat(input) === "docx") throw new InputError(`${name} is not a valid Word document.`, name);
  const { text, encoding } = decode(bytes, name);
  return { ...(await fromText(text, declaredFormat(input))), encoding };
}

/** The format the name or media type claims; "text" when they say nothing. */
function declaredFormat({ name, mediaType }: SourceInput): SourceFormat {
  const type = mediaType?.split(";")[0].trim().toLowerCase();
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "text/markdown" || type === "text/x-markdown") return "markdown";
  if (type === DOCX_MEDIA_TYPE) return "docx";
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === "html" || extension === "htm" || extension === "xhtml") return "html";
  if (extension === "md" || extension === "markdown" || extension === "mdown") return "markdown";
  if (extension === "docx") return "docx";
  return "text";
}

const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async function fromText(text: string, declared: SourceFormat): Promise<ExtractedText> {
  // Content wins over a name when it is unmistakable: page source saved as .txt is still HTML.
  if (looksLikeHtml(text) || (declared === "html" && countTags(text) > 0)) return fromHtml(text);
  if (declared === "markdown" || looksLikeMarkdown(text)) return { ...markdownToText(text), format: "markdown" };
  return { text, format: "text" };
}

const HTML_TAG = /<\/?(?:p|div|span|a|br|li|ul|ol|h[1-6]|article|section|main|table|tr|td|img|strong|em|b|i|blockquote|figure|figcaption|header|footer|nav|body|head|meta|link|script|style|title)\b[^>]*>/gi;

/** A document type or <html> at the top, or markup dense enough that it cannot be prose. */
export function looksLikeHtml(text: string): boolean {
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)\b/i.test(text)) return true;
  const tags = countTags(text);
  return tags >= 5 && tags >= text.length / 400;
}

function countTags(text: string): number {
  if (!text.includes("<")) return 0;
  return text.match(HTML_TAG)?.length ?? 0;
}

/** Two different kinds of Markdown syntax, or a "# heading" first line: plain prose has neither. */
export function looksLikeMarkdown(text: string): boolean {
  const kinds = MARKDOWN_KINDS.filter(({ marked, pattern }) => marked(text) && pattern.test(text)).length;
  return kinds >= 2 || (text.includes("#") && /^\s*#{1,6}\s+\S/.test(text));
}

/**
 * The kinds of Markdown syntax, each with the characters it cannot do without: a pattern anchored
 * at line starts walks every line of a long text, while most texts lack the characters altogether
 * (every source is asked, and fifty copies of a story are fifty long texts).
 */
const MARKDOWN_KINDS: ReadonlyArray<{ marked: (text: string) => boolean; pattern: RegExp }> = [
  { marked: (text) => text.includes("#"), pattern: /^#{1,6}\s+\S/m },
  { marked: (text) => text.includes("]("), pattern: /\[[^\]\n]+\]\([^)\s]+\)/ },
  { marked: (text) => text.includes("!["), pattern: /!\[[^\]\n]*\]\(/ },
  { marked: (text) => text.includes("**") || text.includes("__"), pattern: /(\*\*|__)\S[^\n]*?\S\1/ },
  { marked: (text) => text.includes("```"), pattern: /^```/m },
  { marked: (text) => text.includes(">"), pattern: /^\s{0,3}>\s/m },
  { marked: (text) => text.includes("\n=") || text.includes("\n-"), pattern: /^\S[^\n]*\n(=+|-+)\s*$/m },
];

// ---- HTML ----

async function fromHtml(html: string): Promise<ExtractedText> {
  // Too deep or too large for jsdom and Readability to finish in time: read flat (html-guard.ts).
  const unwieldy = readUnwieldyHtml(html);
  if (unwieldy) return unwieldy;
  const { JSDOM, VirtualConsole } = await import("jsdom");
  const { Readability } = await import("@mozilla/readability");
  // No url, no runScripts, no resources: scripts stay inert and nothing is fetched.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    const document = dom.window.document;
    const article = new Readability(document.cloneNode(true) as Document, { serializer: (node) => node }).parse();
    let text = article?.content ? blocksToText(article.content) : "";
    if (!text.trim()) text = document.body ? blocksToText(document.body) : "";
    return {
      text,
      format: "html",
      title: clip(article?.title) ?? clip(document.title),
      byline: clip(article?.byline),
    };
  } finally {
    dom.window.close();
  }
}

const BLOCK_ELEMENTS = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY THEAD TR UL".split(" "),
);
const SKIPPED_ELEMENTS = new Set("SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME OBJECT EMBED CANVAS HEAD BUTTON SELECT TEXTAREA INPUT".split(" "));
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Block elements → paragraphs separated by blank lines; <li> → "- item"; inline text joined. */
function blocksToText(root: Node): string {
  const paragraphs: string[] = [];
  let line = "";
  const flush = () => {
    const text = line.replace(/\s+/g, " ").trim();
    if (text && text !== "-") paragraphs.push(text);
    line = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      line += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_ELEMENTS.has(tag)) return;
    const block = BLOCK_ELEMENTS.has(tag);
    if (block) flush();
    if (tag === "LI") line = "- ";
    if (tag === "TD" || tag === "TH") line += " ";
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

function clip(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : undefined;
}

// ---- Markdown ----

/** Markup out, words and paragraph breaks kept: headings, emphasis, links → text, images → nothing. */
export function markdownToText(markdown: string): { text: string; title?: string } {
  let title: string | undefined;
  const body = markdown.replace(/^---\n([\s\S]*?)\n---\n/, (_, frontMatter: string) => {
    title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(frontMatter)?.[1];
    return "";
  });
  const out: string[] = [];
  let inFence = false;
  for (const raw of body.split("\n")) {
    if (/^\s{0,3}(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(raw);
      continue;
    }
    const previous = out.length ? out[out.length - 1] : "";
    if (/^\s{0,3}(=+|-+)\s*$/.test(raw) && previous.trim() && !/^- /.test(previous)) {
      out.push(""); // setext underline: the line above is a heading
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(raw) || /^\s{0,3}\[[^\]]+\]:\s+\S+/.test(raw)) {
      out.push(""); // rule or link reference definition
      continue;
    }
    let line = raw.replace(/^(\s{0,3}>\s?)+/, "");
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (heading) {
      out.push("", inlineMarkdown(heading[1]), "");
      continue;
    }
    line = line.replace(/^\s*[-*+]\s+/, "- ").replace(/^\s*(\d+)([.)])\s+/, "$1$2 ");
    out.push(inlineMarkdown(line));
  }
  const text = out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  return title ? { text, title } : { text };
}

function inlineMarkdown(line: string): string {
  return line
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<\/?[a-z][^>]*>/gi, "")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.*?\S)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, "$1$2")
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, "$1$2")
    .replace(/~~(?=\S)(.*?\S)~~/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1")
    .replace(/[ \t]+$/, "");
}

// ---- DOCX ----

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

async function fromDocx(bytes: Uint8Array, { name }: SourceInput): Promise<ExtractedText> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A .docx is a zip whose entry names (stored uncompressed) include word/document.xml.
  if (!buffer.includes("word/document.xml")) throw new InputError(`${name} is a zip archive, not a Word document or text.`, name);
  const { extractRawText } = await import("mammoth");
  try {
    const { value } = await extractRawText({ buffer });
    return { text: normalizeText(value).replace(/\n{3,}/g, "\n\n").trim(), format: "docx" };
  } catch {
    throw new InputError(`${name} could not be read as a Word document.`, name);
  }
}
