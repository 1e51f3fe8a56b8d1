import { matchDateLine } from "../metadata";
import type { ClutterRule } from "./rules";
import { addressesReader, endsLikeSentence, hasReportingCue, isShortLine, wordCount } from "./shape";

/**
 * What a page says about itself rather than about the news: archive and script notices, comment
 * policies, disclaimers, prompts to click or send a tip, view counters, bare links, source lines,
 * key-points boxes and section labels. As in rules.ts, nothing here names an outlet.
 */

export const KEY_POINTS = "key points box";
export const SECTION_LABEL = "section label";
export const VIDEO_EMBED = "video embed";
export const VIDEO_CAPTION = "video caption";

/** The heading of a summary box: "Key points:", "In short", "At a glance". A headline that merely starts so goes on ("Key Takeaways From …"). */
const KEY_POINTS_HEADING =
  /^(?:key (?:points|takeaways|facts|findings|details)|in short|in brief|at a glance|quick (?:read|facts|take)|highlights|story highlights|tl;?dr|what you need to know)\s*(?::|$)/i;

/** Words that name a site's sections: a line of nothing else is a label of the page, not a sub-heading of the article. */
const SECTION_WORDS = new Set(
  (
    "news world nation national local international politics political business economy markets money finance sport sports " +
    "entertainment culture arts lifestyle life health science technology tech opinion opinions video videos photos gallery " +
    "latest top more trending breaking weather crime travel region regional metro state states us u.s. uk home main live " +
    "stories headlines updates and &"
  ).split(" "),
);

function isSectionLabel(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 4 && words.some((w) => w !== "and" && w !== "&") && words.every((w) => SECTION_WORDS.has(w));
}

/** "Sep 18, 2024 | Economy, Markets": the date and the section tags a blog prints over a post. */
function isDateWithTags(text: string): boolean {
  const [first, ...rest] = text.split(/\s+[|·•]\s+/);
  if (!rest.length || !matchDateLine(first)) return false;
  return rest.every((part) => isShortLine(part, 10));
}

/** Three or more groups of hex digits, with digits among them: an image's file id left in the text. */
function isIdentifier(text: string): boolean {
  return /^[0-9a-f]{4,}(?:[\s_-]+[0-9a-f]{4,}){2,}$/i.test(text) && /\d/.test(text) && /[a-f]/i.test(text);
}

