/**
 * THE STORY'S CALENDAR: the day a version was filed, from its printed date ("Published Feb. 28,
 * 2025", "2025-02-28") or its dateline ("MOSCOW, February 28."), and the year its dates without a
 * year fall in. Weekdays and "yesterday" are read against it, so "Thursday" and "February 27" are
 * one day in a story dated Feb. 28, 2025.
 *
 * Read here over the tokenizer's words rather than with chrono-node: chrono fills a missing year
 * from the clock (a report must not change with the day it is run), while a story's year comes
 * from the story itself.
 */
import { MONTH_PATTERN, calendarDate, isWrittenMonth, monthNumber, type CalendarDate } from "../lexicon/calendar";
import { memoByText } from "../memo";
import { tokensOf, type Token } from "../tokenize";

export interface StoryCalendar {
  /** The day the version was filed, when it prints it. */
  filed?: CalendarDate;
  /** The year its dates without a year fall in, when the version makes that plain. */
  year?: number;
}

/** A date as written: the year may be missing ("February 28"). */
export interface WrittenDate {
  month: number;
  day: number;
  year?: number;
}

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR = /^\d{4}$/;

/** The dates a text writes out: "Feb. 28, 2025", "28 February 2025", "February 28", "2025-02-28". */
export function datesIn(text: string): WrittenDate[] {
  const found: WrittenDate[] = [...text.matchAll(ISO_DATE)].map((m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }));
  // The shared tokens of the text: only read here.
  const tokens = tokensOf(text.replace(ISO_DATE, " "));
  tokens.forEach((t, i) => {
    if (!isWrittenMonth(t.text, t.norm)) return;
    const written = monthDayAt(tokens, i);
    if (written) found.push(written);
  });
  return found.filter((d) => d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31);
}

/**
 * The date around the month name at `i`: its day after or before it, and a year after the day;
 * `at` holds the positions of the tokens that write it.
 */
export function monthDayAt(tokens: readonly Token[], i: number): (WrittenDate & { at: number[] }) | undefined {
  const month = monthNumber(tokens[i].norm);
  const after = numberAt(tokens, i + 1, DAY);
  const before = after ? null : numberAt(tokens, i - 1, DAY);
  if (!after && !before) return undefined;
  const dayAt = after ? i + 1 : i - 1;
  const yearAt = after ? (tokens[i + 2]?.text === "," ? i + 3 : i + 2) : i + 1;
  const year = numberAt(tokens, yearAt, YEAR);
  const at = year ? [i, dayAt, yearAt] : [i, dayAt];
  return { month, day: Number((after ?? before)![1]), year: year ? Number(year[0]) : undefined, at };
}

/** The figure token k writes, as `pattern` reads it (module level: every month name of every row is asked). */
const numberAt = (tokens: readonly Token[], k: number, pattern: RegExp) => (tokens[k]?.kind === "number" ? pattern.exec(tokens[k].text) : null);

/**
 * A version's calendar. The year is the filed date's, else the year most of its full dates give
 * (more than half of them: a story that recalls "Feb. 24, 2022" while telling of 2025 has no year
 * that is plainly its own unless one prevails).
 */
export function storyCalendarOf(printed: string | undefined, dateline: string | undefined, paragraphs: string[]): StoryCalendar {
  const filedAs = (printed ? datesOfLine(printed)[0] : undefined) ?? (dateline ? datesOfLine(dateline)[0] : undefined);
  const year = filedAs?.year ?? prevailingYear(paragraphs.flatMap(datesOfParagraph));
  const filed = filedAs && year ? calendarDate(year, filedAs.month, filedAs.day) : undefined;
  return { filed, year };
}

/** Copies print one date line and dateline: each is read once (its dates are only read). */
const datesOfLine = memoByText(20_000, datesIn);
/** Copies repeat most paragraphs word for word: each wording is read for dates once (they are only read). */
const datesOfParagraph = memoByText(20_000, (text: string) => (A_YEAR.test(text) && A_MONTH.test(text) ? datesIn(text) : []));
/** A year and a month name somewhere in the text: without both it writes no full date, so it is not read. */
const A_YEAR = /\b(?:1[89]|20)\d\d\b/;
const A_MONTH = new RegExp(`\\b${MONTH_PATTERN}`, "i");

function prevailingYear(dates: WrittenDate[]): number | undefined {
  const years = dates.flatMap((d) => (d.year ? [d.year] : []));
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  for (const [y, n] of counts) if (n * 2 > years.length) return y;
  return undefined;
}

/**
 * The year a version's story is told in: its own calendar's, else the one most of the versions
 * give (they tell one story; an update filed a day later is seldom in another year).
 */
export function storyYear(calendars: ReadonlyMap<string, StoryCalendar>): (source: string) => number | undefined {
  const years = [...calendars.values()].flatMap((c) => (c.year ? [c.year] : []));
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  const shared = common && common[1] * 2 > years.length ? common[0] : undefined;
  return (source) => calendars.get(source)?.year ?? shared;
}
