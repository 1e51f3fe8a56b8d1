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
