/**
 * The journal a study appeared in as a fact of the whole story: "published in the journal JAMA
 * Network Open" / "The study appeared in The BMJ". A science story names it once, in a sentence the
 * versions word and place as they like, so two versions naming different journals conflict
 * wherever the sentences sit. A shorter name the story also uses ("JAMA" for "JAMA Network Open")
 * and initials ("NEJM" for "New England Journal of Medicine") are the same journal.
 *
 * Hand-written: "published in" or "appeared in" (or "the journal") before a capitalised title is a
 * fixed pattern of news style that a short scan reads exactly.
 */
import { isMonth, isWeekday } from "../lexicon/calendar";
import type { FoundDiscrepancy } from "../types";
import type { SentenceRef } from "../units/sentences";
import { factsByWording, storyFactConflicts } from "./readings";

export interface JournalFact {
  /** The title as written ("JAMA Network Open", "The BMJ"). */
  title: string;
  start: number;
  end: number;
}

/** A capitalised title, joined words ("of", "and", "&") allowed inside: "The New England Journal of Medicine". */
const TITLE = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+(?:(?:of|for|and|&|in)\s+(?:the\s+)?)?\p{Lu}[\p{L}&'’-]*)*`;
const NAMED_JOURNAL = new RegExp(
  String.raw`\b(?:(?:published|appeared|appears|appearing|reported)\s+(?:online\s+|today\s+|this\s+week\s+|(?:on\s+)?\p{Lu}\p{Ll}+day\s+)?in\s+(?:the\s+(?:[\p{Ll}-]+\s+)?journal\s+)?|the\s+journal\s+)(${TITLE})`,
  "gu",
);
/** A sentence about research: only there is "appeared in …" a journal ("He appeared in Federal Court" is not). */
const ABOUT_RESEARCH = /\b(?:stud(?:y|ies)|research|paper|findings|analysis|trial|journal|report)\b/i;

/** Every journal a sentence says a study appeared in. */
export function journalsOf(text: string): JournalFact[] {
  if (!ABOUT_RESEARCH.test(text)) return [];
  const out: JournalFact[] = [];
  for (const m of text.matchAll(NAMED_JOURNAL)) {
    const title = m[1];
    const first = title.replace(/^The\s+/, "").split(/\s+/)[0].toLowerCase();
    if (isMonth(first) || isWeekday(first)) continue;
    const start = m.index! + m[0].length - title.length;
    out.push({ title, start, end: start + title.length });
  }
  return out;
}

/** One discrepancy when versions name different journals. */
export function journalConflicts(sentences: SentenceRef[], reportOrder: string[]): FoundDiscrepancy[] {
  const journalsIn = factsByWording(sentences, journalsOf);
  if (!journalsIn) return [];
  const placed: Array<{ fact: JournalFact; sentence: SentenceRef }> = [];
  for (const sentence of sentences) for (const fact of journalsIn(sentence.text)) placed.push({ fact, sentence });
  const sameJournal = shortestForms(placed.map((p) => plainTitle(p.fact.title)));
  return storyFactConflicts(placed, reportOrder, (p) => sameJournal(plainTitle(p.fact.title)), (p) => p.fact, "Journal", "entity");
}

const plainTitle = (title: string) => title.replace(/^the\s+/i, "").toLowerCase();

/**
 * Each title as the shortest form the story gives of it: a title that another one begins ("jama" of
 * "jama network open") or whose initials another one is ("nejm" of "new england journal of medicine").
 */
function shortestForms(titles: string[]): (title: string) => string {
  const forms = [...new Set(titles)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const initials = (title: string) => title.split(/\s+/).filter((w) => !/^(?:of|for|and|&|in|the)$/.test(w)).map((w) => w[0]).join("");
  return (title) => forms.find((form) => form === title || title.startsWith(`${form} `) || (!form.includes(" ") && form.length >= 2 && initials(title) === form)) ?? title;
}
