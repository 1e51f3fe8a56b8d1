import { COPYRIGHT_NOTICE, isCaption, matchCredit, PHOTO_CAPTION } from "./captions";
import { matchDateLine } from "../metadata";
import { letterRegExp } from "./letters";
import { NOTICE_RULES } from "./notices";
import { addressesReader, hasReportingCue, isShortLine, mentionsPrice, wordCount } from "./shape";

/**
 * The vocabulary of page clutter, as any news site words it. Each rule names what the block is,
 * in an editor's words. Nothing here may name an outlet: the rules must hold on pages never seen.
 *
 * "page" clutter (paywalls, appeals, menus) comes in runs at the head or tail of a page and may
 * anchor such a run; "inline" clutter (an "Advertisement" marker, a caption, a "Read more:" link)
 * also sits between body paragraphs, so it is removed alone and never drags neighbours with it.
 */
export type ClutterKind = "page" | "inline";

export interface ClutterMatch {
  reason: string;
  kind: ClutterKind;
}

export interface ClutterRule {
  reason: string;
  kind: ClutterKind;
  test: RegExp | ((text: string) => boolean);
  /** Longer blocks are article text that happens to use the words. */
  maxWords: number;
  /** Also applies to attributed paragraphs ("…, the ministry said."), which are otherwise exempt. */
  evenWhenAttributed?: boolean;
}

const SUBSCRIPTION = "subscription offer";
const PRICES = "price list";
const PAYMENT_OPTIONS = "payment options";
const NEWSLETTER = "newsletter sign-up";
const DONATION = "donation appeal";
const ADVERTISING = "advertising";
const NAVIGATION = "navigation";
const RELATED_LINK = "link to another article";
const SHARE = "share prompt";
const LEGAL = "legal notice";
const COMMENTS = "comments prompt";
const BUTTON = "button label";
const TEMPLATE = "template residue";
const STRAY = "stray punctuation";
export const TIMESTAMP = "timestamp";
const READING_AIDS = "reading time or audio player";

const PERIOD = String.raw`(?:month|mo|year|yr|week|wk|day|quarter)`;
const DONATION_WORDS =
  /\b(?:donat(?:e|es|ed|ing|ion|ions)|contribut(?:e|ion|ions)|chip in|become a (?:supporter|patron)|mak(?:e|ing) a (?:gift|donation|contribution)|support (?:us|our (?:work|journalism|reporting|newsroom|mission))|supporting (?:us|our|independent)|your support|independent journalism)\b/i;

// Module level: a pattern built inside a test is built again at every call (tsx turns a \p{…} literal into new RegExp).
const PER_PERIOD = new RegExp(`(?:/|\\bper\\b|\\ba\\b)\\s?${PERIOD}s?\\b`, "i");
const LOWERCASE_LETTER = /\p{Ll}/u;

/** Three words of two capitals or more. */
const CAPITALISED_WORDS = /\p{Lu}{2,}\S*\s+\S*\p{Lu}{2,}\S*\s+\S*\p{Lu}{2,}/u;

/**
 * Case-blind patterns with Unicode classes (/iu) are slow to search a paragraph for (several µs a
 * paragraph, each), and these are asked of most paragraphs of every copy. Each is first checked
 * for a word it cannot match without, with a plain /i search: exact, since no character outside
 * ASCII folds to these words' letters (only "ſ" and the Kelvin sign fold to ASCII, to s and k).
 */
