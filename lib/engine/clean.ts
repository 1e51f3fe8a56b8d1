import { PHOTO_CAPTION } from "./clutter/captions";
import { readHead } from "./clutter/head";
import { letterRegExp } from "./clutter/letters";
import type { Page, Role } from "./clutter/page";
import { PageBlock } from "./clutter/page-block";
import { keepLeadInsToQuotes, markKeyPoints, markMenusAfterClutter } from "./clutter/boxes";
import { VIDEO_EMBED } from "./clutter/notices";
import { matchClutter } from "./clutter/rules";
import { splitRunIns } from "./clutter/run-ins";
import { findHeadRun, findTailRun } from "./clutter/runs";
import { endsLikeSentence } from "./clutter/shape";
import { normalizeText } from "./decode";
import { memoByText } from "./memo";
import type { CleanedText } from "./types";

export interface CleanOptions {
  /**
   * Removed blocks to put back, as indices into `removed` of a run without `restore`. Cleaning is
   * deterministic, so those indices are stable: block `s2-r3` is `restore: [2]` for source s2.
   * Restored blocks return to `paragraphs` where they stood and leave `removed`.
   */
  restore?: number[];
}

export interface CleanResult extends CleanedText {
  /** A publication date printed at the head of the page ("2025-02-28"), as written. */
  date?: string;
}

/**
 * Pasted page text → the article's paragraphs, with page clutter (paywalls, appeals, adverts,
 * menus, captions) set aside in `removed`, each with the reason and where it stood, and the
 * headline, byline, date and dateline lifted out as metadata.
 */
export function clean(text: string, options: CleanOptions = {}): CleanResult {
  if (options.restore?.length) return cleanLines(linesOf(text), new Set(options.restore));
  // Arrays copied out: callers own what they are given.
  const { paragraphs, removed, ...metadata } = cleanedPage(text);
  return { paragraphs: [...paragraphs], removed: removed.map((block) => ({ ...block })), ...metadata };
}

/**
 * A page cleaned with nothing put back, once per text in a comparison: copies that are the same
 * page word for word (wire copies no outlet changed, the same file uploaded twice) are cleaned once.
 * Pages are kept by length and compared whole only with pages of their length, not hashed: hashing
 * reads every character of a page, while two pages of different lengths differ without a look,
 * and two different pages of one length differ at their first different character.
 */
function cleanedPage(text: string): CleanResult {
  const pages = cleanedPages();
  let sameLength = pages.byLength.get(text.length);
  const known = sameLength?.find((page) => page.text === text);
  if (known) return known.cleaned;
  if (pages.count++ >= MAX_PAGES) {
    pages.byLength.clear();
    pages.count = 1;
    sameLength = undefined;
  }
  const cleaned = cleanLines(linesOf(text), new Set());
  if (sameLength) sameLength.push({ text, cleaned });
  else pages.byLength.set(text.length, [{ text, cleaned }]);
  return cleaned;
}

const MAX_PAGES = 1_000;
const cleanedPages = perComparison(() => ({ byLength: new Map<number, Array<{ text: string; cleaned: CleanResult }>>(), count: 0 }));

/** State kept for one comparison, made afresh once compare() forgets its texts: a memo of one value, under one key. */
function perComparison<T>(make: () => T): () => T {
  const made = memoByText(1, make);
  return () => made("");
}

function cleanLines(lines: Line[], restore: Set<number>): CleanResult {
  const blocks = splitBlocks(lines);
  const page = readPage(blocks);
  return assemble(blocks, page, restore);
}

// ---- Blocks ----

/**
 * Paragraphs are blank-line-separated, but many pasted pages put one paragraph per line with no
 * blank lines at all. So every line is a block, unless the text is hard-wrapped (lines of a steady
 * width breaking mid-sentence), where lines are joined up to the blank line. Outside hard-wrapped
 * text, a long line that stops mid-sentence before a lowercase word is a stray break, and joined.
 *
 * Copies of a page repeat most of its lines: each line is read once per wording (linesOf), and the
 * page is put together from what its lines say, so a copy with a few words changed reads only
 * the lines that changed.
 */
