import { memoByText } from "../memo";
import { letterRegExp } from "./letters";
import { endsLikeSentence, hasReportingCue, wordCount } from "./shape";

/** Photo captions and credits: how pages label pictures, whatever the outlet. */

export const PHOTO_CAPTION = "photo caption";
export const PHOTO_CREDIT = "photo credit";
export const COPYRIGHT_NOTICE = "copyright notice";

/** Picture libraries and wire services as they appear in credits ("Jane Doe/Getty Images"). */
const PICTURE_AGENCY = String.raw`(?:Getty Images|Shutterstock|Alamy|iStock(?:photo)?|Reuters|AFP|AP|EPA(?:-EFE)?|Associated Press)`;
/** "Kirill Zharov / Agency", "Jane Doe/Reuters", "Jane Doe/AFP/Getty Images": a name, then organisations after slashes. */
const ORG = String.raw`\p{Lu}[\p{L}&.'’-]*(?:\s+(?:via\s+)?\p{Lu}[\p{L}&.'’-]*){0,3}`;
const NAME_SLASH_ORG = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*\/\s*${ORG}){1,3}`;

const CREDIT_LINES: RegExp[] = [
  // "Photo: Jane Doe/Reuters", "Image by …", "Credit: …"
  /^(?:photo(?:graph)?|picture|image|illustration|video|graphic|credit|photo credit|file photo)s?\s*(?::|by\b|\|)\s*\S/i,
  letterRegExp(`^${NAME_SLASH_ORG}$`),
  // "(AP Photo/Jane Doe)" on its own line
  letterRegExp(String.raw`^\((?:\p{Lu}{2,}\s+)?(?:[Pp]hoto|[Pp]hotograph|[Ii]mage|[Pp]icture|[Ff]ile|PHOTO|FILE)\b[^)]*\)$`),
  new RegExp(`^(?:the )?${PICTURE_AGENCY}(?:\\s*(?:via|/)\\s*.+)?$`, "i"),
];

/**
 * How captions end, each with what a text cannot end so without (a closing bracket, a slash, a
 * last character other than a full stop, an agency's usage note): the patterns are anchored at the
 * end only, so each is tried at every character of a paragraph, and clean asks this of every
 * paragraph of every copy (edited copies have a wording each).
 */
const CAPTION_ENDINGS: ReadonlyArray<{ possible: (text: string) => boolean; pattern: Pick<RegExp, "test"> }> = [
  // "… on Feb. 27, 2025. (AP Photo/Jane Doe)", "(Photo by Jane Doe/Getty Images)"
  {
    possible: endsWithBracket,
    pattern: letterRegExp(String.raw`\((?:\p{Lu}{2,}(?:\s+\p{Lu}\w*)?\s+)?(?:[Pp]hotos?|[Pp]hotograph|[Ii]mage|[Pp]icture|[Ff]ile photo|[Pp]ool photo|[Vv]ideo|PHOTO)\b[^)]*\)$`),
  },
  { possible: endsWithBracket, pattern: new RegExp(`\\((?:[^()]*/\\s*)?${PICTURE_AGENCY}(?:\\s+via\\s+Getty Images)?\\)$`, "i") },
  // "… in the capital. Photo: Jane Doe/Reuters"
  { possible: endsWithoutStop, pattern: afterLastStop(/[.!?”’]\s+(?:photo(?:graph)?|picture|image|credit|illustration)s?\s*(?::|by)\s*[^.]{2,80}$/i) },
  // "… leaves the residence. Jane Doe / Agency", "… at the Capitol.CreditJane Doe/Reuters"
  { possible: hasSlash, pattern: letterRegExp(`[.!?”’]\\s+${NAME_SLASH_ORG}$`) },
  { possible: hasSlash, pattern: letterRegExp(`(?:Credit|Photograph|Photo|Image)s?:?\\s*${NAME_SLASH_ORG}$`) },
  // "… at the site, 04 July 2021. EPA-EFE/JANE DOE HANDOUT EDITORIAL USE ONLY/NO SALES"
  { possible: hasSlash, pattern: new RegExp(`[.!?”’]\\s+${PICTURE_AGENCY}\\s*/\\s*[A-Z][A-Z .'/-]*$`) },
  { possible: hasUsageNote, pattern: /\b(?:EDITORIAL USE ONLY|NO SALES|NO ARCHIVES|MANDATORY CREDIT)\b[A-Z ./-]*$/ },
];

