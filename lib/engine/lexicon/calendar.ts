/** Month and weekday names with the abbreviations news styles use (AP: "Feb.", "Sept."; others: "Feb", "Sep"). */
import { wordTable } from "../collections";

export const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
] as const;

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

/**
 * Abbreviation (lower case, without its period) → full name. Those marked `dotOnly` are also
 * ordinary words or names ("mar", "jan", "sun", "wed"), so they count only when written with a period.
 */
export const CALENDAR_ABBREVIATIONS: ReadonlyArray<{ short: string; full: string; dotOnly?: boolean }> = [
  { short: "jan", full: "january", dotOnly: true },
  { short: "feb", full: "february" },
  { short: "mar", full: "march", dotOnly: true },
  { short: "apr", full: "april" },
  { short: "jun", full: "june", dotOnly: true },
  { short: "jul", full: "july", dotOnly: true },
  { short: "aug", full: "august" },
  { short: "sep", full: "september" },
  { short: "sept", full: "september" },
  { short: "oct", full: "october" },
  { short: "nov", full: "november" },
  { short: "dec", full: "december" },
  { short: "mon", full: "monday", dotOnly: true },
  { short: "tue", full: "tuesday" },
  { short: "tues", full: "tuesday" },
  { short: "wed", full: "wednesday", dotOnly: true },
  { short: "thu", full: "thursday" },
  { short: "thur", full: "thursday" },
  { short: "thurs", full: "thursday" },
  { short: "fri", full: "friday", dotOnly: true },
  { short: "sat", full: "saturday", dotOnly: true },
  { short: "sun", full: "sunday", dotOnly: true },
];

/** Month abbreviations without their period ("feb" → "february"), from the table above. */
export const MONTH_ABBREVIATIONS = wordTable(Object.fromEntries(
  CALENDAR_ABBREVIATIONS.filter((a) => (MONTHS as readonly string[]).includes(a.full)).map((a) => [a.short, a.full]),
));

/**
 * A month as a regular-expression source, for matching raw lines before they are tokenised (a
 * date line, a headline with its date): every full name and abbreviation above, longest first,
 * an optional period after. Match it case-insensitively.
 */
export const MONTH_PATTERN = `(?:${[...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS)].sort((a, b) => b.length - a.length || a.localeCompare(b)).join("|")})\\.?`;

/** Words that place an event in time relative to the report ("yesterday", "tonight"). */
export const RELATIVE_DAYS = ["today", "tonight", "yesterday", "tomorrow", "overnight"] as const;

const MONTH_SET: ReadonlySet<string> = new Set(MONTHS);
const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);
const RELATIVE_SET: ReadonlySet<string> = new Set(RELATIVE_DAYS);

/** 1-based month number of a normalised month name, or 0. */
export function monthNumber(norm: string): number {
  return MONTHS.indexOf(norm as (typeof MONTHS)[number]) + 1;
}

export function isMonth(norm: string): boolean {
  return MONTH_SET.has(norm);
}

// Module level: a transpiler that lowers `\p{…}` patterns builds a literal anew at every call.
const CAPITAL_FIRST = /^\p{Lu}/u;

/** A month as news writes one, with its capital: "May 19", not "may be"; "March 4", not "march on". */
export function isWrittenMonth(text: string, norm: string): boolean {
  return isMonth(norm) && CAPITAL_FIRST.test(text);
}

/** "a.m.", "p.m.", "AM", "pm": the half of the day after a clock time. */
export const isHalfOfDay = (text: string) => /^[ap]\.?m\.?$/i.test(text);

/** Time-zone markers after a clock time, by the zone they name ("GMT", "ET", "Eastern"). */
const ZONES = wordTable({
  gmt: "utc", utc: "utc", z: "utc",
  et: "et", est: "et", edt: "et", ct: "ct", cst: "ct", cdt: "ct", mt: "mt", mst: "mt", mdt: "mt", pt: "pt", pst: "pt", pdt: "pt",
  eastern: "et", central: "ct", mountain: "mt", pacific: "pt",
  bst: "uk", cet: "cet", cest: "cet",
});

/** The zone a word names as written after a clock time ("ET", "(GMT)", "Eastern"), or undefined. */
export function zoneNamed(text: string): string | undefined {
  return ZONES[text.toLowerCase().replace(/[().]/g, "")];
}

export function isWeekday(norm: string): boolean {
  return WEEKDAY_SET.has(norm);
}

export function isRelativeDay(norm: string): boolean {
  return RELATIVE_SET.has(norm);
}

/**
 * Days from the report's own day that a relative word names. "overnight" is left out: it spans
 * two dates, so it cannot be set against one.
 */
export const RELATIVE_DAY_OFFSET = wordTable({ today: 0, tonight: 0, yesterday: -1, tomorrow: 1 });

/** A day of the Gregorian calendar; months and days count from 1. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The date, or undefined where the month has no such day ("February 30"). */
export function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.getUTCMonth() === month - 1 && at.getUTCDate() === day ? { year, month, day } : undefined;
}

/** Index into WEEKDAYS (Monday 0) of a date. */
export function weekdayOf(date: CalendarDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

/** The date `days` days after (before, when negative) `date`. */
export function shiftDays(date: CalendarDate, days: number): CalendarDate {
  const at = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

export const sameDate = (a: CalendarDate, b: CalendarDate) => a.year === b.year && a.month === b.month && a.day === b.day;