function splitBlocks(lines: Line[]): PageBlock[] {
  const wrapWidth = hardWrapWidth(lines);
  const blocks: PageBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].text) continue;
    // A paragraph: this line and the lines continuing it (the line before it, if any, it does not continue).
    let end = i + 1;
    while (end < lines.length && lines[end].text && continuesLine(lines[end - 1], lines[end], wrapWidth)) end++;
    const paragraph = end === i + 1 ? (lines[i].blocks ??= blocksOf(lines[i].text)) : blocksOf(lines.slice(i, end).map((line) => line.text).join(" "));
    for (const block of paragraph) blocks.push(block);
    i = end - 1;
  }
  return blocks;
}

/** A line of a page, with what splitBlocks asks of it: read once per wording in a comparison. */
interface Line {
  /** The line with its runs of spaces made one space, trimmed. */
  text: string;
  /** normalizeText would leave the line as it is. */
  normal: boolean;
  listItem: boolean;
  endsSentence: boolean;
  startsLowercase: boolean;
  /** The line's blocks when it is a paragraph of its own, once asked for. */
  blocks?: readonly PageBlock[];
}

/**
 * The lines of normalizeText(text). What normalizeText rewrites lies within a line (a CR, a line or
 * paragraph separator, a no-break space, a lone surrogate: no surrogate pair spans a line break) or
 * opens the first line (a byte-order mark); so when it leaves every line as it is, it leaves the
 * text as it is, and the text's own lines are its lines. extract hands clean normalised text: a
 * page's lines are then looked up once each, without another scan of the whole text.
 */
function linesOf(text: string): Line[] {
  const lines = readLines(text.split("\n"));
  return lines.every((line) => line.normal) ? lines : readLines(normalizeText(text).split("\n"));
}

/**
 * Each line's record. Copies of a story repeat the lines of the first page read in a comparison,
 * mostly in its order: a line is first compared with the line of that page where it is expected
 * (just after the last one found there), which tells two equal strings apart from two different
 * ones without hashing them; a line not found there is looked up by its text, and where it stands
 * in that page (if it does) is where the next line is expected. Only where the lines are looked up
 * changes: every line gets the record of its own text.
 */
function readLines(texts: string[]): Line[] {
  const first = firstPage();
  const known = first.texts.length > 0;
  const lines: Line[] = new Array(texts.length);
  let expected = 0;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    if (known && text === first.texts[expected]) {
      lines[i] = first.lines[expected++];
      continue;
    }
    const line = lineOf(text);
    lines[i] = line;
    const at = known && text ? first.at.get(line) : undefined;
    expected = at === undefined ? expected + 1 : at + 1;
  }
  if (!known) {
    first.texts = texts;
    first.lines = lines;
    // A line met more than once on the page (a blank line, repeated furniture) says nothing of where the next one stands.
    lines.forEach((line, k) => first.at.set(line, first.at.has(line) ? -1 : k));
    for (const [line, k] of first.at) if (k < 0) first.at.delete(line);
  }
  return lines;
}

/** The first page read in this comparison: its lines, their records, and where each line unique on it stands. Forgotten with the comparison's texts. */
const firstPage = perComparison((): { texts: string[]; lines: Line[]; at: Map<Line, number> } => ({ texts: [], lines: [], at: new Map() }));

const lineOf = memoByText(20_000, (line): Line => {
  const messy = MESSY_SPACE.test(line);
  const text = (messy ? line.replace(/[\s\u200B]+/g, " ") : line).trim();
  return {
    text,
    // What normalizeText rewrites is a space other than a plain one (CR, line and paragraph
    // separators, no-break spaces, the byte-order mark all are), or a lone surrogate: a line
    // without such spaces is left as it is exactly when it is well formed.
    normal: messy ? normalizeText(line) === line : line.isWellFormed(),
    listItem: LIST_ITEM.test(text),
    endsSentence: endsLikeSentence(text),
    startsLowercase: STARTS_LOWERCASE.test(text),
  };
});
/** Any space but a single plain one. */
const MESSY_SPACE = /[^\S ]|\u200B| {2}/;

