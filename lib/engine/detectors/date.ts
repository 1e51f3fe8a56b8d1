/**
 * Date: the passages place events on different days, months or years ("Thursday" / "Friday",
 * "1998" / "1995", "Feb. 24" / "Feb. 25"). The same date written another way ("Sept. 11" /
 * "11 September") is cosmetic.
 */
import { wordTable } from "../collections";
import * as calendar from "../lexicon/calendar";
import * as numbers from "../lexicon/numbers";
import type { Token, TokenizedRow } from "../tokenize";
import type { Detector, Side, Verdict } from "./detector";
import * as wordsModule from "./words";
import { IRREGULAR_LEMMAS } from "../lexicon/irregular-verbs";
import { namedDays, sameDay, type NamedDay } from "./days";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { CURRENCY_SYMBOLS, SCALE_WORDS, UNIT_WORDS } = numbers;

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { isFunctionNorm, isRewrite, lemma, memo, plain, unmatched, wordsOf } = wordsModule;
const { isHalfOfDay, isWrittenMonth, monthNumber, MONTHS, RELATIVE_DAYS, WEEKDAYS, zoneNamed } = calendar;

interface DateItem {
  key: string;
  token: Token;
}

const FIRST_YEAR = 1800;
const LAST_YEAR = 2100;

export function isYear(side: Side, index: number): boolean {
  const t = side.row.tokens[index];
  if (t.kind !== "number" || !/^\d{4}$/.test(t.text)) return false;
  const year = Number(t.text);
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const before = side.row.tokens[index - 1];
  const after = side.row.tokens[index + 1];
  if (before && CURRENCY_SYMBOLS.has(before.text)) return false;
  return !(after && (UNIT_WORDS.has(after.norm) || SCALE_WORDS.has(after.norm)));
}

/** A day of the month: 1–31 written next to a month name ("Feb. 24", "24 February", "the 24th of February"). */
export function isDayOfMonth(side: Side, index: number): boolean {
  const t = side.row.tokens[index];
  if (t.kind !== "number" || !/^\d{1,2}(?:st|nd|rd|th)?$/.test(t.text)) return false;
  const day = parseInt(t.text, 10);
  if (day < 1 || day > 31) return false;
  const tokens = side.row.tokens;
  const near = [tokens[index - 1], tokens[index + 1], tokens[index - 2]];
  // "the 8th of September"
  if (tokens[index + 1]?.norm.toLowerCase() === "of") near.push(tokens[index + 2]);
  return near.some((n) => n && isWrittenMonth(n.text, n.norm));
}

/**
 * Words that name a time of day. A map, not a word table: every word of every differing passage is
 * looked up, and an object keyed by words is slower to ask.
 */
const NAMED_TIMES: ReadonlyMap<string, string> = new Map([["midnight", "0:00"], ["noon", "12:00"], ["midday", "12:00"]]);

/** A clock time: "1:30 a.m.", "10:55 p.m.", or a named one ("midnight"), as a 24-hour key. */
function clockTime(side: Side, index: number): string | undefined {
  const t = side.row.tokens[index];
  // Asked of every token: only a word can name a time, and only a figure be a clock time.
  if (t.kind === "word") return NAMED_TIMES.get(t.norm.toLowerCase());
  if (t.kind !== "number") return undefined;
  const next = side.row.tokens[index + 1];
  const half = next ? next.text.toLowerCase().replace(/\./g, "") : "";
  // "2 p.m." is 2:00 p.m.; a bare hour without a.m. or p.m. is no time.
  const m = /^(\d{1,2}):(\d{2})$/.exec(t.text) ?? (/^(?:[1-9]|1[0-2])$/.test(t.text) && /^[ap]m$/.test(half) ? [t.text, t.text, "00"] : null);
  if (!m) return undefined;
  let hour = Number(m[1]);
  if (half === "pm" && hour < 12) hour += 12;
  if (half === "am" && hour === 12) hour = 0;
  return `${hour}:${m[2]}`;
}

/**
 * A date written in figures: "13.01.2024" (day first, as Europe writes it with dots), "13/01/2024"
 * or "1/13/2024" where a figure over 12 says which is the day. "1/2/2024" could be either: no
 * date is read from it rather than a guessed one.
 */
