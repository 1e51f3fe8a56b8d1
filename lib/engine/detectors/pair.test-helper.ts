/** Test helper: the first differing pair of two sentences, as the classifier would hand it to a detector. */
import { diffRow } from "../diff";
import { WorkBudget } from "../work-budget";
import type { StoryCalendar } from "../facts/story-date";
import type { HunkPair } from "./detector";

/** `calendars` are the two versions' own (what their dates and weekdays are read against). */
export function pairOf(base: string, other: string, calendars: [StoryCalendar?, StoryCalendar?] = []): HunkPair {
  const budget = { work: new WorkBudget(Number.POSITIVE_INFINITY), notices: [] };
  const diff = diffRow(
    { source: "s1", parts: [{ paragraph: "s1-p1", text: base }], calendar: calendars[0] },
    { source: "s2", parts: [{ paragraph: "s2-p1", text: other }], calendar: calendars[1] },
    budget,
  );
  const hunk = diff.hunks[0];
  if (!hunk) throw new Error(`no difference between "${base}" and "${other}"`);
  const side = (row: typeof diff.base, from: number, to: number) => ({
    source: row.source,
    row,
    from,
    to,
    tokens: row.tokens.slice(from, to).filter((t) => t.kind !== "boundary"),
  });
  return { base: side(diff.base, hunk.base.from, hunk.base.to), other: side(diff.other, hunk.other.from, hunk.other.to) };
}

/**
 * Test helper: two stretches of two sentences set against each other, as a rewrite's diff can pair
 * them (a shared word inside them left unmatched), whatever the diff of these two sentences makes.
 */
export function pairOfStretches(base: string, baseStretch: string, other: string, otherStretch: string): HunkPair {
  const budget = { work: new WorkBudget(Number.POSITIVE_INFINITY), notices: [] };
  const diff = diffRow({ source: "s1", parts: [{ paragraph: "s1-p1", text: base }] }, { source: "s2", parts: [{ paragraph: "s2-p1", text: other }] }, budget);
  const side = (row: typeof diff.base, text: string, stretch: string) => {
    const start = text.indexOf(stretch);
    if (start < 0) throw new Error(`"${stretch}" is not in "${text}"`);
    const from = row.tokens.findIndex((t) => t.start >= start);
    const to = row.tokens.findIndex((t) => t.start >= start + stretch.length);
    const end = to < 0 ? row.tokens.length : to;
    return { source: row.source, row, from, to: end, tokens: row.tokens.slice(from, end).filter((t) => t.kind !== "boundary") };
  };
  return { base: side(diff.base, base, baseStretch), other: side(diff.other, other, otherStretch) };
}
