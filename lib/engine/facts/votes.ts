/**
 * Vote tallies as facts: "voted 7-2", "in a 6-3 decision", "ruling 7-2", "a 52-48 vote". A court's,
 * a council's or a legislature's tally is one fact of the story, however the versions' sentences
 * fall ("The justices voted 7-2 to reverse …" against "The justices, in a 6-3 decision, overturned
 * …"), so the tallies are compared across the story, not only inside one statement.
 *
 * Hand-written: two figures joined by a hyphen, a dash or "to", beside a word of voting, is a fixed
 * pattern of news style that a short scan reads exactly.
 */
import { countValue } from "../lexicon/numbers";
import type { FoundDiscrepancy } from "../types";
import type { SentenceRef } from "../units/sentences";
import { factsByWording, storyFactConflicts } from "./readings";

export interface VoteTally {
  /** "7-2": the larger side first, as the tally is compared. */
  tally: string;
  start: number;
  end: number;
}

const TALLY = /\b(\d{1,3})\s?(?:-|–|—| to )\s?(\d{1,3})\b/g;
/**
 * "voted by seven to two", "by eight votes to one", "by 312 votes to 205": a tally in words, read
 * only right after "voted" or "by" ("rose from two to three" near a vote is no tally).
 */
const WORD_TALLY = /\b(?:voted|by)\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|zero|none)(?:\s+votes?)?\s+to\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|zero|none)\b/gi;
const sideValue = (side: string) => countValue(side.replace(/^none$/i, "zero")) ?? 0;
/** Words of voting within a few words of a tally. */
const VOTE_CUE = /\b(?:vot(?:e|es|ed|ing)|decision|ruling|ruled|majority|verdict)\b/i;
/** Characters looked at either side of a tally for its cue ("in a 6-3 decision", "voted 7-2"). */
const CUE_REACH = 24;

/** Every vote tally a sentence states. */
export function votesOf(text: string): VoteTally[] {
  if (!VOTE_CUE.test(text)) return [];
  const out: VoteTally[] = [];
  for (const m of text.matchAll(TALLY)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const start = m.index!;
    const end = start + m[0].length;
    const around = text.slice(Math.max(0, start - CUE_REACH), Math.min(text.length, end + CUE_REACH));
    // A range of years or hours ("2017-2022", "9-5") is no tally; nor is a part of a date.
    if (!VOTE_CUE.test(around) || /[/:.,]\d/.test(text.slice(end, end + 2)) || /\d[/:.,]$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    out.push({ tally: `${Math.max(a, b)}-${Math.min(a, b)}`, start, end });
  }
  for (const m of text.matchAll(WORD_TALLY)) {
    const [a, b] = [sideValue(m[1]), sideValue(m[2])];
    const start = m.index! + m[0].indexOf(m[1], m[0].search(/\s/));
    const end = m.index! + m[0].length;
    if (!out.some((v) => v.start < end && start < v.end)) out.push({ tally: `${Math.max(a, b)}-${Math.min(a, b)}`, start, end });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** One discrepancy when versions give the story's vote tallies differently. */
export function voteConflicts(sentences: SentenceRef[], reportOrder: string[]): FoundDiscrepancy[] {
  const votesIn = factsByWording(sentences, votesOf);
  if (!votesIn) return [];
  const placed: Array<{ vote: VoteTally; sentence: SentenceRef }> = [];
  for (const sentence of sentences) for (const vote of votesIn(sentence.text)) placed.push({ vote, sentence });
  return storyFactConflicts(placed, reportOrder, (p) => p.vote.tally, (p) => p.vote, "Vote", "number");
}