/**
 * A paragraph's blocks: its pieces, each with the clutter it is. Shared by every page that has the
 * paragraph, so never changed, only read (as are the matches).
 */
const blocksOf = memoByText(4_000, (paragraph): readonly PageBlock[] => {
  const listItem = LIST_ITEM.test(paragraph);
  return splitRunIns(paragraph.replace(BULLET, "")).map(({ text, match }) => new PageBlock(text, match ?? matchClutter(text), listItem));
});

const STARTS_LOWERCASE = letterRegExp(String.raw`^\p{Ll}`);
const BULLET = /^[-•*·▪◦‣]\s+(?=\S)/;
const LIST_ITEM = /^(?:[-•*·▪◦‣]|\d{1,2}[.)])\s+\S/;

function continuesLine(previous: Line, line: Line, wrapWidth: number): boolean {
  if (line.listItem) return false;
  // In hard-wrapped text a paragraph's last line is a short one ending a sentence.
  if (wrapWidth) return !(previous.endsSentence && previous.text.length < wrapWidth * 0.75);
  return !previous.endsSentence && previous.text.length >= 40 && line.startsLowercase;
}

/** Wider than this, lines are a paragraph each, not wrapped. */
const MAX_WRAP_WIDTH = 110;

/**
 * The width lines were wrapped at, or 0 when they were not: most line breaks inside blocks fall
 * mid-sentence on lines of a typewriter-like width (paragraph-per-line pages have long lines).
 */
function hardWrapWidth(lines: Line[]): number {
  // The width is the 90th percentile of the lengths of the lines with text. It is at most
  // MAX_WRAP_WIDTH only when more lines than its rank are that short: most pages, a paragraph a
  // line, are answered by this count without sorting their lengths (and with none, the rank is 0).
  let count = 0;
  let narrow = 0;
  for (const { text } of lines) {
    if (!text) continue;
    count++;
    if (text.length <= MAX_WRAP_WIDTH) narrow++;
  }
  const rank = Math.floor(count * 0.9);
  if (narrow <= rank) return 0;
  const width = lines
    .filter((line) => line.text)
    .map((line) => line.text.length)
    .sort((a, b) => a - b)[rank];
  let breaks = 0;
  let midSentence = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i].text || !lines[i + 1].text || lines[i].text.length < width * 0.6) continue;
    breaks++;
    if (!lines[i].endsSentence) midSentence++;
  }
  return breaks >= 3 && midSentence / breaks >= 0.5 ? width : 0;
}

// ---- What each block is ----

/**
 * What each block is: the head (headline, byline, date, captions, menus) up to the first
 * paragraph, then clutter the rules name, captions beside credit lines, repeated furniture,
 * menus after clutter, and the runs of clutter at the body's edges; the rest is body.
 */
function readPage(blocks: PageBlock[]): Page {
  const roles: Role[] = blocks.map((block) => block.role);
  const page: Page = { roles };
  const credit = blocks.map((b) => b.credit);
  const besideCredit = (i: number) => credit[i - 1] === true || credit[i + 1] === true;

  const bodyStart = readHead(blocks, page, besideCredit);
  for (let i = bodyStart; i < blocks.length; i++) {
    // An unpunctuated line beside a credit line is that picture's caption.
    if (roles[i].kind === "body" && besideCredit(i) && !endsLikeSentence(blocks[i].text)) roles[i] = { kind: "removed", reason: PHOTO_CAPTION };
  }
  markRepeatedLines(blocks, roles, bodyStart);
  markKeyPoints(blocks, roles, bodyStart);
  markMenusAfterClutter(blocks, roles, bodyStart);
  markRun(blocks, roles, findHeadRun(blocks, bodyStart));
  markRun(blocks, roles, findTailRun(blocks, bodyStart));
  keepLeadInsToQuotes(blocks, roles, LEAD_INS);

  const first = roles.findIndex((role, i) => i >= bodyStart && role.kind === "body");
  const split = first >= 0 ? blocks[first].dateline : undefined;
  if (split) page.dateline = { block: first, text: split.dateline, rest: split.rest };
  // A second dateline further down ("MOSCOW – …") opens another story pasted in: set aside, like the first.
  page.laterDatelines = new Map();
  for (let i = first + 1; first >= 0 && i < blocks.length; i++) {
    const later = roles[i].kind === "body" ? blocks[i].dateline : undefined;
    if (later && !NOT_A_PLACE.test(later.dateline)) page.laterDatelines.set(i, later);
  }
  return page;
}

