import { decodeHTML } from "entities";
import type { ExtractedText } from "./extract";

/**
 * Building a DOM costs far more than the page's size when the page is deep or huge: jsdom walks up
 * to the root for every node it inserts (4,000 levels: 3 s; 20,000 overflow the stack), parse5's
 * tree builder rescans its open elements for every unclosed tag (100,000 unclosed <div>s: 160 s) and
 * Readability rescans ancestors and subtrees (500 levels: 11 s; 80,000 elements: 110 s).
 *
 * So the page is first scanned in one linear pass, which measures it (elements, and how deep its
 * explicit nesting goes) and collects its text. Within the bounds below it goes to jsdom and
 * Readability as always; past them its scanned text is used: every word of the body in order, with
 * paragraph breaks at block elements, but no article detection (the clean stage still sets page
 * furniture aside). The work is then bounded by the page's size, whatever its shape.
 */
export const READABLE_MAX_DEPTH = 40;
export const READABLE_MAX_ELEMENTS = 6_000;
/**
 * Readability's work grows with every element's ancestors: 120 chains of 100 nested <div>s (12,000
 * elements) took 31 s, 48 chains of 59 took 8 s. This caps the sum of all elements' depths (a
 * typical article page: 2,000–4,000 elements at depth 10–25).
 */
export const READABLE_MAX_NESTING_WORK = 100_000;

export interface HtmlScan {
  /** Start tags in the page. */
  elements: number;
  /**
   * The deepest explicit nesting: elements opened and not yet closed, leaving out the void ones and
   * those whose end tag HTML lets you omit (p, li, td…), which the parser closes by itself.
   */
  depth: number;
  /** The sum of every element's depth: what Readability's passes over ancestors cost. */
  nestingWork: number;
  /** The body's text, blocks as paragraphs separated by blank lines, list items as "- item". */
  text: string;
  title?: string;
}

/**
 * The one call extract.ts makes before jsdom: undefined when the page is safe to give to jsdom and
 * Readability, else its text read flat.
 */
export function readUnwieldyHtml(html: string): ExtractedText | undefined {
  const { elements, depth, nestingWork, text, title } = scanHtml(html);
  if (depth <= READABLE_MAX_DEPTH && elements <= READABLE_MAX_ELEMENTS && nestingWork <= READABLE_MAX_NESTING_WORK) return undefined;
  return title ? { text, title, format: "html" } : { text, format: "html" };
}

const VOID = new Set("area base br col embed hr img input link meta param source track wbr".split(" "));
const OPTIONAL_END = new Set("html head body p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rp rtc".split(" "));
/** Their content is text up to their own end tag, never markup. */
const RAW_TEXT = new Set("script style textarea title xmp iframe noembed noframes noscript template".split(" "));
const BLOCKS = new Set(
  "address article aside blockquote br dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tr ul".split(" "),
);
const SKIPPED = new Set("script style noscript template svg iframe object embed canvas head button select textarea input".split(" "));
const NAME_CHAR = /[^\s/>]/;

/** One pass over the markup; every character is looked at a bounded number of times. */
export function scanHtml(html: string): HtmlScan {
  const lower = html.toLowerCase();
  const open = new Map<string, number>();
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  let nestingWork = 0;
  let skipping = 0; // inside <head>, <svg>, <button>…: their text is not the article's
  let title: string | undefined;
  const paragraphs: string[] = [];
  let line = "";
  const flush = () => {
    const text = decodeHTML(line).replace(/\s+/g, " ").trim();
    if (text && text !== "-") paragraphs.push(text);
    line = "";
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      if (!skipping) line += html.slice(i);
      break;
    }
    if (!skipping) line += html.slice(i, lt);
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const closing = html[lt + 1] === "/";
    let nameEnd = lt + (closing ? 2 : 1);
    if (html[lt + 1] === "!" || html[lt + 1] === "?" || !/[a-z]/i.test(html[nameEnd] ?? "")) {
      if (html[lt + 1] === "!" || html[lt + 1] === "?") {
        const end = html.indexOf(">", lt);
        i = end < 0 ? html.length : end + 1;
      } else {
        if (!skipping) line += "<";
        i = lt + 1;
      }
      continue;
    }
    while (nameEnd < html.length && NAME_CHAR.test(html[nameEnd])) nameEnd++;
    const name = lower.slice(lt + (closing ? 2 : 1), nameEnd);
    const tagEnd = endOfTag(html, nameEnd);
    const selfClosing = html[tagEnd - 1] === "/";
    i = tagEnd + 1;

    if (closing) {
      const count = open.get(name) ?? 0;
      if (count > 0) {
        open.set(name, count - 1);
        depth--;
      }
      if (SKIPPED.has(name) && !RAW_TEXT.has(name) && skipping > 0) skipping--;
      if (BLOCKS.has(name)) flush();
      continue;
    }

    elements++;
    nestingWork += depth + 1;
    if (BLOCKS.has(name)) flush();
    if (name === "li" && !skipping) line = "- ";
    if ((name === "td" || name === "th") && !skipping) line += " ";
    if (RAW_TEXT.has(name)) {
      // Skip to the matching end tag; keep the first <title>'s text.
      const close = lower.indexOf(`</${name}`, i);
      const content = html.slice(i, close < 0 ? html.length : close);
      if (name === "title" && title === undefined) title = decodeHTML(content).replace(/\s+/g, " ").trim() || undefined;
      i = close < 0 ? html.length : endOfTag(html, close + 2 + name.length) + 1;
      continue;
    }
    // </head> may be left out: the body's start ends it.
    if (name === "body") skipping = 0;
    if (SKIPPED.has(name) && !selfClosing && !VOID.has(name)) skipping++;
    if (VOID.has(name) || selfClosing || OPTIONAL_END.has(name)) continue;
    open.set(name, (open.get(name) ?? 0) + 1);
    depth++;
    maxDepth = Math.max(maxDepth, depth);
  }
  flush();
  return { elements, depth: maxDepth, nestingWork, text: paragraphs.join("\n\n"), ...(title ? { title } : {}) };
}

/** Index of the ">" that ends a tag whose name ends at `from`; quoted attribute values may hold ">". */
function endOfTag(html: string, from: number): number {
  let quote = "";
  let afterEquals = false;
  for (let j = from; j < html.length; j++) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === ">") return j;
    else if ((c === '"' || c === "'") && afterEquals) quote = c;
    // A quote opens a value only right after "=" (spaces allowed): "it's" in a bare value does not.
    if (c === "=") afterEquals = true;
    else if (!/\s/.test(c)) afterEquals = false;
  }
  return html.length;
}
