import { normalizeText } from "../decode";
import { memoByText } from "../memo";
import { letterRegExp } from "./letters";
import { PageBlock } from "./page-block";
import { matchClutter } from "./rules";
import { splitRunIns } from "./run-ins";
import { endsLikeSentence } from "./shape";

/**
 * A page's text → its lines → its blocks, each read once per wording in a comparison: copies of a
 * story repeat most lines, so a copy with a few words changed reads only the lines that changed.
 */

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
export function splitBlocks(lines: Line[]): PageBlock[] {
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
export interface Line {
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
export function linesOf(text: string): Line[] {
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

/** State kept for one comparison, made afresh once compare() forgets its texts: a memo of one value, under one key. */
export function perComparison<T>(make: () => T): () => T {
  const made = memoByText(1, make);
  return () => made("");
}
