/**
 * DAYS a passage names (a date, a weekday, "yesterday"), resolved as far as the version's
 * calendar allows (facts/story-date.ts), so that two ways of naming one day agree ("Thursday" /
 * "February 27" in 2025) and two different days can be told apart.
 */
import { RELATIVE_DAY_OFFSET, WEEKDAYS, calendarDate, isWrittenMonth, sameDate, shiftDays, weekdayOf, type CalendarDate } from "../lexicon/calendar";
import { monthDayAt } from "../facts/story-date";
import type { Token } from "../tokenize";
import type { Side } from "./detector";

export interface NamedDay {
  /** The words that name it. */
  tokens: Token[];
  /** Index into WEEKDAYS. */
  weekday?: number;
  date?: CalendarDate;
  /** Whether its year is written (in the passage, or the version's filed date), not inferred from the story. */
  sure: boolean;
}

const POSSESSIVE = /['’]s$/;

/** The days named by a side's differing words. */
export function namedDays(side: Side): NamedDay[] {
  const { row } = side;
  const calendar = row.calendar;
  const days: NamedDay[] = [];
  for (let i = side.from; i < side.to; i++) {
    const t = row.tokens[i];
    const weekday = (WEEKDAYS as readonly string[]).indexOf(t.norm.replace(POSSESSIVE, ""));
    if (weekday >= 0) {
      days.push({ tokens: [t], weekday, sure: true });
      continue;
    }
    const offset = RELATIVE_DAY_OFFSET[t.norm];
    if (offset !== undefined) {
      const date = calendar?.filed && shiftDays(calendar.filed, offset);
      days.push({ tokens: [t], date, weekday: date && weekdayOf(date), sure: !!date });
      continue;
    }
    if (!isWrittenMonth(t.text, t.norm)) continue;
    const written = monthDayAt(row.tokens, i);
    if (!written) continue;
    const year = written.year ?? calendar?.year;
    const date = year ? calendarDate(year, written.month, written.day) : undefined;
    days.push({
      tokens: written.at.map((k) => row.tokens[k]),
      date,
      weekday: date && weekdayOf(date),
      sure: !!date && (!!written.year || calendar?.filed?.year === year),
    });
  }
  return days;
}

/** Whether two named days are one day; undefined where the calendar cannot tell. */
export function sameDay(a: NamedDay, b: NamedDay): boolean | undefined {
  if (a.date && b.date) return sameDate(a.date, b.date);
  if (a.weekday !== undefined && b.weekday !== undefined) return a.weekday === b.weekday;
  return undefined;
}
