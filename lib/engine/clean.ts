import { PHOTO_CAPTION } from "./clutter/captions";
import { besideCredit, readHead } from "./clutter/head";
import { linesOf, perComparison, splitBlocks, type Line } from "./clutter/lines";
import type { Page, Role } from "./clutter/page";
import type { PageBlock } from "./clutter/page-block";
import { keepLeadInsToQuotes, markKeyPoints, markMenusAfterClutter } from "./clutter/boxes";
import { VIDEO_EMBED } from "./clutter/notices";
import { findHeadRun, findTailRun } from "./clutter/runs";
import { endsLikeSentence } from "./clutter/shape";
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

function cleanLines(lines: Line[], restore: Set<number>): CleanResult {
  const blocks = splitBlocks(lines);
  const page = readPage(blocks);
  return assemble(blocks, page, restore);
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

  const bodyStart = readHead(blocks, page, credit);
  for (let i = bodyStart; i < blocks.length; i++) {
    // An unpunctuated line beside a credit line is that picture's caption.
    if (roles[i].kind === "body" && besideCredit(credit, i) && !endsLikeSentence(blocks[i].text)) roles[i] = { kind: "removed", reason: PHOTO_CAPTION };
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
