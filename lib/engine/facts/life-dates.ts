/**
 * When someone died or was born, as facts of the whole story: "Lindqvist died Sunday at her home"
 * / "… died on Saturday in Uppsala", "born in 1934" / "born in 1935". An obituary or a casualty
 * report gives these once each, in sentences the versions place and word as they like, so two
 * versions giving them differently conflict wherever the sentences sit.
 *
 * Hand-written: "died" or "born" followed within a few words by a weekday, a month and day, or a
 * year is a fixed pattern of news style that a short scan reads exactly.
 */
import { isWeekday } from "../lexicon/calendar";
import type { FoundDiscrepancy } from "../types";
import type { SentenceRef } from "../units/sentences";
import { appendTo } from "../collections";
import { factsByWording, storyFactConflicts } from "./readings";

export interface LifeDate {
  /** "died" or "born". */
  event: string;
  /** What kind of date (or place), and which: "weekday sunday", "year 1934", "date march 3", "place gothenburg". */
  reading: string;
  start: number;
  end: number;
}

/** "died Sunday", "died on Saturday", "was born in 1934", "died on March 3": the event, a few small words, the date. */
const LIFE_DATE =
  /\b([Dd]ied|[Bb]orn)\b(?:\s+(?:on|in|early|late|peacefully|suddenly|at\s+home))*\s+((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|(?:1[89]|20)\d\d)\b/g;

/** "born in Gothenburg", "born in 1934 in Gothenburg": where, a capitalised name after "born in". */
const BIRTHPLACE = /\b[Bb]orn(?:\s+in\s+(?:1[89]|20)\d\d)?\s+(?:in|at)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/gu;

/** Every date of death or birth, and place of birth, a sentence gives. */
export function lifeDatesOf(text: string): LifeDate[] {
  if (!/\b(?:[Dd]ied|[Bb]orn)\b/.test(text)) return [];
  const out: LifeDate[] = [];
  for (const m of text.matchAll(LIFE_DATE)) {
    const date = m[2];
    const reading = isWeekday(date.toLowerCase()) ? `weekday ${date.toLowerCase()}` : /^\d{4}$/.test(date) ? `year ${date}` : `date ${date.toLowerCase()}`;
    const start = m.index! + m[0].lastIndexOf(date);
    out.push({ event: m[1].toLowerCase(), reading, start, end: start + date.length });
  }
  for (const m of text.matchAll(BIRTHPLACE)) {
    const place = m[1];
    if (MONTHS.test(place)) continue;
    const start = m.index! + m[0].lastIndexOf(place);
    out.push({ event: "born", reading: `place ${place.toLowerCase()}`, start, end: start + place.length });
  }
  return out;
}

const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** One discrepancy per event (a death, a birth) whose date versions give differently, date against date of one kind. */
export function lifeDateConflicts(sentences: SentenceRef[], reportOrder: string[]): FoundDiscrepancy[] {
  const lifeDatesIn = factsByWording(sentences, lifeDatesOf);
  if (!lifeDatesIn) return [];
  const byKind = new Map<string, Array<{ date: LifeDate; sentence: SentenceRef }>>();
  for (const sentence of sentences) {
    for (const date of lifeDatesIn(sentence.text)) {
      const key = `${date.event} ${date.reading.split(" ")[0]}`;
      appendTo(byKind, key, { date, sentence });
    }
  }
  return [...byKind].flatMap(([key, placed]) => {
    const label = key.startsWith("died") ? "Date of death" : key === "born place" ? "Place of birth" : "Date of birth";
    return storyFactConflicts(placed, reportOrder, (p) => p.date.reading, (p) => p.date, label, key === "born place" ? "entity" : "date");
  });
}