function numericDate(text: string): string[] | undefined {
  const m = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/.exec(text);
  if (!m) return undefined;
  const [first, second, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  const dayFirst = m[2] === "." || (first > 12 && second <= 12);
  const monthFirst = m[2] === "/" && second > 12 && first <= 12;
  if (!dayFirst && !monthFirst) return undefined;
  const [day, month] = dayFirst ? [first, second] : [second, first];
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  return [`year ${year}`, `month ${month}`, `day ${day}`];
}

/**
 * Hours the U.S. zones lie behind Eastern time, summer and winter alike (they change clocks
 * together): "9:40 a.m. Eastern time" and "6:40 a.m. Pacific time" are one moment.
 */
const BEHIND_EASTERN = wordTable({ et: 0, ct: 1, mt: 2, pt: 3 });

/** A clock time's key in its zone, U.S. zones read as Eastern time. */
function timeKey(zone: string, time: string): string {
  const behind = BEHIND_EASTERN[zone];
  if (behind === undefined) return `time${zone ? `@${zone}` : ""} ${time}`;
  const [hour, minute] = time.split(":");
  return `time@us ${(Number(hour) + behind) % 24}:${minute}`;
}

/**
 * The zone a clock time is given in ("22:11 GMT", "10 a.m. ET", "9:40 a.m. Eastern time"), or "":
 * times in two zones are not compared ("11:11 p.m. local time" in Paris in winter is "22:11 GMT"),
 * a time with none is local.
 */
function zoneAfter(side: Side, index: number): string {
  let t = side.row.tokens[index];
  if (t && isHalfOfDay(t.text)) t = side.row.tokens[index + 1];
  return (t && zoneNamed(t.text)) ?? "";
}

/**
 * "9:40 a.m. ET" / "9:40 a.m. PT": one clock time given in two zones, which the diff reads as the
 * zones alone: hours apart (a zone is known on both sides, and they differ).
 */
function zoneChanged(base: Side, other: Side): boolean {
  // Asked of every pair without a date: module level helpers, since keepNames transpilers (tsx
  // runs the benchmarks so) name each closure made.
  const a = zonedTime(base);
  if (!a) return false;
  const b = zonedTime(other);
  return !!b && a.time === b.time && zoneKey(a.zone) !== zoneKey(b.zone);
}

/** The zone and the clock time just before it ("9:40" "a.m." "ET"), as written. */
function zonedTime(side: Side): { time: string; zone: string } | undefined {
  if (wordsOf(side).length !== 1 || side.from < 1) return undefined;
  const tokens = side.row.tokens;
  let at = side.from - 1;
  if (isHalfOfDay(tokens[at].text)) at--;
  const time = at >= 0 ? clockTime(side, at) : undefined;
  // Most single words follow no clock time: their zone is not looked up.
  if (!time) return undefined;
  const zone = zoneAfter(side, side.from - 1);
  return zone ? { time, zone } : undefined;
}

const zoneKey = (z: string) => (z in BEHIND_EASTERN ? `us${BEHIND_EASTERN[z]}` : z);

/**
 * The calendar facts a side states. Read once per side: the omission and date detectors of one
 * pair both ask (callers never change the list).
 */
export const dateItemsOf = memo((side: Side): readonly DateItem[] => dateItemsIn(side));

/** dateItemsOf without the memo, for a whole row read once (it would only push a pair's sides out). */
function dateItemsIn(side: Side): DateItem[] {
  const items: DateItem[] = [];
  for (let i = side.from; i < side.to; i++) {
    const t = side.row.tokens[i];
    // Punctuation names no date (nor "a.m."): only words and figures are read, each by the tests
    // its kind can pass, a word's calendar names in one look-up.
    if (t.kind === "boundary" || t.kind === "punct") continue;
    if (t.kind === "number") {
      const numeric = numericDate(t.text);
      if (numeric) items.push(...numeric.map((key) => ({ key, token: t })));
      else if (isYear(side, i)) items.push({ key: `year ${t.text}`, token: t });
      else if (isDayOfMonth(side, i)) items.push({ key: `day ${parseInt(t.text, 10)}`, token: t });
      else timeItem(side, i, t, items);
      continue;
    }
    // "Thursday's announcement", "yesterday's vote": the day, owning what follows.
    const word = t.norm.endsWith("'s") && !CALENDAR_WORDS.has(t.norm) ? t.norm.slice(0, -2) : t.norm;
    const calendarWord = CALENDAR_WORDS.get(word);
    // "mid-March", "late-September": the month, however much of it.
    const monthPart = calendarWord ? undefined : partOfMonth(t.text);
    if (monthPart) items.push({ key: `month ${monthNumber(monthPart)}`, token: t });
    else if (calendarWord === "month" && isWrittenMonth(t.text, word)) items.push({ key: `month ${monthNumber(word)}`, token: t });
    else if (calendarWord === "weekday") items.push({ key: `weekday ${word}`, token: t });
    // Its own kind: "yesterday" and "Feb. 24" are one day or two only by the story's calendar (days.ts).
    else if (calendarWord === "relative") items.push({ key: `relative ${word}`, token: t });
    else timeItem(side, i, t, items);
  }
  return items;
}

/** The month a hyphenated word ends in, written as a month ("mid-March"), or undefined. */
function partOfMonth(text: string): string | undefined {
  const dash = text.lastIndexOf("-");
  if (dash <= 0) return undefined;
  const tail = text.slice(dash + 1);
  return isWrittenMonth(tail, tail.toLowerCase()) ? tail.toLowerCase() : undefined;
}

/** Months, weekdays and days relative to the report, by normal form (no word is in two lists). */
const CALENDAR_WORDS: ReadonlyMap<string, "month" | "weekday" | "relative"> = new Map([
  ...MONTHS.map((word) => [word, "month"] as const),
  ...WEEKDAYS.map((word) => [word, "weekday"] as const),
  ...RELATIVE_DAYS.map((word) => [word, "relative"] as const),
]);

/** The clock time a word or figure gives, if any, as a date item. */
function timeItem(side: Side, i: number, t: Token, items: DateItem[]): void {
  // "a.m." / "p.m." alone in the differing words belongs to the figure just before it.
  const halfOfDay = i === side.from && i > 0 && isHalfOfDay(t.text);
  const time = clockTime(side, halfOfDay ? i - 1 : i);
  if (time) items.push({ key: timeKey(zoneAfter(side, halfOfDay ? i : i + 1), time), token: t });
}

/**
 * "the 8th of September" / "September 8": the diff splits one date written two ways into a part
 * one side has alone ("the 8th of") and another. A stretch of nothing but date parts and
 * function words, on one side only, is read against the other side's row: the same day there is
 * style, another day of that kind a conflict.
 */
function movedDatePart(base: Side, a: readonly DateItem[], other: Side, b: readonly DateItem[]): Verdict | undefined {
  const [side, items, lacking] = wordsOf(other).length === 0 ? [base, a, other] : wordsOf(base).length === 0 ? [other, b, base] : [];
  if (!side || !items?.length || !lacking || !isDatePartOf(side, lacking, items)) return undefined;
  // A weekday or "yesterday" is a whole date, not a part: one a version adds ("police said
  // Wednesday") is an addition, read below like any other.
  if (items.every((d) => d.key.startsWith("weekday ") || d.key.startsWith("relative "))) return undefined;
  const there = rowDates(lacking);
  return items.every((d) => there.has(d.key))
    ? { category: "date", severity: "cosmetic", relation: "=", widen: "date" }
    : { category: "date", severity: "substantive", widen: "date" };
}

/**
 * Whether a stretch one side has alone is nothing but date parts and function words, of a kind of
 * date the other side's row also gives: part of one date written another way, not a date added.
 */
export function isDatePartOf(side: Side, lacking: Side, items: readonly DateItem[] = dateItemsOf(side)): boolean {
  if (!items.length) return false;
  const parts = new Set(items.map((d) => d.token));
  if (!wordsOf(side).every((t) => parts.has(t) || isFunctionNorm(t.norm.toLowerCase()))) return false;
  const kinds = new Set([...rowDates(lacking)].map((key) => key.split(" ")[0]));
  return items.every((d) => kinds.has(d.key.split(" ")[0]));
}

const datesByRow = new WeakMap<TokenizedRow, Set<string>>();

/** The calendar facts a side's whole row states. */
function rowDates(side: Side): Set<string> {
  let keys = datesByRow.get(side.row);
  if (!keys) {
    keys = new Set(dateItemsIn({ ...side, from: 0, to: side.row.tokens.length }).map((d) => d.key));
    datesByRow.set(side.row, keys);
  }
  return keys;
}

/**
 * Days the two sides name another way: one day when the calendar makes every day of each side one
 * of the other's ("on Thursday" / "on February 27" in 2025); their words are then no change. Where
 * one day faces one day of another date (or weekday) and both years are written, the sides conflict
 * — but not in a rewritten sentence, where the diff pairs whatever stands in the same place.
 */
function reconcileDays(base: Side, other: Side, rewrite: boolean): Set<Token> | "conflict" {
  const a = namedDays(base);
  const b = namedDays(other);
  if (!a.length || !b.length) return new Set();
  const agreed = (x: NamedDay, ys: NamedDay[]) => ys.some((y) => sameDay(x, y) === true);
  if (a.every((x) => agreed(x, b)) && b.every((y) => agreed(y, a))) return new Set([...a, ...b].flatMap((d) => d.tokens));
  if (!rewrite && a.length === 1 && b.length === 1 && a[0].sure && b[0].sure && sameDay(a[0], b[0]) === false) return "conflict";
  return new Set();
}

/** Whether a date is what a span reaches back to: "since December", "since April 2021". */
function isSince(side: Side, item: DateItem): boolean {
  const tokens = side.row.tokens;
  for (let k = tokens.indexOf(item.token) - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.norm.toLowerCase() === "since") return true;
    if (!(t.kind === "number" || t.norm === "," || isWrittenMonth(t.text, t.norm))) return false;
  }
  return false;
}

