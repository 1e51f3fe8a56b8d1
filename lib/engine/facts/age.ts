/**
 * Ages as facts: news gives a person's age in two fixed forms, "Holmes, 38, told the court" and
 * "the 28-year-old Mahomes". An age is one fact about one person across the whole story, so two
 * versions giving one name two ages conflict wherever the sentences sit.
 *
 * Hand-written: both forms are fixed patterns of news style that a short scan reads exactly.
 */
import { appendTo } from "../collections";
import { isMonth, isWeekday, MONTH_ABBREVIATIONS } from "../lexicon/calendar";
import type { FoundDiscrepancy } from "../types";
import type { SentenceRef } from "../units/sentences";
import { factsByWording, storyFactConflicts } from "./readings";

export interface Age {
  /** The person's name as a key: the surname, lower case. */
  person: string;
  years: number;
  start: number;
  end: number;
}

const OLDEST = 120;
/** "Holmes, 38," / "Holmes, 38." — the name right before the comma. */
const NAME_COMMA_AGE = /(\p{Lu}[\p{L}'’-]+),\s(\d{1,3}),?(?=[\s,.;)])/gu;
/** What NAME_COMMA_AGE cannot match without. */
const COMMA_FIGURE = /,\s\d/;
/** "the 28-year-old Mahomes", "a 38-year-old Elizabeth Holmes". */
const YEAR_OLD_NAME = /\b(\d{1,3})-year-old((?:\s\p{Lu}[\p{L}'’.-]*)+)/gu;
/**
 * An age at death: "died on Sunday at the age of 91", "dies aged 92", and an obituary's "She was
 * 91." standing alone. One per story, said of whom the story is about.
 */
const DIED_AT = /\b(?:died|dies|dead)\b[^.;]{0,60}?\b(?:at|aged|at the age of)\s(\d{1,3})\b(?!\s*(?:a\.m|p\.m|percent|%|years? ago))/gu;
const SHE_WAS = /^(?:She|He) was (\d{1,3})\.$/u;
/** The key of an age at death. */
const DECEASED = "(died)";

/** Capitalised words that open a sentence or name no one. */
const NOT_A_NAME = new Set("the a an he she they it his her their in on at by for of and but or said says".split(" "));
const isCalendarWord = (w: string) => isMonth(MONTH_ABBREVIATIONS[w] ?? w) || isWeekday(w);

/** Every age a sentence gives to a named person. */
export function agesOf(text: string): Age[] {
  const out: Age[] = [];
  // Cheap tests first: most sentences give no age, and the name pattern is slow to rule out.
  const named = COMMA_FIGURE.test(text) ? text.matchAll(NAME_COMMA_AGE) : [];
  for (const m of named) {
    const years = Number(m[2]);
    const person = m[1].replace(/['’]s$/, "").toLowerCase();
    if (years > 0 && years <= OLDEST && !NOT_A_NAME.has(person) && !isCalendarWord(person)) out.push({ person, years, start: m.index!, end: m.index! + m[0].replace(/,$/, "").length });
  }
  for (const m of text.includes("-year-old") ? text.matchAll(YEAR_OLD_NAME) : []) {
    const years = Number(m[1]);
    const names = m[2].trim().split(/\s+/).filter((w) => !NOT_A_NAME.has(w.toLowerCase()));
    const person = names.at(-1)?.replace(/['’]s$/, "").replace(/\.$/, "").toLowerCase();
    if (person && years > 0 && years <= OLDEST) out.push({ person, years, start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of /\b(?:died|dies|dead)\b/.test(text) ? text.matchAll(DIED_AT) : []) {
    const years = Number(m[1]);
    const at = m.index! + m[0].lastIndexOf(m[1]);
    if (years > 0 && years <= OLDEST) out.push({ person: DECEASED, years, start: at, end: at + m[1].length });
  }
  const alone = SHE_WAS.exec(text);
  if (alone && Number(alone[1]) > 0 && Number(alone[1]) <= OLDEST) out.push({ person: DECEASED, years: Number(alone[1]), start: 0, end: text.length - 1 });
  return out;
}

interface PlacedAge {
  age: Age;
  sentence: SentenceRef;
}

/** One discrepancy per person whose age two versions give differently. */
export function ageConflicts(sentences: SentenceRef[], reportOrder: string[]): FoundDiscrepancy[] {
  const agesIn = factsByWording(sentences, agesOf);
  if (!agesIn) return [];
  const byPerson = new Map<string, PlacedAge[]>();
  for (const sentence of sentences) {
    for (const age of agesIn(sentence.text)) appendTo(byPerson, age.person, { age, sentence });
  }
  return [...byPerson.values()].flatMap((placed) => storyFactConflicts(placed, reportOrder, (p) => p.age.years, (p) => p.age, "Age", "number"));
}
