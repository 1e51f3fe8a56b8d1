/**
 * Edits of known kinds, one at a time, on real articles: the copy of each BASIL article
 * (../shared/datasets/basil, written by newsrooms, not here) that carries one edit an editor meets
 * between versions of a story — a figure, year, month, name, negation or quoted word changed, a
 * sentence with a figure dropped — or one a style guide makes (U.S./US, -ize/-ise, curly/straight
 * quotes, Feb./February, 5%/5 percent, a joined hyphen, Mr./Mr, a serial comma). The engine
 * compares the article with its copy, and the edit is scored the way the news-versions scorer does:
 *   - a changed fact is found when a substantive, non-omission discrepancy touches the edit;
 *   - a dropped sentence is found when a non-cosmetic omission touches it;
 *   - a style edit is a false alarm when a substantive, non-omission discrepancy touches it;
 *   - anything flagged substantive that touches no edit is a stray flag (the copy is otherwise the article).
 * The edits are chosen by a seeded generator from patterns of general English (number, date and
 * spelling grammar), never from the articles' words, so the figures say how the judgement holds on
 * text nobody tuned it to.
 */
import fs from "node:fs";
import path from "node:path";
import type { Report, SourceInput } from "@/lib/engine/types";
import { seededRandom } from "@/lib/engine/align/testing/synthetic";

export interface Edit {
  /** The copy's text. */
  text: string;
  /** Where the edit sits in the original and in the copy (the copy's range is empty for a drop). */
  original: { start: number; end: number };
  copy: { start: number; end: number };
}

export type Expectation = "flagged" | "omitted" | "cosmetic";

export interface EditKind {
  name: string;
  expect: Expectation;
  /** One edit of this kind at a place chosen by `random`, or none where the text offers no place. */
  apply(text: string, random: () => number): Edit | undefined;
}

/** Replaces the match `m` (of a global pattern run over `text`) by `by`, as an Edit. */
function replaceAt(text: string, start: number, end: number, by: string): Edit {
  return { text: text.slice(0, start) + by + text.slice(end), original: { start, end }, copy: { start, end: start + by.length } };
}

function pick<T>(items: T[], random: () => number): T | undefined {
  return items.length ? items[Math.floor(random() * items.length)] : undefined;
}