/**
 * The verb a date is attached to: the nearest past-tense verb before it in its sentence
 * ("capsized … late Sunday", "rose to 14 on Monday"), as a lemma.
 */
function datedEvent(side: Side, item: DateItem): string | undefined {
  const tokens = side.row.tokens;
  const at = tokens.indexOf(item.token);
  for (let i = at - 1; i >= 0 && i >= at - MAX_EVENT_DISTANCE; i--) {
    const t = tokens[i];
    if (t.kind === "boundary") return undefined;
    if (t.kind === "word" && isPastVerb(t.norm.toLowerCase())) return lemma(t.norm.toLowerCase());
    if (t.sentenceStart) return undefined;
  }
  return undefined;
}
const MAX_EVENT_DISTANCE = 10;
/** Verbs that give a count its new level, as lemmas: "rose", "climbed", "increased", "jumped", "grew", "reached". */
const LEVEL_VERBS = new Set(["rose", "climbed", "increased", "jumped", "grew", "reached"].map(lemma));
const isPastVerb = (norm: string) => (norm.length >= 5 && norm.endsWith("ed")) || (IRREGULAR_LEMMAS.has(norm) && IRREGULAR_LEMMAS.get(norm) !== norm);

/**
 * A rewrite that dates another event: "capsized late Sunday" / "the ferry that capsized … rose to
 * 14 on Monday". Each date hangs on its own verb, and the event one side dates the other tells
 * without that date: two days of two events, not two days for one.
 */
