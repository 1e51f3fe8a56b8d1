import { letterRegExp } from "./clutter/letters";
import { splitsIntoMoreThan } from "./clutter/shape";
import { MONTH_PATTERN } from "./lexicon/calendar";

/**
 * Recognisers for what sits at the head of an article but is not its body: the byline, the
 * dateline that opens the first paragraph, a date line (alone or fused with the headline).
 * Patterns are about form (capitals, dashes, agency brackets), never about particular outlets.
 */

/** "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press", "By Jane Doe | Reuters", "Author: Jane Doe". */
export function matchByline(text: string): string | undefined {
  return BYLINE.test(text) ? text : undefined;
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*`;
const BYLINE = letterRegExp(`^(?:[Bb]y|BY|Author:|Written by)\\s+${NAME}(?:(?:\\s+|\\s*[,|·•/]\\s*|\\s+(?:and|&)\\s+)${NAME}){0,9}$`);

/**
 * A dateline opening the first paragraph: "MOSCOW (AP) —", "MOSCOW –", "KYIV, Ukraine (AP) —", "(CNN) —",
 * "Denver (AP) –",
 * "LONDON, Feb 28 (Reuters) -", "MOSCOW, February 28. /AGENCY/.", "WASHINGTON—", "WASHINGTON ―". The
 * place is in capitals; then an optional region, date and agency in brackets or slashes; then a dash
 * (em, en, or the horizontal bar some sites print; after a slashed agency, just a space). Returns
 * the dateline and the paragraph without it.
 */
export function splitDateline(paragraph: string): { dateline: string; rest: string } | undefined {
  const match = DATELINE.exec(paragraph);
  if (!match) return undefined;
  const rest = paragraph.slice(match[0].length);
  if (!OPENS_SENTENCE.test(rest)) return undefined;
  return { dateline: match[0].trim(), rest };
}

const PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}`;
const REGION = String.raw`(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?`;
// A press release's dateline gives the year too: "SANTA CLARA, Calif., Aug. 1, 2024 –".
const DAY = String.raw`(?:,\s*(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)\.?(?:,?\s+\d{4})?)?`;
const AGENCY = String.raw`\((?:\p{Lu}{2,}|\p{Lu}\p{Ll}+)(?:[ -]\p{Lu}[\p{L}]*)?\)`;
const OPENS_SENTENCE = letterRegExp(String.raw`^[“"‘(]?[\p{Lu}\p{N}]`);
const DATELINE = letterRegExp(
  `^(?=[\\p{Lu}.'’ -]{3,})${PLACE}${REGION}${DAY}(?:\\s*${AGENCY})?(?:\\s*[—–―]\\s*|\\s+--?\\s+)` +
    `|^${PLACE}${REGION}${DAY}\\s*/\\p{Lu}[\\p{L}-]+/\\.?(?:\\s*(?:--?|[—–]))?\\s+` +
    `|^(?:\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2}${REGION}${DAY}\\s*)?${AGENCY}\\s*(?:[—–―]\\s*|--?\\s+)` +
    // News-agency style with no dash, the date making it a dateline: "Kerrville (US), Jul 6 (AP) Rescuers …"
    `|^\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2}\\s*\\(\\p{Lu}[\\p{L}.]*\\),\\s*\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2}\\s*${AGENCY}\\s+`,
);

const DATE = String.raw`(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|${MONTH_PATTERN}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH_PATTERN}\s+\d{4})`;
const TIME = String.raw`(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?`;
const DATE_LABEL = String.raw`(?:date|published|updated|posted|last updated)?:?\s*`;
const DATE_THEN_TITLE = new RegExp(`^${DATE_LABEL}(${DATE})${TIME}\\s+(\\S.*)$`, "iu");
/** What may surround a date on a date line: labels, weekdays, times, time zones, separators. */
const DATE_LINE_REST =
  /^(?:[\s,.:|·•-]|published|updated|posted|last|on|at|date|\d{1,2}[:.]?\d{2}|[ap]\.?m\.?|[A-Z]{2,4}\b|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b)*$/i;

const DATE_ANYWHERE = new RegExp(DATE, "iu");

/** A line that is only a date with its trimmings: "2025-02-28", "Published 9:41 AM EST, Fri February 28, 2025". */
export function matchDateLine(text: string): string | undefined {
  if (splitsIntoMoreThan(text, 12)) return undefined;
  const match = DATE_ANYWHERE.exec(text);
  if (!match) return undefined;
  const rest = text.slice(0, match.index) + " " + text.slice(match.index + match[0].length);
  return DATE_LINE_REST.test(rest) ? match[0] : undefined;
}

/** A date fused with the headline, as some pages paste: "date 2025-02-28 Key Takeaways From …". */
export function splitDateAndTitle(text: string): { date: string; title: string } | undefined {
  const match = DATE_THEN_TITLE.exec(text);
  return match ? { date: match[1], title: match[2] } : undefined;
}

const PERSON_NAME = letterRegExp(String.raw`^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,3}$`);

/** "Pjotr Sauer": two to four capitalised words and nothing else, as bylines without "By" look. */
export function isPersonName(text: string): boolean {
  return PERSON_NAME.test(text);
}
