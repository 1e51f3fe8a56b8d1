// A hand-made report for the export tests: three sources with accents, curly quotes, a name with a
// comma, a wording that starts like a formula, a passage one source lacks, and reviews with a note
// full of commas, quotes and a line break. Offsets are computed, so they stay right when text changes.
import type { StoredReview } from "@/lib/comparisons";
import type { Discrepancy, Paragraph, Report, ReportSource, Variant } from "@/lib/engine/types";
import { groupValues } from "@/lib/engine/report";
import type { ExportInput } from "./types";

function paragraph(id: string, text: string): Paragraph {
  // A sentence ends at . ! ? (and a closing quote) before a capital: "U.S. diplomats" stays whole.
  const sentences: Paragraph["sentences"] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["”’]?(\s+)(?=["“A-Z])/g)) {
    const end = m.index + m[0].length - m[1].length;
    sentences.push({ start, end });
    start = m.index + m[0].length;
  }
  sentences.push({ start, end: text.length });
  return { id, text, sentences };
}

function source(id: string, name: string, title: string, paragraphs: string[]): ReportSource {
  return { id, name, title, paragraphs: paragraphs.map((t, i) => paragraph(`${id}-p${i + 1}`, t)), removed: [] };
}

function variant(src: ReportSource, core: string, context = 20): Variant {
  for (const p of src.paragraphs) {
    const at = p.text.indexOf(core);
    if (at < 0) continue;
    const text = p.text.slice(Math.max(0, at - context), at + core.length + context).trim();
    return { source: src.id, text, core, spans: [{ paragraph: p.id, start: at, end: at + core.length }] };
  }
  throw new Error(`"${core}" is not in ${src.name}`);
}

const absent = (id: string): Variant => ({ source: id, text: "", core: "", spans: [] });

const s1 = source("s1", "ap-wire.txt", "Russia, US hold talks in Istanbul", [
  "Russian and U.S. diplomats met in Istanbul on Thursday for six hours of talks.",
  "The Russian delegation was led by Alexander Darchiev, head of the ministry’s North America Department.",
  "Officials said trade fell -5% last year. “We are moving forward,” Darchiev said.",
]);
const s2 = source("s2", "Agence, France-Presse.txt", "Pourparlers à Istanbul: « très constructifs »", [
  "Russian and U.S. diplomats met in Istanbul on Thursday for almost seven hours of talks.",
  "The Russian delegation was led by Alexander Darchiyev, head of the ministry’s North Atlantic Department.",
  "Officials said trade fell =SUM(A1) last year. “We are moving ahead,” Darchiyev said.",
]);
const s3 = source("s3", "tass.txt", "Key takeaways from the Istanbul talks", [
  "Russian and U.S. diplomats met in Istanbul on Thursday for six hours of talks.",
  "The Russian delegation was led by Alexander Darchiyev, head of the ministry’s North Atlantic Department.",
]);

function discrepancy(n: number, key: string, rest: Omit<Discrepancy, "id" | "key" | "row" | "values" | "absent">): Discrepancy {
  return { id: `d${n}`, key, row: `r${n}`, ...rest, ...groupValues(rest.variants) };
}

export const handReport: Report = {
  schemaVersion: 2,
  engineVersion: "test",
  primary: "s1",
  sources: [s1, s2, s3],
  rows: [1, 2, 3].map((n) => ({ id: `r${n}`, cells: { s1: [`s1-p${n}`], s2: [`s2-p${n}`], ...(n < 3 ? { s3: [`s3-p${n}`] } : {}) } })),
  discrepancies: [
    discrepancy(1, "number:abc", {
      severity: "substantive",
      category: "number",
      summary: "Duration: six hours ≠ almost seven hours",
      variants: [variant(s1, "six hours"), variant(s2, "almost seven hours"), variant(s3, "six hours")],
    }),
    discrepancy(2, "entity:def", {
      severity: "substantive",
      category: "entity",
      summary: "Department: North America ≠ North Atlantic",
      variants: [variant(s1, "North America"), variant(s2, "North Atlantic"), variant(s3, "North Atlantic")],
    }),
    discrepancy(3, "spelling:ghi", {
      severity: "cosmetic",
      category: "spelling",
      summary: "Darchiev ≠ Darchiyev",
      variants: [variant(s1, "Darchiev,"), variant(s2, "Darchiyev,"), variant(s3, "Darchiyev,")],
    }),
    discrepancy(4, "number:jkl", {
      severity: "minor",
      category: "number",
      summary: "Trade: -5% ≠ =SUM(A1)",
      variants: [variant(s1, "-5%", 0), variant(s2, "=SUM(A1)", 0), absent("s3")],
    }),
    discrepancy(5, "quote:mno", {
      severity: "substantive",
      category: "quote",
      summary: "Quote: “moving forward” ≠ “moving ahead”",
      variants: [variant(s1, "moving forward"), variant(s2, "moving ahead"), absent("s3")],
    }),
  ],
  notices: [],
  stats: { ms: { clean: 1, segment: 1, align: 1, diff: 1, classify: 1 }, words: 120 },
};

/** A note that breaks naive CSV: commas, both kinds of quotes, a CRLF and an LF. */
export const TRICKY_NOTE = 'Checked with the ministry, twice: "North Atlantic" is right.\r\nSee “TASS”, para 2;\nalso <b>AP</b> & co.';

const at = "2026-11-21T10:00:00.000Z";
export const handReviews: StoredReview[] = [
  { key: "entity:def", status: "confirmed", note: TRICKY_NOTE, reviewer: "Zoë O’Brien", version: 1, createdAt: at, updatedAt: at },
  { key: "spelling:ghi", status: "dismissed", note: "", reviewer: "=cmd|' /C calc'!A0", version: 1, createdAt: at, updatedAt: at },
  { key: "gone:zzz", status: "confirmed", note: "From before the re-run.", reviewer: "Zoë O’Brien", version: 1, createdAt: at, updatedAt: at },
];

export function handInput(overrides: Partial<ExportInput> = {}): ExportInput {
  return {
    comparison: { id: "c1", title: "Istanbul talks: “six” or “seven” hours?", createdAt: at },
    report: handReport,
    reviews: handReviews,
    scope: "all",
    exportedAt: "2026-11-21T12:34:00.000Z",
    ...overrides,
  };
}
