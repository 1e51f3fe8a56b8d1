import { isPersonName, splitDateAndTitle } from "../metadata";
import { PHOTO_CAPTION } from "./captions";
import { HEAD_LINE, type Page } from "./page";
import type { PageBlock } from "./page-block";
import { TIMESTAMP } from "./rules";
import { hasReportingCue, isProse, isShortLine, isTitleLike, wordCount } from "./shape";

/**
 * The head of a pasted page, before the article's first paragraph: navigation, the headline, a
 * standfirst, byline, date, a picture with caption and credit. Headline, byline and date become
 * metadata; captions and menu items are removed; a standfirst stays as body.
 */

/**
 * The head of the page, up to the first paragraph of prose: headline, byline, date, captions,
 * and labels or menu items. Returns the index of that first paragraph.
 */
export function readHead(blocks: PageBlock[], page: Page, credit: readonly boolean[]): number {
  const { roles } = page;
  const bodyStart = findBodyStart(blocks, credit);
  const titleAt = findTitle(blocks, bodyStart, credit);
  // Without any prose to anchor on, short lines may be all the text there is: they stay.
  const hasBody = bodyStart < blocks.length;
  for (let i = 0; i < bodyStart; i++) {
    const { text, match } = blocks[i];
    if (match) {
      if (match.reason === TIMESTAMP) readMeta(blocks, i, page); // "Published 9:41 AM, Feb. 28, 2025": the date
      continue;
    }
    if (i === titleAt) {
      const dated = splitDateAndTitle(text);
      page.title = dated && isTitleLike(dated.title) ? dated.title : text;
      if (dated && isTitleLike(dated.title)) page.date ??= dated.date;
      roles[i] = { kind: "meta" };
    } else if (!readMeta(blocks, i, page) && !page.byline && isPersonName(text) && (isDateLine(blocks, i - 1) || isDateLine(blocks, i + 1))) {
      page.byline = text; // "Jane Doe" above or below the date: a byline without "By"
      roles[i] = { kind: "meta" };
    } else if (roles[i].kind === "meta") {
      continue;
    } else if (besideCredit(credit, i)) {
      roles[i] = { kind: "removed", reason: PHOTO_CAPTION };
    } else if (hasBody && (isHeadLabel(text) || i < titleAt)) {
      roles[i] = { kind: "removed", reason: HEAD_LINE };
    }
    // Anything else between the headline and the first paragraph (a standfirst) stays as body.
  }
  readBelowStandfirst(blocks, page, bodyStart);
  return bodyStart;
}

/**
 * A standfirst can end like prose and so open the body, with the byline, date and share buttons
 * still below it. Up to the next paragraph of prose, those are metadata and furniture, not body.
 * A first paragraph with a dateline or attribution is the article's own: subheads may follow it.
 */
function readBelowStandfirst(blocks: PageBlock[], page: Page, bodyStart: number) {
  const first = blocks[bodyStart];
  if (!first || first.dateline || first.attributed) return;
  for (let i = bodyStart + 1; i < Math.min(bodyStart + 9, blocks.length) && !isProse(blocks[i].text); i++) {
    const { text, match } = blocks[i];
    if (match && match.reason !== TIMESTAMP) continue;
    if (!readMeta(blocks, i, page) && !match && isHeadLabel(text)) page.roles[i] = { kind: "removed", reason: HEAD_LINE };
  }
}

/** A section label or menu item; a short line ending in ":" leads into the next paragraph instead. */
function isHeadLabel(text: string): boolean {
  return isShortLine(text, 4) && !text.endsWith(":");
}

/** Takes block i as the byline or the date when it is one and the page has none yet. */
function readMeta(blocks: PageBlock[], i: number, page: Page): boolean {
  const { text, byline, dateLine: date } = blocks[i];
  if (!page.byline && byline) page.byline = text;
  else if (!page.date && date) page.date = date;
  else return false;
  page.roles[i] = { kind: "meta" };
  return true;
}

/**
 * The first paragraph of the article: a dateline, or prose that is no picture's caption. A
 * headline ending in "?" or "!" is prose-shaped, so a one-sentence question followed by prose is
 * taken for the headline instead.
 */
function findBodyStart(blocks: PageBlock[], credit: readonly boolean[]): number {
  for (let i = 0; i < blocks.length; i++) {
    if (!opensBody(blocks, i, credit)) continue;
    let next = i + 1;
    while (next < blocks.length && isFurniture(blocks, next, credit)) next++;
    const headline = isTitleLike(blocks[i].text) && next < blocks.length && opensBody(blocks, next, credit);
    if (!headline) return i;
  }
  return blocks.length;
}

function opensBody(blocks: PageBlock[], i: number, credit: readonly boolean[]): boolean {
  const { text, match } = blocks[i];
  if (match) return false;
  if (blocks[i].dateline) return true;
  // Beside a credit line a block is that picture's caption, unless it reports as an article does
  // ("…, officials said."): a wire credit above the lede must not take the lede with it.
  if (besideCredit(credit, i) && !(hasReportingCue(text) && isProse(text))) return false;
  const statement = /\.["”’')]*$/u.test(text) && wordCount(text) >= 4; // "Joe Biden knew Lloyd Bentsen."
  return isProse(text) || (statement && !isTitleLike(text)) || (wordCount(text) >= 20 && !isTitleLike(text));
}

/**
 * The headline sits just above the body, past any byline, date, caption or share buttons, at the
 * top of the cluster of headline-shaped lines there (headline, then standfirst); menus and site
 * taglines further up are cut off by the short lines between. Within the cluster: the first line
 * of five words or more, else of three or more. Returns -1 when there is none.
 */
function findTitle(blocks: PageBlock[], bodyStart: number, credit: readonly boolean[]): number {
  const cluster: number[] = [];
  for (let i = bodyStart - 1; i >= 0; i--) {
    if (isFurniture(blocks, i, credit) || isPersonName(blocks[i].text)) continue;
    if (!headlineWords(blocks, i)) break;
    cluster.unshift(i);
  }
  if (!cluster.length) for (let i = 0; i < bodyStart; i++) if (!isFurniture(blocks, i, credit) && headlineWords(blocks, i)) cluster.push(i);
  for (const i of cluster) if (headlineWords(blocks, i) >= 5) return i;
  return cluster[0] ?? -1;
}

/** The words of block i when it is headline-shaped (past a date before it), else 0. */
function headlineWords(blocks: PageBlock[], i: number): number {
  const { text } = blocks[i];
  const candidate = splitDateAndTitle(text)?.title ?? text;
  return isTitleLike(candidate) && wordCount(candidate) >= 3 ? wordCount(candidate) : 0;
}

/** Clutter, a credit or caption, a byline or a date line: what sits between a headline and its body. */
function isFurniture(blocks: PageBlock[], i: number, credit: readonly boolean[]): boolean {
  const block = blocks[i];
  return !!(block.match || besideCredit(credit, i) || block.credit || block.byline || block.dateLine);
}

/**
 * Whether a credit line (`credit`, by block) stands next to block i: the block is then that
 * picture's caption. The page's functions here are module level, not closures over the page:
 * keepNames transpilers name each closure made, a cost paid per page.
 */
export function besideCredit(credit: readonly boolean[], i: number): boolean {
  return credit[i - 1] === true || credit[i + 1] === true;
}

function isDateLine(blocks: PageBlock[], i: number): boolean {
  return i >= 0 && i < blocks.length && !!blocks[i].dateLine;
}