function datesAnotherEvent(base: Side, a: DateItem, other: Side, b: DateItem): boolean {
  const [eventA, eventB] = [datedEvent(base, a), datedEvent(other, b)];
  if (!eventA || !eventB || eventA === eventB) return false;
  // "killed 14 … on Wednesday" / "the death toll … rose to 17 on Thursday": a count's new level
  // is dated by the update, not by the event it counts.
  if (LEVEL_VERBS.has(eventA) !== LEVEL_VERBS.has(eventB)) return true;
  const told = (side: Side, event: string) => side.row.tokens.some((t) => t.kind === "word" && lemma(t.norm.toLowerCase()) === event);
  return told(other, eventA) || told(base, eventB);
}

// The helpers of the detector are module level, loops rather than filters: keepNames
// transpilers (tsx runs the benchmarks so) name each closure made, and every pair with a date asks.
const byKey = (d: DateItem) => d.key;

/** The items but those `drops` says go given `among` (the list itself when none goes). */
function without<T>(items: DateItem[], drops: (d: DateItem, among: T) => boolean, among: T): DateItem[] {
  let kept: DateItem[] | undefined;
  for (let i = 0; i < items.length; i++) {
    if (!drops(items[i], among)) kept?.push(items[i]);
    else kept ??= items.slice(0, i);
  }
  return kept ?? items;
}

