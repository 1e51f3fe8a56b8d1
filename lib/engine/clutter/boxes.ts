import { splitDateline } from "../metadata";
import { KEY_POINTS } from "./notices";
import type { Block, Role } from "./page";
import { endsLikeSentence, isShortLine, isTeaser, isTitleLike, wordCount } from "./shape";

/**
 * Clutter that is a heading with what hangs under it: a key-points box (the heading and its
 * bullets), a list of other stories under "Related posts". The heading is found by the rules; what
 * belongs to it is found here, by its shape.
 */

/** Longer than this, an unpunctuated block is article text that lost its full stop, not a bullet. */
const MAX_BULLET_WORDS = 40;

/**
 * Under a key-points heading, the bullets: list items, or lines that do not end like a sentence
 * (boxes print their points without full stops). The first paragraph of prose ends the box.
 */
export function markKeyPoints(blocks: Block[], roles: Role[], from: number) {
  for (let i = from; i < blocks.length; i++) {
    if (blocks[i].match?.reason !== KEY_POINTS) continue;
    let k = i + 1;
    while (k < blocks.length && isBullet(blocks[k])) roles[k++] = { kind: "removed", reason: KEY_POINTS };
    i = k - 1;
  }
}

function isBullet({ text, listItem }: Block): boolean {
  if (splitDateline(text)) return false;
  return listItem === true || (!endsLikeSentence(text) && wordCount(text) <= MAX_BULLET_WORDS);
}

/**
 * After page clutter ("Related stories", "Recent Videos"), two or more lines of a list in a row
 * are its menu: short lines, headlines, teasers cut off with "…", bare separators; after a label
 * ending in a colon, one line is. One short line followed by prose is a subhead and stays.
 */
export function markMenusAfterClutter(blocks: Block[], roles: Role[], from: number) {
  for (let i = from; i < blocks.length; i++) {
    const match = blocks[i].match;
    if (match?.kind !== "page") continue;
    let end = i + 1;
    while (end < blocks.length && isMenuEntry(blocks[end], roles[end])) end++;
    // A label ending in a colon ("Related coverage:") announces its list, however short.
    if (end - (i + 1) < (LIST_LABEL.test(blocks[i].text) ? 1 : 2)) continue;
    for (let k = i + 1; k < end; k++) if (roles[k].kind === "body") roles[k] = { kind: "removed", reason: match.reason };
  }
}

const LIST_LABEL = /:\s*$/;

function isMenuEntry({ text, match }: Block, role: Role): boolean {
  if (role.kind === "removed") return match?.kind === "inline"; // a separator or a credit inside the list
  return role.kind === "body" && (isShortLine(text, 12) || isTeaser(text) || (isTitleLike(text) && !endsLikeSentence(text)));
}

/** Clutter that only holds when nothing quoted follows: "… captured on video:" before a quotation introduces it. */
export function keepLeadInsToQuotes(blocks: Block[], roles: Role[], reasons: Set<string>) {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const role = roles[i];
    if (role.kind === "removed" && reasons.has(role.reason) && /^["“‘«]/.test(blocks[i + 1].text)) roles[i] = { kind: "body" };
  }
}
