import { splitDateline } from "../metadata";
import { letterRegExp } from "./letters";
import { VIDEO_CAPTION } from "./notices";
import { matchClutter, type ClutterMatch } from "./rules";
import { endsLikeSentence, wordCount } from "./shape";

/**
 * Clutter a scraper ran into the article's text: a video caption glued between two sentences
 * ("… 14 children.Video above: Governor gives update on searchThe waters rose …"), a link at a
 * paragraph's end ("… (Read more earthquake stories.)"), a label or advert before a dateline
 * ("Advertisement WASHINGTON (AP) — …"). Such a block is cut into pieces, so the clutter can be
 * set aside without taking the article's sentences with it.
 */

export interface Piece {
  text: string;
  /** Set when the cut itself says what the piece is. */
  match?: ClutterMatch;
}

/**
 * A caption label glued to the end of a sentence, running to the next sentence glued to it, where a
 * lowercase word meets a capital with no space ("… camp kidsThe waters …"), or to the block's end.
 */
const GLUED_CAPTION = letterRegExp(
  String.raw`(?<=[.!?”’"])(?:Video|Watch|Photo|Photos|Image|Gallery|Listen|Related|Read more|Read also|Also read|See also)(?:\s+(?:above|below|here))?\s*:\s+.+?(?:(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})|$)`,
);

/** "(Read more Europe stories.)", "(Watch the video.)", "(See photos here.)" closing a paragraph. */
const TRAILING_LINK = /\s*\((?:read|see|watch|click|more|view)\b[^()]{0,80}\b(?:stor(?:y|ies)|coverage|here|video|videos|photos|gallery|articles?)\b[^()]{0,20}\)$/i;

const gluedCaption = (text: string) => (text.includes(":") ? GLUED_CAPTION.exec(text) : null);

const GLUED_CAPTION_MATCH: ClutterMatch = { reason: VIDEO_CAPTION, kind: "inline" };
const RELATED_LINK: ClutterMatch = { reason: "link to another article", kind: "inline" };

export function splitRunIns(text: string): Piece[] {
  const pieces: Piece[] = [];
  let rest = text;
  // A glued caption has its colon: a block without one (most) is spared the search, which tries every character.
  for (let match = gluedCaption(rest); match; match = gluedCaption(rest)) {
    pieces.push({ text: rest.slice(0, match.index).trim() }, { text: match[0].trim(), match: GLUED_CAPTION_MATCH });
    rest = rest.slice(match.index + match[0].length);
  }
  // The link closes the block: a block that does not end in ")" is spared the search.
  const trailing = rest.endsWith(")") ? TRAILING_LINK.exec(rest) : null;
  const tail: Piece[] = [];
  if (trailing && trailing.index > 0) {
    tail.push({ text: trailing[0].trim(), match: RELATED_LINK });
    rest = rest.slice(0, trailing.index);
  }
  pieces.push(...splitBeforeDateline(rest.trim()), ...tail);
  return pieces.filter((piece) => piece.text);
}

/** Room for a label or an advertiser's line before the dateline; longer prefixes are prose. */
const MAX_PREFIX_CHARS = 120;
/** Where a prefix may end: at a space, or where a word runs into a capitalised place ("SponsoredLONDON"). */
const CUT = letterRegExp(String.raw`(?<=\S) (?=[\p{Lu}(])|(?<=\p{Ll})(?=\p{Lu}{2})`, "gu");

const DATELINE_END = /[—–]|\s--?\s|\/[A-Z]/;
/** A place in capitals ("LONDON", "KYIV, Ukraine"), a capitalised place before its agency ("Denver (AP)"), or the agency. */
const PLACE_START = letterRegExp(String.raw`^(?:\p{Lu}[\p{Lu}.'’-]|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}(?:,\s[^,]{2,30})?\s\(|\()`);

/**
 * "Sponsored by Acme Funds LONDON (Reuters) - …": a short unpunctuated prefix run into a dateline
 * is not the article's when the dateline names its agency or the prefix is clutter by the rules. It
 * becomes a block of its own for the rules to judge.
 */
function splitBeforeDateline(text: string): Piece[] {
  // Cheap test first: every dateline ends in a dash or a slashed agency.
  if (!DATELINE_END.test(text.slice(0, MAX_PREFIX_CHARS + 60)) || splitDateline(text)) return [{ text }];
  for (const cut of text.slice(0, MAX_PREFIX_CHARS).matchAll(CUT)) {
    const prefix = text.slice(0, cut.index).trim();
    const rest = text.slice(cut.index).trim();
    const dateline = PLACE_START.test(rest) ? splitDateline(rest) : undefined;
    if (!dateline) continue;
    if (endsLikeSentence(prefix) || wordCount(prefix) === 0) break;
    const match = matchClutter(prefix);
    if (match || /[(/]/.test(dateline.dateline)) return [{ text: prefix, match }, { text: rest }];
  }
  return [{ text }];
}