const keyAmong = (d: DateItem, keys: Set<string>) => keys.has(d.key);
/** A numeric date ("13.01.2024") whose key is among the keys. */
const numericKeyAmong = (d: DateItem, keys: Set<string>) => numericDate(d.token.text) !== undefined && keys.has(d.key);
const tokenAmong = (d: DateItem, tokens: Set<Token>) => tokens.has(d.token);

/** The kinds of date items ("weekday", "year", "time@us"), in order of first appearance. */
function kindsOf(items: DateItem[]): Set<string> {
  const kinds = new Set<string>();
  for (const d of items) kinds.add(d.key.split(" ")[0]);
  return kinds;
}

/**
 * Whether the sides give different dates of one kind for one event: "in March" / "the smallest
 * gain since December" dates a span's start, not the event; in a rewrite each date may hang on
 * its own verb.
 */
function differInKind(base: Side, onlyA: DateItem[], other: Side, onlyB: DateItem[], rewrite: boolean): boolean {
  const kindsB = kindsOf(onlyB);
  for (const kind of kindsOf(onlyA)) {
    if (!kindsB.has(kind)) continue;
    const opening = `${kind} `;
    for (const x of onlyA) {
      if (!x.key.startsWith(opening)) continue;
      for (const y of onlyB) {
        if (y.key.startsWith(opening) && isSince(base, x) === isSince(other, y) && (!rewrite || !datesAnotherEvent(base, x, other, y))) return true;
      }
    }
  }
  return false;
}

export const dateDetector: Detector = {
  name: "date",
  detect({ base, other }) {
    const a = dateItemsOf(base);
    const b = dateItemsOf(other);
    if (!a.length && !b.length) return zoneChanged(base, other) ? { category: "date", severity: "substantive", label: "Time zone", widen: "date" } : undefined;
    const moved = movedDatePart(base, a, other, b);
    if (moved) return moved;
    let onlyA = unmatched(a, b, byKey);
    let onlyB = unmatched(b, a, byKey);
    const rewrite = isRewrite(base, other);
    // Dates move: one the other version gives elsewhere in the row is no change, in a rewritten
    // sentence or where the diff pairs one day with another ("recalled whole cucumbers shipped
    // between April 29 and May 19" / "issued a recall on May 30", the first saying May 30 before).
    const inOther = rowDates(other);
    const inBase = rowDates(base);
    onlyA = without(onlyA, keyAmong, inOther);
    onlyB = without(onlyB, keyAmong, inBase);
    // "13.01.2024" is one token where "January 13, 2024" is three, which the diff may split into
    // several differences: its parts that the other row states are no change.
    onlyA = without(onlyA, numericKeyAmong, inOther);
    onlyB = without(onlyB, numericKeyAmong, inBase);
    const days = reconcileDays(base, other, rewrite);
    if (days === "conflict") return { category: "date", severity: "substantive", widen: "date" };
    onlyA = without(onlyA, tokenAmong, days);
    onlyB = without(onlyB, tokenAmong, days);
    // Different dates of one kind on both sides conflict (a weekday and a clock time may well be
    // the same moment); a date only one side gives is an addition.
    if (differInKind(base, onlyA, other, onlyB, rewrite)) {
      const focus = rewrite ? { base: plain(onlyA.map((d) => d.token)), other: plain(onlyB.map((d) => d.token)) } : undefined;
      return { category: "date", severity: "substantive", widen: "date", focus };
    }
    if (onlyA.length || onlyB.length) return undefined;
    // Same dates: cosmetic if nothing else differs but the order ("Sept. 11" / "11 September",
    // "Thursday" / "February 27" in a story of 2025).
    const dates = new Set([...a, ...b].map((d) => d.token));
    const rest = (side: Side) => wordsOf(side).filter((t) => !dates.has(t));
    const restA = rest(base);
    const restB = rest(other);
    if (!unmatched(restA, restB, (t) => t.norm).length && !unmatched(restB, restA, (t) => t.norm).length) {
      return { category: "date", severity: "cosmetic", relation: "=", widen: "date" };
    }
    return undefined;
  },
};
