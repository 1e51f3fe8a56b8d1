import { memoByText } from "../memo";
import type { ClutterMatch } from "./rules";
import { addressesReader, endsLikeSentence, hasReportingCue, isShortLine, isTeaser, isTitleLike, mentionsPrice, wordCount } from "./shape";

/**
 * Page clutter comes in runs: a paywall, a donation appeal, a menu after the last paragraph, or a
 * banner before the first. Inside a run there are sentences no rule recognises ("Before you go,
 * here is one more thing you should know."); they go because of the company they keep.
 *
 * Each block gets a score: positive when it looks like page furniture, negative when it looks
 * like article text. The run is the stretch at the page's edge with the highest total; it must
 * hold a "page" rule match (so inline markers like "Advertisement" never start one) and can never
 * cross an attributed paragraph ("…, the ministry said."), which only articles write.
 */
export interface RunBlock {
  text: string;
  match?: ClutterMatch;
  /** Answers the block remembers (clean's blocks: page-block.ts); others are read from the text. */
  readonly score?: number;
  readonly attributed?: boolean;
  readonly closesRun?: boolean;
}

/** Below this total a run is not clear enough to remove: one page-clutter block scores it alone. */
const MIN_RUN_SCORE = 5;

export function scoreBlock({ text, match }: RunBlock): number {
  if (match) return match.kind === "page" ? 5 : 1;
  return scoreText(text);
}

/**
 * A block without a rule match, scored by its text alone, once per wording in a comparison: a page
 * without attribution is scored from both edges, and copies of a page repeat most paragraphs.
 */
const scoreText = memoByText(20_000, (text: string): number => {
  const words = wordCount(text);
  // Two signs of furniture score as much as more: once two are found, the rest are not read.
  let furniture = 0;
  if (isShortLine(text, 8, words)) furniture++;
  if (words <= 4) furniture++;
  if (furniture < 2 && addressesReader(text)) furniture++;
  if (furniture < 2 && isShortLine(text, 15, words) && mentionsPrice(text)) furniture++; // a price list, not a sentence reporting a figure
  if (furniture < 2 && isTeaser(text)) furniture++;
  if (furniture < 2 && words <= 15 && isTitleLike(text, words) && !/[?!]["”’']?$/.test(text)) furniture++; // a headline in a list of other stories
  if (furniture < 2 && /\b(?:buy now|limited time|exclusive offer|special offer|act now|don['’]t miss)\b/i.test(text)) furniture++;
  if (furniture) return furniture;
  return closesOnArticleText(text) ? -5 : -2;
});

/** A reported paragraph: a full sentence with attribution, not addressed to the reader nor cut off as a teaser. */
export const isAttributed: (text: string) => boolean = memoByText(20_000, (text) =>
  endsLikeSentence(text) && wordCount(text) >= 10 && !isTeaser(text) && hasReportingCue(text) && !addressesReader(text),
);

/**
 * Background an article closes on ("Ferries are common in … . In 2018, …"): several full sentences
 * of some length, written to nobody in particular. Page furniture that long talks to its reader or
 * is cut off as a teaser; a related-links label above it must not carry it off with the links.
 */
const isBackgroundProse = memoByText(20_000, (text: string) =>
  wordCount(text) >= MIN_BACKGROUND_WORDS && endsLikeSentence(text) && SENTENCE_BREAK.test(text) && !isTeaser(text) && !addressesReader(text),
);
const MIN_BACKGROUND_WORDS = 30;
/** A full stop and the capital or figure of the next sentence. */
const SENTENCE_BREAK = /[.!?]["”’']?\s+["“]?[\p{Lu}\d]/u;

/** What a run of clutter never crosses: a paragraph only an article writes. */
export const closesOnArticleText = (text: string) => isAttributed(text) || isBackgroundProse(text);

const scoreOf = (block: RunBlock) => block.score ?? scoreBlock(block);
const attributedOf = (block: RunBlock) => block.attributed ?? isAttributed(block.text);
const closesRunOf = (block: RunBlock) => block.closesRun ?? closesOnArticleText(block.text);

/** The run of clutter ending the page, as [start, end] block indices, searched in [from, blocks.length). */
export function findTailRun(blocks: RunBlock[], from: number): [number, number] | undefined {
  if (!hasPageClutter(blocks, from)) return undefined;
  let lastAttributed = from - 1;
  for (let i = blocks.length - 1; i >= from; i--) {
    if (!blocks[i].match && closesRunOf(blocks[i])) {
      lastAttributed = i;
      break;
    }
  }
  const scores = scoresIn(blocks, lastAttributed + 1, blocks.length);
  let end = blocks.length - 1;
  while (end > lastAttributed && scores[end] <= 0) end--; // article text after the last clutter stays
  let best = 0;
  let start = -1;
  let sum = 0;
  for (let i = end; i > lastAttributed; i--) {
    sum += scores[i];
    if (sum > best) [best, start] = [sum, i];
  }
  return start >= 0 && isRun(blocks, start, end, best) ? [start, end] : undefined;
}

/** The run of clutter opening the body, as [start, end] block indices, searched from `from`. */
export function findHeadRun(blocks: RunBlock[], from: number): [number, number] | undefined {
  if (!hasPageClutter(blocks, from)) return undefined;
  let firstAttributed = blocks.length;
  for (let i = from; i < blocks.length; i++) {
    if (!blocks[i].match && attributedOf(blocks[i])) {
      firstAttributed = i;
      break;
    }
  }
  // A run starts at `from` or not at all: the rest is scored only when the first block may start one.
  if (from >= firstAttributed || scoreOf(blocks[from]) <= 0) return undefined;
  const scores = scoresIn(blocks, from, firstAttributed);
  let best = 0;
  let end = -1;
  let sum = 0;
  for (let i = from; i < firstAttributed; i++) {
    sum += scores[i];
    if (sum > best) [best, end] = [sum, i];
  }
  return end >= 0 && isRun(blocks, from, end, best) ? [from, end] : undefined;
}

/**
 * Scores of blocks [from, to) only: a run never crosses an attributed paragraph, so the body
 * between the first and the last one (most of a long article) needs no score.
 */
function scoresIn(blocks: RunBlock[], from: number, to: number): number[] {
  const scores: number[] = [];
  for (let i = from; i < to; i++) scores[i] = scoreOf(blocks[i]);
  return scores;
}

/**
 * Whether any block from `from` on is page clutter by the rules. A run must hold one (isRun), so a
 * page without any, as most articles are, has no run, and neither its blocks' scores nor its
 * attributed paragraphs need be read.
 */
function hasPageClutter(blocks: RunBlock[], from: number): boolean {
  for (let i = from; i < blocks.length; i++) if (blocks[i].match?.kind === "page") return true;
  return false;
}

function isRun(blocks: RunBlock[], start: number, end: number, score: number): boolean {
  return score >= MIN_RUN_SCORE && blocks.slice(start, end + 1).some((b) => b.match?.kind === "page");
}