function matches(text: string, pattern: RegExp): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`))];
}

/** A pattern's matches, one picked, replaced by what `by` makes of it (undefined: try another). */
function substitute(pattern: RegExp, by: (m: RegExpExecArray, random: () => number, text: string) => string | undefined): EditKind["apply"] {
  return (text, random) => {
    const found = matches(text, pattern);
    for (let tries = 0; tries < 8 && found.length; tries++) {
      const m = pick(found, random)!;
      const group = m[1] ?? m[0];
      const start = m.index! + m[0].indexOf(group);
      const replacement = by(m, random, text);
      if (replacement !== undefined && replacement !== group) return replaceAt(text, start, start + group.length, replacement);
    }
    return undefined;
  };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
/** AP style's month abbreviations before a date ("Feb. 5"); March to July are never abbreviated. */
const AP_MONTHS: Record<string, string> = { January: "Jan.", February: "Feb.", August: "Aug.", September: "Sept.", October: "Oct.", November: "Nov.", December: "Dec." };
const AFTER_MONTH_OR_HEDGE = new RegExp(`(?:${[...MONTHS, ...Object.values(AP_MONTHS)].map((mo) => mo.replace(".", "\\.")).join("|")}|about|approximately|nearly|almost|roughly|around|some|over|than|least|to|up to)\\s$`, "i");
const PARTY_SWAP: Record<string, string> = { Republican: "Democratic", Republicans: "Democrats", Democrat: "Republican", Democrats: "Republicans", Democratic: "Republican" };
const US_STATES = ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming"];
const ABBREVIATION_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Inc|Corp|Co|No|vs)|\b[ap]\.m|\b[A-Z])\.$/;
const TITLE_SWAP: Record<string, string> = { "Sen.": "Rep.", "Rep.": "Sen.", "Gov.": "Sen.", Senator: "Representative", Representative: "Senator", Governor: "Senator" };
const DIRECTION_SWAP: Record<string, string> = { north: "south", south: "north", east: "west", west: "east", northern: "southern", southern: "northern", eastern: "western", western: "eastern" };
const RISE_FALL: Record<string, string> = { rose: "fell", fell: "rose", increased: "decreased", decreased: "increased", gained: "lost", lost: "gained", higher: "lower", lower: "higher" };
const SMALL_NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"];
const NOT_NAMES = new Set([...MONTHS, ...WEEKDAYS, "The", "A", "An", "In", "On", "At", "But", "And", "He", "She", "It", "They", "We", "I", "This", "That", "His", "Her", "Their", "Mr", "Mrs", "Ms", "Dr"]);

function sentenceAround(text: string, at: number): { start: number; end: number } {
  const before = text.lastIndexOf("\n", at);
  let start = before + 1;
  for (const m of matches(text.slice(start, at), /[.!?][”"’]?\s+(?=[A-Z“"])/g)) start = before + 1 + m.index! + m[0].length;
  const rest = text.slice(at).search(/[.!?][”"’]?(?:\s+(?=[A-Z“"])|\n|$)/);
  const stop = rest < 0 ? text.length : at + rest + 1 + (/^[”"’]/.test(text.slice(at + rest + 1)) ? 1 : 0);
  return { start, end: stop };
}

export const EDIT_KINDS: EditKind[] = [
  {
    name: "figure changed",
    expect: "flagged",
    // A count of one to three digits: not a year, clock time, day of a month, or a number glued to
    // letters; nor a hedged one ("about 30"), which versions may round apart.
    apply: substitute(/(?<![\w.,:$£€'’-])(\d{1,3})(?![\w:]|[.,]\d)/g, (m, random, text) =>
      AFTER_MONTH_OR_HEDGE.test(text.slice(Math.max(0, m.index! - 16), m.index!)) ? undefined : String(Number(m[1]) + 1 + Math.floor(random() * 8)),
    ),
  },
  {
    name: "day of the month changed",
    expect: "flagged",
    apply: substitute(new RegExp(`\\b(?:${[...MONTHS, ...Object.values(AP_MONTHS)].map((mo) => mo.replace(".", "\\.")).join("|")}) (\\d{1,2})\\b(?!:)`, "g"), (m, random) => {
      const day = Number(m[1]);
      if (day < 1 || day > 28) return undefined;
      const other = ((day - 1 + 1 + Math.floor(random() * 5)) % 28) + 1;
      return String(other);
    }),
  },
  {
    name: "year changed",
    expect: "flagged",
    apply: substitute(/(?<![\w.,-])((?:19[5-9]|20[0-2])\d)(?![\w-])/g, (m, random) => String(Number(m[1]) - 1 - Math.floor(random() * 3))),
  },
  {
    name: "number word changed",
    expect: "flagged",
    apply: substitute(new RegExp(`\\b(${SMALL_NUMBERS.join("|")})\\b(?= [a-z])`, "g"), (m, random) => pick(SMALL_NUMBERS.filter((w) => w !== m[1]), random)),
  },
  {
    name: "month changed",
    expect: "flagged",
    apply: substitute(new RegExp(`\\b(${MONTHS.filter((mo) => mo !== "May").join("|")})\\b(?= \\d)`, "g"), (m, random) => pick(MONTHS.filter((mo) => mo !== m[1] && mo !== "May"), random)),
  },
  {
    name: "weekday changed",
    expect: "flagged",
    apply: substitute(new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`, "g"), (m, random) => pick(WEEKDAYS.filter((d) => d !== m[1]), random)),
  },
  {
    name: "surname changed",
    expect: "flagged",
    // A person named in full ("Paul Ryan") given another's surname from the same article.
    apply: (text, random) => {
      const people = matches(text, /(?<=\b[A-Z][a-z]+ )([A-Z][a-z]{2,})\b(?![-'’])/g).filter((m) => !NOT_NAMES.has(m[1]) && !NOT_NAMES.has(text.slice(0, m.index!).trim().split(" ").pop()!));
      const surnames = [...new Set(people.map((m) => m[1]))];
      for (let tries = 0; tries < 8 && surnames.length > 1; tries++) {
        const m = pick(people, random)!;
        const sentence = sentenceAround(text, m.index!);
        const other = pick(surnames.filter((n) => n !== m[1] && !text.slice(sentence.start, sentence.end).includes(n)), random);
        if (other) return replaceAt(text, m.index!, m.index! + m[1].length, other);
      }
      return undefined;
    },
  },
  {
    name: "party changed",
    expect: "flagged",
    apply: substitute(/\b(Republicans?|Democrats?|Democratic)\b/g, (m) => PARTY_SWAP[m[1]]),
  },
  {
    name: "US state changed",
    expect: "flagged",
    apply: substitute(new RegExp(`\\b(${US_STATES.join("|")})\\b`, "g"), (m, random) => pick(US_STATES.filter((st) => st !== m[1] && !st.includes(m[1]) && !m[1].includes(st)), random)),
  },
  {
    name: "negation added",
    expect: "flagged",
    apply: (text, random) => {
      const found = matches(text, /\b(?:is|was|are|were|has|have|had|will|would|could|can|should|did)(?= (?!not\b|never\b|been\b|being\b)[a-z]{3,}\b)/g);
      const m = pick(found, random);
      return m ? replaceAt(text, m.index! + m[0].length, m.index! + m[0].length, " not") : undefined;
    },
  },
  {
    name: "quoted word changed",
    expect: "flagged",
    apply: (text, random) => {
      const quotes = matches(text, /“([^”\n]{30,})”/g);
      const words = matches(text, /\b[a-z]{5,}\b/g).map((m) => m[0]);
      for (let tries = 0; tries < 8 && quotes.length; tries++) {
        const q = pick(quotes, random)!;
        const inside = matches(q[1], /\b[a-z]{5,}\b/g);
        const m = pick(inside, random);
        const other = m && pick(words.filter((w) => !q[1].includes(w)), random);
        if (m && other) {
          const start = q.index! + 1 + m.index!;
          return replaceAt(text, start, start + m[0].length, other);
        }
      }
      return undefined;
    },
  },
  {
    name: "sentence with a figure dropped",
    expect: "omitted",
    apply: (text, random) => {
      const paragraphs = text.split("\n\n");
      // A sentence of a paragraph of two or more, so the paragraph itself stays (its row still lines up).
      const candidates: Array<{ start: number; end: number }> = [];
      let offset = 0;
      for (const paragraph of paragraphs) {
        // Not after an abbreviation ("Mr. Ryan", "2:30 p.m. ET"), which ends no sentence.
        const ends = matches(paragraph, /[.!?][”"’]? (?=[A-Z“"])/g).filter((m) => !ABBREVIATION_BEFORE.test(paragraph.slice(Math.max(0, m.index! - 6), m.index! + 1)));
        const cuts = [0, ...ends.map((m) => m.index! + m[0].length), paragraph.length];
        if (cuts.length > 2) {
          for (let k = 0; k + 1 < cuts.length; k++) {
            const sentence = paragraph.slice(cuts[k], cuts[k + 1]);
            // Not the article's first sentence: a copy that starts later may be an excerpt.
            if (/\d/.test(sentence) && sentence.split(" ").length >= 6 && offset + cuts[k] > 0) candidates.push({ start: offset + cuts[k], end: offset + cuts[k + 1] });
          }
        }
        offset += paragraph.length + 2;
      }
      const cut = pick(candidates, random);
      if (!cut) return undefined;
      return { text: text.slice(0, cut.start) + text.slice(cut.end), original: cut, copy: { start: cut.start, end: cut.start } };
    },
  },
  {
    name: "clock time changed",
    expect: "flagged",
    apply: substitute(/\b(\d{1,2})(?=(?::\d\d)? ?[ap]\.?m\b)/g, (m, random) => String(((Number(m[1]) + 1 + Math.floor(random() * 4)) % 12) + 1)),
  },
  {
    name: "age changed",
    expect: "flagged",
    // "Smith, 45, said": the age between commas after a name.
    apply: substitute(/(?<=[A-Z][a-z]+, )(\d{2})(?=,)/g, (m, random) => String(Number(m[1]) + 2 + Math.floor(random() * 9))),
  },
  {
    name: "speaker changed",
    expect: "flagged",
    // “…,” Smith said → “…,” Jones said: another person of the article to whom the words are given.
    apply: (text, random) => {
      const people = [...new Set(matches(text, /\b(?:Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.) ([A-Z][a-z]{2,})\b/g).map((m) => m[1]))];
      const said = matches(text, /[”"] (?:said|says) (?:(?:Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.) )?([A-Z][a-z]{2,})\b|[”"] ([A-Z][a-z]{2,}) (?:said|says)\b/g);
      const m = pick(said, random);
      const name = m && (m[1] ?? m[2]);
      const other = name && pick(people.filter((p) => p !== name), random);
      if (!m || !name || !other) return undefined;
      const start = m.index! + m[0].lastIndexOf(name);
      return replaceAt(text, start, start + name.length, other);
    },
  },
  {
    name: "quoted word dropped",
    expect: "flagged",
    apply: (text, random) => {
      const quotes = matches(text, /“([^”\n]{30,})”/g);
      const q = pick(quotes, random);
      const m = q && pick(matches(q[1], /\b(?:very|never|always|only|all|most|deeply|strongly|fully|completely|totally|not) /g), random);
      if (!q || !m) return undefined;
      const start = q.index! + 1 + m.index!;
      return { text: text.slice(0, start) + text.slice(start + m[0].length), original: { start, end: start + m[0].length }, copy: { start, end: start } };
    },
  },
  {
    name: "title changed",
    expect: "flagged",
    apply: substitute(/\b(Sen\.|Rep\.|Gov\.|Senator|Representative|Governor)(?= [A-Z])/g, (m) => TITLE_SWAP[m[1]]),
  },
  {
    name: "direction changed",
    expect: "flagged",
    apply: substitute(/\b(north|south|east|west|northern|southern|eastern|western)\b/g, (m) => DIRECTION_SWAP[m[1]]),
  },
  {
    name: "rise / fall swapped",
    expect: "flagged",
    apply: substitute(/\b(rose|fell|increased|decreased|gained|lost|higher|lower)\b/g, (m) => RISE_FALL[m[1]]),
  },
  {
    name: "million / billion",
    expect: "flagged",
    apply: substitute(/(?<=\d )(million|billion)\b/g, (m) => (m[1] === "million" ? "billion" : "million")),
  },
  {
    name: "chamber changed",
    expect: "flagged",
    apply: substitute(/\b(Senate|House)\b(?! of)/g, (m) => (m[1] === "Senate" ? "House" : "Senate")),
  },
  {
    name: "more / fewer than",
    expect: "flagged",
    apply: substitute(/\b(more than|less than|fewer than)(?= \$?\d)/g, (m) => (m[1] === "more than" ? "fewer than" : "more than")),
  },
  {
    name: "paragraph moved",
    expect: "cosmetic",
    apply: (text, random) => {
      const paragraphs = text.split("\n\n");
      if (paragraphs.length < 6) return undefined;
      const from = 1 + Math.floor(random() * (paragraphs.length - 3));
      const to = Math.min(paragraphs.length - 1, from + 2 + Math.floor(random() * 3));
      const moved = paragraphs.slice();
      const [p] = moved.splice(from, 1);
      moved.splice(to, 0, p);
      const out = moved.join("\n\n");
      const originalStart = paragraphs.slice(0, from).join("\n\n").length + 2;
      const copyStart = out.indexOf(p);
      return { text: out, original: { start: originalStart, end: originalStart + p.length }, copy: { start: copyStart, end: copyStart + p.length } };
    },
  },
  {
    name: "paragraph split",
    expect: "cosmetic",
    apply: (text, random) => {
      const breaks = matches(text, /(?<=[a-z]{3}\.) (?=[A-Z][a-z])/g).filter((m) => text.slice(text.lastIndexOf("\n", m.index!) + 1, m.index!).length > 40);
      const m = pick(breaks, random);
      return m ? replaceAt(text, m.index!, m.index! + 1, "\n\n") : undefined;
    },
  },
  { name: "nine / 9", expect: "cosmetic", apply: substitute(/\b(two|three|four|five|six|seven|eight|nine)(?= (?:people|years|days|months|weeks|times|children|members|states|men|women)\b)/g, (m) => String(SMALL_NUMBERS.indexOf(m[1]) + 2)) },
  { name: "toward / towards", expect: "cosmetic", apply: substitute(/\b(toward|towards|among|amongst)\b/g, (m) => ({ toward: "towards", towards: "toward", among: "amongst", amongst: "among" })[m[1]]) },
  { name: "dash styles", expect: "cosmetic", apply: substitute(/( — | -- |—)/g, (m) => (m[1] === " -- " ? " — " : " -- ")) },
  { name: "percent / per cent", expect: "cosmetic", apply: substitute(/(?<=\d )(percent)\b/g, () => "per cent") },
  { name: "1,000 / 1000", expect: "cosmetic", apply: substitute(/\b(\d{1,3},\d{3})\b(?!,\d)/g, (m) => m[1].replace(",", "")) },
  { name: "said Thursday / said on Thursday", expect: "cosmetic", apply: substitute(new RegExp(`(?<=\\b(?:said|says) )(on )?(?=${WEEKDAYS.join("|")})`, "g"), (m) => (m[1] ? "" : "on ")) },
  {
    name: "clause with a figure dropped",
    expect: "omitted",
    // ", including 12 children," / ", up from 4.1 percent in May": a clause of the sentence, not all of it.
    apply: (text, random) => {
      const clauses = matches(text, /, (?:including|up from|down from|compared with|after|with|of whom|which) [^,.;:“”"]*\d[^,.;:“”"]*(?=[,.])/g);
      const m = pick(clauses, random);
      return m ? { text: text.slice(0, m.index!) + text.slice(m.index! + m[0].length), original: { start: m.index!, end: m.index! + m[0].length }, copy: { start: m.index!, end: m.index! } } : undefined;
    },
  },
  { name: "U.S. / US", expect: "cosmetic", apply: substitute(/\b(U\.S\.|U\.K\.|U\.N\.)(?= [a-z])/g, (m) => m[1].replace(/\./g, "")) },
  {
    name: "-ize / -ise",
    expect: "cosmetic",
    apply: substitute(/\b([a-z]{4,}iz(?:e|es|ed|ing|ation|ations))\b/g, (m) => (/^(?:capsiz|downsiz|upsiz|oversiz)/.test(m[1]) ? undefined : m[1].replace(/iz(?=e|ing|ation)/, "is"))),
  },
  {
    name: "curly / straight quotes",
    expect: "cosmetic",
    apply: (text, random) => {
      const paragraphs = matches(text, /[^\n]*[“”‘’][^\n]*/g);
      const m = pick(paragraphs, random);
      return m ? replaceAt(text, m.index!, m.index! + m[0].length, m[0].replace(/[“”]/g, '"').replace(/[‘’]/g, "'")) : undefined;
    },
  },
  {
    name: "February / Feb.",
    expect: "cosmetic",
    apply: substitute(new RegExp(`\\b(${Object.keys(AP_MONTHS).join("|")})(?= \\d)`, "g"), (m) => AP_MONTHS[m[1]]),
  },
  { name: "5 percent / 5%", expect: "cosmetic", apply: substitute(/\d( percent)\b/g, () => "%") },
  {
    name: "hyphen joined",
    expect: "cosmetic",
    apply: substitute(/\b([a-z]{3,}-[a-z]{3,})\b(?!-)/g, (m) => m[1].replace("-", "")),
  },
  { name: "Mr. / Mr", expect: "cosmetic", apply: substitute(/\b(Mr\.|Mrs\.|Dr\.)(?= [A-Z])/g, (m) => m[1].slice(0, -1)) },
  { name: "serial comma", expect: "cosmetic", apply: substitute(/\b[a-z]+, [a-z]+( and| or) [a-z]/g, (m) => `,${m[1]}`) },
];

export interface EditOutcome {
  kind: string;
  expect: Expectation;
  /** The most severe verdict on a discrepancy touching the edit ("none" where none touches). */
  verdict: "substantive" | "minor" | "cosmetic" | "omission" | "none";
  /** Substantive flags touching no edit. */
  stray: number;
  original: string;
  copy: string;
}

/** Where a range of a source's text lies in the report's cleaned paragraphs, found by its words and a little context. */
function locate(report: Report, sourceIndex: number, text: string, range: { start: number; end: number }): Array<{ paragraph: string; start: number; end: number }> {
  const paragraphs = report.sources[sourceIndex].paragraphs;
  for (const margin of [24, 8, 0]) {
    const from = Math.max(text.lastIndexOf("\n", range.start - 1) + 1, range.start - margin);
    const lineEnd = text.indexOf("\n", range.end);
    const to = Math.min(lineEnd < 0 ? text.length : lineEnd, range.end + margin);
    const window = text.slice(from, to);
    if (!window.trim()) continue;
    for (const p of paragraphs) {
      const at = p.text.indexOf(window);
      if (at >= 0) return [{ paragraph: p.id, start: at + range.start - from, end: at + range.end - from }];
    }
  }
  return [];
}

/** How the report judged one edit of `original` into `edit.text`. */
export function judgeEdit(report: Report, kind: EditKind, original: string, edit: Edit): EditOutcome {
  const places = [
    ...locate(report, 0, original, edit.original).map((p) => ({ ...p, source: report.sources[0].id })),
    ...locate(report, 1, edit.text, edit.copy).map((p) => ({ ...p, source: report.sources[1].id })),
  ];
  const touches = (d: Report["discrepancies"][number]) =>
    d.variants.some((v) => v.spans.some((s) => places.some((p) => p.source === v.source && p.paragraph === s.paragraph && s.start <= p.end && p.start <= s.end)));
  const said = new Set<EditOutcome["verdict"]>();
  let stray = 0;
  for (const d of report.discrepancies) {
    if (touches(d)) said.add(d.category === "omission" ? (d.severity === "cosmetic" ? "cosmetic" : "omission") : d.severity);
    else if (d.severity === "substantive" && d.category !== "omission") stray++;
  }
  // The verdict an editor reads first: what the edit was meant to draw where it drew it, else the most severe.
  const wanted = kind.expect === "omitted" ? "omission" : kind.expect === "flagged" ? "substantive" : undefined;
  const verdict = wanted && said.has(wanted) ? wanted : (["substantive", "omission", "minor", "cosmetic"] as const).find((v) => said.has(v)) ?? "none";
  return { kind: kind.name, expect: kind.expect, verdict, stray, original: original.slice(edit.original.start, edit.original.end), copy: edit.text.slice(edit.copy.start, edit.copy.end) };
}

/** Whether the verdict is the one an editor wants for this kind of edit. */
export function isRight(outcome: EditOutcome): boolean {
  if (outcome.expect === "flagged") return outcome.verdict === "substantive";
  if (outcome.expect === "omitted") return outcome.verdict === "omission";
  return outcome.verdict !== "substantive";
}

/** The first outlet's article of each BASIL event, in a fixed order (100 articles). */
export function basilArticles(dir: string, limit = Number.POSITIVE_INFINITY): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  for (const year of fs.readdirSync(dir).sort()) {
    for (const file of fs.readdirSync(path.join(dir, year)).sort()) {
      if (!file.endsWith("_1.json") || out.length >= limit) continue;
      const article = JSON.parse(fs.readFileSync(path.join(dir, year, file), "utf8"));
      // Runs of spaces made one, as cleaning makes them, so an edit is found in the report's paragraphs.
      const paragraphs = (article["body-paragraphs"] as string[][]).map((p) => p.join(" ").replace(/ {2,}/g, " ").trim());
      out.push({ name: file, text: paragraphs.join("\n\n") });
    }
  }
  return out;
}

/** Every kind of edit applied to every article (where it finds a place), each judged from the engine's report. */
export async function editOutcomes(
  articles: Array<{ name: string; text: string }>,
  compare: (inputs: SourceInput[]) => Promise<Report>,
): Promise<Array<EditOutcome & { article: string }>> {
  const outcomes: Array<EditOutcome & { article: string }> = [];
  for (const article of articles) {
    for (const kind of EDIT_KINDS) {
      // Seeded by article and kind: the same edits on every run, whatever else is added.
      const edit = kind.apply(article.text, seededRandom(seedOf(`${article.name} ${kind.name}`)));
      if (!edit) continue;
      const report = await compare([{ name: "original.txt", text: article.text }, { name: "copy.txt", text: edit.text }]);
      outcomes.push({ ...judgeEdit(report, kind, article.text, edit), article: article.name });
    }
  }
  return outcomes;
}

function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