const REPEATED = "repeated page element";
const LATER_DATELINE = "dateline";
/** Labels in capitals that open a paragraph the way a place does ("UPDATE - May 30: …"): the article's own. */
const NOT_A_PLACE = /^(?:UPDATE[DS]?|CORRECTION|CLARIFICATION|EDITOR['’]?S NOTE|NOTE|BREAKING|EXCLUSIVE|ANALYSIS|OPINION|WATCH|LIVE|FACT CHECK|Q|A)\b/;
/** Lead-ins whose player or picture is gone, unless a quotation follows them. */
const LEAD_INS = new Set([VIDEO_EMBED]);

/** The same short line more than once ("Advertisement", "Share", a section name) is page furniture. */
function markRepeatedLines(blocks: PageBlock[], roles: Role[], from: number) {
  const counts = new Map<string, number>();
  // "UPDATE:" before each update is a label of the article's own, not furniture.
  for (const { repeatable } of blocks) if (repeatable !== undefined) counts.set(repeatable, (counts.get(repeatable) ?? 0) + 1);
  // Most pages repeat no short line: then no block need be lower-cased and looked up.
  if (![...counts.values()].some((n) => n > 1)) return;
  for (let i = from; i < blocks.length; i++) {
    if (roles[i].kind === "body" && (counts.get(blocks[i].lower) ?? 0) > 1) roles[i] = { kind: "removed", reason: REPEATED };
  }
}

/**
 * Every block of a run goes. One without a reason of its own takes the nearest page-clutter
 * reason in the run: the one before it, or the one after when it introduces what follows ("…:").
 */
function markRun(blocks: PageBlock[], roles: Role[], run: [number, number] | undefined) {
  if (!run) return;
  const [start, end] = run;
  const reasons = blocks.map((b, i) => (i >= start && i <= end && b.match?.kind === "page" ? b.match.reason : undefined));
  for (let i = start; i <= end; i++) {
    if (roles[i].kind !== "body") continue; // already removed, or a byline or date
    const forwardFirst = blocks[i].text.endsWith(":");
    let reason: string | undefined;
    for (let d = 1; !reason && d <= end - start; d++) {
      reason = forwardFirst ? (reasons[i + d] ?? reasons[i - d]) : (reasons[i - d] ?? reasons[i + d]);
    }
    roles[i] = { kind: "removed", reason: reason ?? "page clutter" };
  }
}

// ---- Output ----

function assemble(blocks: PageBlock[], page: Page, restore: Set<number>): CleanResult {
  const paragraphs: string[] = [];
  const removed: CleanedText["removed"] = [];
  let removedIndex = 0;
  blocks.forEach((block, i) => {
    const role = page.roles[i];
    const later = page.laterDatelines?.get(i);
    if (later && !restore.has(removedIndex++)) {
      removed.push({ text: later.dateline, reason: LATER_DATELINE, before: paragraphs.length });
      paragraphs.push(later.rest);
      return;
    }
    const text = page.dateline?.block === i ? page.dateline.rest : block.text;
    if (role.kind === "removed" && !restore.has(removedIndex++)) removed.push({ text, reason: role.reason, before: paragraphs.length });
    else if (role.kind !== "meta") paragraphs.push(text);
  });
  const result: CleanResult = { paragraphs, removed };
  if (page.title) result.title = page.title;
  if (page.byline) result.byline = page.byline;
  if (page.dateline) result.dateline = page.dateline.text;
  if (page.date) result.date = page.date;
  return result;
}