export const NOTICE_RULES: ClutterRule[] = [
  // What the page says about its own history: "This story has been updated", "Editor's note: …".
  // An "Update:" line is left alone: it usually carries the news itself.
  {
    reason: "editor's note",
    kind: "inline",
    maxWords: 25,
    test: /^this (?:story|article|report|post) (?:has been|was|is being|will be) (?:updated|corrected)\b|^this is a (?:developing|breaking)(?: news)? story\b/i,
  },
  { reason: "editor's note", kind: "inline", maxWords: 60, test: /^(?:editor['’]s note|correction|clarification)\s*[:—–-]\s*\S/i },
  {
    reason: "archive notice",
    kind: "page",
    maxWords: 40,
    test: /\bthis (?:is an archived|article was (?:first )?published more than)\b|\b(?:information|content) in (?:this|the) (?:article|story) may be (?:outdated|out of date)\b/i,
  },
  {
    reason: "script notice",
    kind: "page",
    maxWords: 40,
    test: /\b(?:enable|turn on|activate) javascript\b|\bjavascript (?:is )?(?:disabled|required|turned off)\b|\byour browser (?:does not|doesn['’]t) support\b/i,
  },
  {
    reason: "comment policy",
    kind: "page",
    maxWords: 40,
    test: /\bforum for (?:civil|constructive|respectful|thoughtful)\b|\bkeep (?:your |all )?comments\b|\bcommunity (?:guidelines|standards)\b|\bcomment(?:s|ing)? (?:policy|policies|guidelines)\b|\bemail address will not be published\b|\brequired fields are marked\b|\bcomments? (?:are|is|have been|has been) (?:now )?(?:closed|disabled|turned off)\b|\bcommenting (?:is|has been) (?:closed|disabled)\b/i,
  },
  // The comment form under a blog post: field labels, the "remember me" box, the button.
  {
    reason: "comment form",
    kind: "page",
    maxWords: 20,
    test: /^(?:name|e-?mail|website|comment|message)\s*\*$|^cancel reply$|^post (?:a )?comment$|\bsave my name,? e-?mail\b|\bnext time I comment\b|^notify me of (?:follow-up comments|new posts)\b/i,
  },
  {
    reason: "tip prompt",
    kind: "page",
    maxWords: 30,
    test: (t) =>
      /^(?:got|have) a (?:news )?tip\?/i.test(t) ||
      (addressesReader(t) && /\b(?:share|submit|send)(?: us)? (?:a |your )?(?:story ideas?|news tips?|tips?)\b|\bsubmit (?:it|them) here\b|\b(?:got|have) a (?:news )?tip\b/i.test(t)),
  },
  {
    reason: "disclaimer",
    kind: "page",
    maxWords: 60,
    test: /\b(?:views|opinions) expressed (?:herein|here|in this (?:article|post|piece|column))\b|\bdo(?:es)? not necessarily (?:reflect|represent) (?:the|those)\b/i,
  },
  // "Our Standards: The … Trust Principles.": the publisher's pointer to its own rules.
  { reason: "disclaimer", kind: "page", maxWords: 12, test: /^our (?:standards|editorial (?:standards|guidelines|policy))\s*:|trust principles\.?$/i },
  // "Report a typo or error": a form's link, not a report.
  { reason: "link prompt", kind: "inline", maxWords: 8, test: /^(?:click here to )?report (?:a |an )?(?:typo|error|correction|mistake)\b|^read (?:the )?full (?:article|story)$/i },
  { reason: "link prompt", kind: "inline", maxWords: 15, test: /^(?:please )?(?:click|tap) (?:here|this link|the link)\b|\b(?:by )?clicking here\b|\b(?:click|tap) here (?:to|for)\b|^(?:read|see|view) the (?:full|whole|complete|entire) (?:story|article|report|statement|interview) (?:here|below|at\b)/i },
  // "Open this photo in gallery:": a gallery button.
  { reason: "gallery button", kind: "inline", maxWords: 8, test: /^open (?:this )?(?:photo|image|picture)s? in (?:the )?gallery\b|^(?:enlarge|expand|zoom in on|view larger) (?:this )?(?:image|photo|picture)$/i },
  { reason: "link", kind: "inline", maxWords: 8, test: /^(?:[^.!?:]{0,50}:\s*)?(?:https?:\/\/|www\.)\S+$/i },
  // "Find more of our coverage at https://…": a pointer elsewhere, ending on the address.
  { reason: "link", kind: "inline", maxWords: 20, test: (t) => /\s(?:https?:\/\/|www\.)\S+\.?$/i.test(t) && !hasReportingCue(t) },
  { reason: "source credit", kind: "inline", maxWords: 6, test: /^(?:source|sources|courtesy(?: of)?)\s*:\s*\S/i },
  {
    reason: "view count or time ago",
    kind: "inline",
    maxWords: 8,
    test: /^(?:(?:[\d.,]+[km]?\s+(?:views?|reads?|shares?|likes?)|views?:\s*[\d.,]+[km]?|\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago)(?:\s*[|·•]\s*|$))+$/i,
  },
  { reason: "date and tags", kind: "inline", maxWords: 20, test: isDateWithTags },
  // "Posted in World News", "Filed under: Politics": where the page shelved the story.
  { reason: "date and tags", kind: "inline", maxWords: 8, test: /^(?:posted|filed) (?:in|under)\s*:?\s+\p{Lu}/iu },
  { reason: "gallery counter", kind: "inline", maxWords: 5, test: /^(?:(?:image|photo|picture|slide)s?\s+)?\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i },
  // What a video player leaves in the text: its buttons, its queue, its keyboard help.
  {
    reason: "video player",
    kind: "page",
    maxWords: 14,
    test: /^(?:now playing|up next|watch live|live tv|loading\.*|autoplay|video player|play video|(?:show|hide|toggle) caption|replay|unmute|skip ad)$|^watch live\s*:|\bpress shift question mark\b|\bkeyboard shortcuts\b|^\d+ seconds? of \d+ (?:seconds?|minutes?)/i,
  },
  { reason: "image identifier", kind: "inline", maxWords: 8, test: isIdentifier },
  // "The crash was captured on video by a dashcam:": the player it introduced is gone.
  // "Video above: Governor visits the camp": the caption of a player the text no longer has.
  { reason: VIDEO_CAPTION, kind: "inline", maxWords: 20, test: (t) => /^(?:video|watch)(?:\s+(?:above|below|here))?\s*:\s*\S/i.test(t) && !endsLikeSentence(t) },
  // "Watch the video above for more.": a pointer to a player the text no longer has.
  { reason: VIDEO_CAPTION, kind: "inline", maxWords: 12, test: /^(?:watch|see|view) (?:the|our|this) (?:video|clip|footage)s? (?:above|below|here)\b/i },
  // "This article was originally published on …", "… is republished from … under a Creative Commons license."
  {
    reason: "syndication note",
    kind: "page",
    maxWords: 30,
    test: /^(?:this|the) (?:article|story|piece|post|report) (?:was )?(?:originally|first) (?:published|appeared|ran)\b|\b(?:generated|auto-generated) from an? (?:automated |syndicated )*(?:news agency |wire )?feed\b|^a version of this (?:article|story) (?:first |originally )?(?:appeared|ran|was published)\b|\bis republished from\b.{0,80}\blicen[cs]e\b/i,
  },
  { reason: VIDEO_EMBED, kind: "inline", maxWords: 25, test: (t) => t.endsWith(":") && /\b(?:video|footage|dashcam|livestream|clip)\b/i.test(t) && !hasReportingCue(t) },
  { reason: KEY_POINTS, kind: "inline", maxWords: 60, test: KEY_POINTS_HEADING },
  { reason: SECTION_LABEL, kind: "inline", maxWords: 4, test: (t) => isSectionLabel(t) && wordCount(t) > 0 },
];