/**
 * A pattern with no full stop after its first character (that one maybe a stop) and nothing before
 * it (no lookbehind, no ^), searched only from the text's last full stop: every match starts there
 * or later, so the answer is the same, and the long start of a paragraph is not tried character by
 * character.
 */
function afterLastStop(pattern: RegExp): Pick<RegExp, "test"> {
  return { test: (text) => pattern.test(text.slice(Math.max(0, text.lastIndexOf(".")))) };
}

function endsWithBracket(text: string): boolean {
  return text.endsWith(")");
}
function hasSlash(text: string): boolean {
  return text.includes("/");
}
function endsWithoutStop(text: string): boolean {
  return !text.endsWith(".");
}
function hasUsageNote(text: string): boolean {
  return text.includes("EDITORIAL USE ONLY") || text.includes("NO SALES") || text.includes("NO ARCHIVES") || text.includes("MANDATORY CREDIT");
}

/** "… blood testing. ( AP: Jane Doe )": a short caption closed by a bracketed agency and photographer. */
const AGENCY_COLON_NAME = letterRegExp(
  String.raw`[.!?”’]\s*\(\s*(?:\p{Lu}{2,}|Supplied|Getty|Reuters|Photo|Picture|Image|File)(?:\s+\p{Lu}[\p{L}]*){0,2}\s*:\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*\)$`,
);

/** How agencies start captions: "FILE - …", "In this photo …", "Pictured: …". */
const CAPTION_OPENINGS =
  /^(?:FILE\s*[-–—]\s|In this (?:file )?(?:photo|image|picture)\b|(?:Image|Photo|Media) (?:caption|source),|Pictured:|Above:|Top:|Left:|Right:|(?:An?|The|This) (?:\w+ ){0,2}(?:photo(?:graph)?|image|picture|still|screengrab|screenshot|frame grab)s? (?:made available|released|provided|distributed|obtained|taken|posted|shared|issued|handed out)\b|(?:Photos?|Images?|Pictures?|Footage) (?:taken|shot|captured|released|provided|obtained|posted) (?:by|with|from)\b)/;
const PICTURE_LIBRARY = /\b(?:Getty Images|Shutterstock|Alamy|iStock(?:photo)?)\b/i;

/** A line that is only a credit or a copyright line, with the editor's word for it. */
export function matchCredit(text: string): string | undefined {
  return creditOf(text) ?? undefined;
}

/** matchCredit, read once per text (null: none): clean asks it of every block of every copy. */
const creditOf = memoByText(20_000, (text): string | null => {
  if (wordCount(text) > 12) return null;
  if (/^(?:©|\(c\)\s|copyright\b)/i.test(text)) {
    return /all rights reserved|\b(?:19|20)\d{2}\b/i.test(text) ? COPYRIGHT_NOTICE : PHOTO_CREDIT;
  }
  if (endsLikeSentence(text) && !/\)$/.test(text)) return null;
  return CREDIT_LINES.some((pattern) => pattern.test(text)) ? PHOTO_CREDIT : null;
});

/** A block that describes a picture: it carries a credit, or opens the way captions do. Read once per text. */
export const isCaption: (text: string) => boolean = memoByText(20_000, (text) => {
  if (CAPTION_ENDINGS.some(({ possible, pattern }) => possible(text) && pattern.test(text))) return true;
  const words = wordCount(text);
  if (words <= 35 && endsWithBracket(text) && AGENCY_COLON_NAME.test(text)) return true;
  if (words > 60 || hasReportingCue(text)) return false;
  return CAPTION_OPENINGS.test(text) || PICTURE_LIBRARY.test(text);
});