const MENTIONS_REPORT_OR_APP = /free report| app/i;
const FREE_REPORT_OR_APP = /\bfree report\b|\b(?:download|get|install) (?:our|the) (?:free )?app\b|^(?:download|get|install) the [\p{L}\d ]{1,30} app\b/iu;
const REPORTING_BY = /^[-*•(\s]*(?:reporting|writing|editing|additional reporting|compiled) by\b/iu;
const MENTIONS_CONTRIBUTED = /contributed/i;
const CONTRIBUTED_TO_REPORT = /\bcontributed (?:to )?(?:this )?report(?:ing)?\b/iu;
const CONTRIBUTING = /^contributing\s*:\s*\p{Lu}/iu;

const RULES: ClutterRule[] = [
  // Paywalls and subscription offers
  { reason: SUBSCRIPTION, kind: "page", maxWords: 30, test: /\byou(?:['’]ve| have) (?:reached|read|used)\b.*\b(?:limit|free|articles?|stories)\b/i },
  { reason: SUBSCRIPTION, kind: "page", maxWords: 30, test: /\bfree (?:articles?|stories|reads) (?:left|remaining|per month|this month|a month)\b/i },
  { reason: SUBSCRIPTION, kind: "page", maxWords: 30, test: /\bsubscribe (?:now|today|here|to (?:read|continue|unlock|get|access|our))\b|^subscribe\b/i },
  { reason: SUBSCRIPTION, kind: "page", maxWords: 30, test: /\balready (?:a )?(?:subscriber|subscribed|member\?|have an account)/i },
  { reason: SUBSCRIPTION, kind: "page", maxWords: 30, test: /\bsubscri(?:ber|ption)s?[- ](?:only|exclusive|benefits?|plans?|offers?|options?)\b|\bdigital (?:subscription|access|replica)\b/i },
  { reason: SUBSCRIPTION, kind: "page", maxWords: 30, test: /\bfree trial\b|\brenews? automatically\b|\bcancel (?:at )?any ?time\b/i },
  { reason: SUBSCRIPTION, kind: "page", maxWords: 30, test: (t) => /\bunlimited (?:digital )?access\b/i.test(t) && (addressesReader(t) || isShortLine(t)) },
  { reason: SUBSCRIPTION, kind: "page", maxWords: 30, test: /\bpremium (?:stories|articles|content|access|members?|subscription)\b|\bad-free\b|\bbecome a (?:subscriber|paying member)\b/i },
  { reason: SUBSCRIPTION, kind: "page", maxWords: 30, test: /\b(?:log|sign) ?in to (?:read|continue|access|comment)\b|^continue reading\b|\bcontinue reading (?:the|this) (?:main )?(?:story|article)\b/i },
  { reason: SUBSCRIPTION, kind: "page", maxWords: 4, test: /^(?:log ?in|sign ?in|register|my account|create (?:a |an )?(?:free )?account)$/i },
  // Price lists: "₹900", "$2/month", "3 Months", "₹300/Month"
  { reason: PRICES, kind: "page", maxWords: 4, test: new RegExp(`^(?:[$€£₹¥]|(?:Rs|USD|EUR|GBP|INR)\\.?\\s?)\\s?\\d[\\d,.]*(?:\\s*(?:/|per|a)\\s*${PERIOD}s?)?$`, "i") },
  { reason: PRICES, kind: "page", maxWords: 4, test: new RegExp(`^\\d+\\s+${PERIOD}s?$`, "i") },
  { reason: PRICES, kind: "page", maxWords: 12, test: (t) => mentionsPrice(t) && PER_PERIOD.test(t) && isShortLine(t, 12) },
  { reason: PAYMENT_OPTIONS, kind: "page", maxWords: 3, test: /^(?:once|one[- ]time|monthly|annual(?:ly)?|yearly|weekly|quarterly|other amount|payment methods?)$/i },
  // Newsletters and e-mail capture
  { reason: NEWSLETTER, kind: "page", maxWords: 40, test: (t) => /\bnewsletters?\b/i.test(t) && (addressesReader(t) || isShortLine(t)) },
  { reason: NEWSLETTER, kind: "page", maxWords: 40, test: /\bsign(?:ing)? up (?:for|to)\b.*\b(?:newsletters?|e-?mails?|updates|alerts|briefings?|digest)\b/i },
  { reason: NEWSLETTER, kind: "page", maxWords: 3, test: /^sign up (?:here|now|today)[.!]?$/i },
  { reason: NEWSLETTER, kind: "page", maxWords: 40, test: /\b(?:to )?your inbox\b|\benter your e-?mail\b|\bunsubscribe\b|\bsubscribers? agree\b/i },
  // Donation appeals
  { reason: DONATION, kind: "page", maxWords: 12, test: /^dear (?:readers?|friends?|subscribers?|supporters?|members?)\b/i },
  { reason: DONATION, kind: "page", maxWords: 6, test: letterRegExp(String.raw`^Support\s+(?:us|our|independent|(?:[Tt]he\s+)?\p{Lu}[\p{L}’']*(?:\s+\p{Lu}[\p{L}’']*){0,4})\b[^.?]*[!.]?$`) },
  // The reader addressed first: read once per text, and few article paragraphs do, so the long word list is seldom searched.
  { reason: DONATION, kind: "page", maxWords: 60, test: (t) => addressesReader(t) && DONATION_WORDS.test(t) },
  { reason: DONATION, kind: "page", maxWords: 3, test: /^(?:donate|give|contribute)(?: now| today)?!?$/i },
  { reason: DONATION, kind: "page", maxWords: 12, test: /\bthank you for (?:your support|reading|supporting)\b|^not ready to (?:support|donate|give|subscribe)\b|^remind me later\b/i },
  // Advertising and promotions
  { reason: ADVERTISING, kind: "inline", maxWords: 6, test: /^(?:(?:skip )?advertisement|advertising|advert|ad|ads by \w+|sponsored(?: (?:content|posts?|stor(?:y|ies)|links?))?|paid (?:content|post|partner(?:ship)?|for by .+)|promoted(?: (?:content|stories|links))?|partner content|(?:sponsored|supported|presented|brought to you) by\b.*)$/i },
  { reason: ADVERTISING, kind: "inline", maxWords: 8, test: /\b(?:article|story) continues (?:below|after)\b|\bcontinues? (?:below|after) (?:this |the )?(?:advertisement|ad|advert)\b|^advertisement\W+scroll to continue\b/i },
  { reason: ADVERTISING, kind: "page", maxWords: 10, test: /^get (?:the|all the) latest (?:news|headlines|updates|stories)\b/i },
  { reason: ADVERTISING, kind: "page", maxWords: 30, test: (t) => MENTIONS_REPORT_OR_APP.test(t) && FREE_REPORT_OR_APP.test(t) },
  { reason: ADVERTISING, kind: "page", maxWords: 12, test: (t) => mentionsPrice(t) && /\binvest(?:ing|ment)?\b/i.test(t) && !hasReportingCue(t) && addressesReader(t) },
  { reason: ADVERTISING, kind: "page", maxWords: 8, test: /^(?:see|click|tap|get|grab|claim|download|discover|find out|start|try|unlock)\b.{0,60}\b(?:here|now|today|free)[.!]?$/i },
  // Navigation: menus, section lists, links to other stories
  {
    reason: NAVIGATION,
    kind: "page",
    maxWords: 8,
    test: /^(?:read more|read next|learn more|see more|more (?:stories|news|videos|from .{1,40}|on this story)|(?:explore )?more on (?:this|these) (?:topics?|stor(?:y|ies))|related(?: (?:articles?|stories|coverage|news|content|topics|links|posts|reading))?|suggested (?:topics|stories|reading)|recommended(?: (?:for you|stories|articles|reading|videos))?|you (?:may|might) also (?:like|be interested in)|most (?:read|popular|viewed|shared|recent)|trending(?: now| stories)?|top stories|latest(?: (?:news|stories|videos|headlines))?|recent (?:videos|stories|posts|articles|news)|featured(?: (?:articles|stories|videos|content)(?: and offers)?)?|editor['’]?s picks|(?:see|view|show) (?:all|more)\b.{0,30}|all [\w ]{1,30} lists?|back to (?:top|home(?:page)?|[\w ]{1,30} page)|also (?:see|read)|see also|read also|skip to (?:main )?content|(?:main |site |mobile )*(?:menu|navigation)|home|search(?: \w+)?|(?:previous|next) (?:article|story|page|post)|(?:tags?|topics?|filed under|categories)(?::.*)?):?$/i,
  },
  { reason: NAVIGATION, kind: "page", maxWords: 8, test: /\bback to (?:top|home(?:page)?)\b|\bskip to\b|\bopens (?:in )?(?:a )?new (?:tab|window)\b/i },
  { reason: RELATED_LINK, kind: "inline", maxWords: 30, test: /^(?:read more|read also|also read|see also|related|more|watch|listen|recommended|read|(?:previous|next|older|newer) (?:post|article|story|entry))\s*[:|»›>–—]\s*\S/i },
  // Sharing and following
  { reason: SHARE, kind: "page", maxWords: 15, test: /\bshare (?:this|it|the) (?:article|story|post|page|link)\b|\bshare (?:this|it) with\b|^share(?: (?:this|on|via|full|article|story|the|it|link)\b.*)?$|^(?:link )?copied!?$|^copy link$/i },
  { reason: SHARE, kind: "page", maxWords: 15, test: /\b(?:follow|like|join) us on\b|^like this (?:article|story|post)\?/i },
  // "Follow Jane Doe on X: @janedoe": the author's account, not the story.
  { reason: SHARE, kind: "page", maxWords: 12, test: /^follow [\p{L}'’. -]{2,40} on (?:x|twitter|instagram|facebook|threads|bluesky|linkedin|tiktok|mastodon)\b/iu },
  {
    reason: SHARE,
    kind: "page",
    maxWords: 15,
    test: /\b(?:click|tap) to (?:share|email|print)\b|\bshare on (?:facebook|x|twitter|linkedin|whatsapp|reddit|email)\b|\bjoin our (?:whatsapp|telegram|signal|discord) (?:channel|group|community)\b/i,
  },
  { reason: NAVIGATION, kind: "page", maxWords: 4, test: /^(?:print|email|save|bookmark|download)(?: this)? (?:article|story|page|pdf)$/i },
  {
    reason: SHARE,
    kind: "inline",
    maxWords: 10,
    test: /^(?:(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|print|copy(?: link)?|reddit|telegram|pinterest|flipboard)(?:\s*[|·•,/]?\s*|$))+$/i,
  },
  {
    reason: "reporting credits",
    kind: "inline",
    maxWords: 40,
    test: (t) => REPORTING_BY.test(t) || (MENTIONS_CONTRIBUTED.test(t) && CONTRIBUTED_TO_REPORT.test(t)) || CONTRIBUTING.test(t),
  },
  // "Associated Press writers Jane Doe in Paris and John Roe contributed."
  { reason: "reporting credits", kind: "inline", maxWords: 40, test: /^(?:the )?[\w.&’' -]{2,40} (?:writers?|reporters?|correspondents?|journalists?) .{2,200}\bcontributed(?: to this (?:report|story))?\.?$/i },
  {
    reason: "author bio",
    kind: "page",
    maxWords: 40,
    test: letterRegExp(
      String.raw`^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3} is (?:a|an|the)(?: [\p{L}-]+){0,3} (?:correspondent|reporter|bureau chief|editor|writer|columnist|journalist|contributor) (?:for|at|with|based|covering|in)\b`,
    ),
  },
  { reason: "byline detail", kind: "inline", maxWords: 6, test: /^reporting from\b/i },
  { reason: "print edition note", kind: "page", maxWords: 80, test: /^a version of this (?:article|story) appear(?:s|ed) in print\b/i },
  { reason: "licensing notice", kind: "page", maxWords: 12, test: /\b(?:reuse this content|purchase licensing rights|order reprints|reprints? (?:&|and) permissions)\b/i },
  { reason: "contact details", kind: "page", maxWords: 12, test: /^(?:write|email|e-mail|contact) (?:to )?[\p{L}'’. -]{2,40} at \S+@\S+\.?$/iu },
  { reason: "contact details", kind: "page", maxWords: 15, test: /^(?:for )?(?:media|press|for more information,?) (?:contacts?|inquiries|enquiries)\b|^(?:e-?mail|tel|phone|contact):?\s*\S+@\S+$|^[(\[<\s]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+[;,\s]*[)\]>]*$/i },
  // Legal, cookies, comments, page furniture
  { reason: COPYRIGHT_NOTICE, kind: "page", maxWords: 40, test: /\ball rights reserved\b|\bmay not be (?:published|reproduced|republished|redistributed|rewritten)\b/i },
  { reason: LEGAL, kind: "page", maxWords: 40, test: /\bprivacy (?:policy|notice|statement)\b|\bdo not sell (?:or share )?my (?:personal )?info(?:rmation)?\b|\bterms (?:of (?:use|service)|and conditions)\b|\bcookies?\b.*\b(?:consent|accept|agree|preferences|settings|policy|experience)\b/i },
  { reason: COMMENTS, kind: "page", maxWords: 15, test: /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$|^(?:show|view|load|leave|post|add|join|read|see) (?:a |the |all |\d+ )?(?:comments?|repl(?:y|ies))\b|\bjoin the (?:conversation|discussion)\b/i },
  { reason: BUTTON, kind: "page", maxWords: 2, test: /^(?:continue|next|submit|cancel|close|skip|ok|done|load more|show more|expand|collapse|accept|reject|i agree)$/i },
  { reason: READING_AIDS, kind: "page", maxWords: 8, test: /^listen to (?:this|the) (?:article|story)\b|^\d+\s*min(?:ute)?s?\s+(?:read|listen)$/i },
  // A date line below the head is a scraper's or a page's stamp, not a paragraph; ISO stamps too.
  { reason: TIMESTAMP, kind: "inline", maxWords: 12, test: (t) => !!matchDateLine(t) || /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.test(t) },
  { reason: TIMESTAMP, kind: "page", maxWords: 20, test: /^(?:published|updated|posted|last updated|first published|originally published)\b(?=.*(?:\d|\bago\b))(?!.*\b(?:said|says)\b).{0,110}$/i },
  // A headline or kicker set in capitals ("...STORM MAKES LANDFALL NEAR THE COAST..."): no body
  // paragraph is written without a lower-case letter. A dateline on its own line ("WASHINGTON —") stays.
  { reason: "headline in capitals", kind: "inline", maxWords: 40, test: (t) => !LOWERCASE_LETTER.test(t) && CAPITALISED_WORDS.test(t) && !/[—–-]\s*$/.test(t) },
  ...NOTICE_RULES,
  // Residue of the page's machinery
  // Asked of attributed paragraphs too (nearly every one): the pattern is searched only in a text with a brace.
  { reason: TEMPLATE, kind: "inline", maxWords: 60, evenWhenAttributed: true, test: (t) => t.includes("{") && /\{\{[^}]*\}\}|\{%[^%]*%\}|\$\{[^}]*\}/.test(t) },
  { reason: STRAY, kind: "inline", maxWords: 0, test: letterRegExp(String.raw`^[^\p{L}\p{N}]{1,20}$`) },
];

/** What clutter this block is, if any. Attributed paragraphs (" …, he said.") are article text. */
export function matchClutter(text: string): ClutterMatch | undefined {
  const credit = matchCredit(text);
  if (credit) return { reason: credit, kind: "inline" };
  if (isCaption(text)) return { reason: PHOTO_CAPTION, kind: "inline" };
  const words = wordCount(text);
  const attributed = words >= 12 && hasReportingCue(text);
  for (const rule of RULES) {
    if (words > rule.maxWords || (attributed && !rule.evenWhenAttributed)) continue;
    if (typeof rule.test === "function" ? rule.test(text) : rule.test.test(text)) return { reason: rule.reason, kind: rule.kind };
  }
  return undefined;
}
