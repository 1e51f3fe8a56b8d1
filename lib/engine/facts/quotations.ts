/**
 * QUOTATIONS ACROSS THE STORY: the same speaker's words quoted by two versions in statements the
 * aligner put in different units (a quote moved up into a rewritten lede, split from its
 * attribution, run on from another paragraph). Inside one unit the word diff already compares
 * them; here a quotation is matched with the other versions' quotations wherever they sit, and a
 * word changed inside it ("deep pain" / "deep shame") is a misquotation.
 *
 * Hand-written: a quotation is the words between a pair of quotation marks in a paragraph, in the
 * tokenizer's normal forms (so "normalising" and "normalizing" agree); two quotations are the same
 * passage when most of their words agree in order (a longest common subsequence of a few dozen
 * words, computed once per pair of wordings).
 */
import { appendTo } from "../collections";
import { EXCERPT_TEXT_WORDS, MAX_SUMMARY_WORDING, clip, excerpt } from "../classify-text";
import { isTransliteration } from "../detectors/transliteration";
import { isFunctionNorm } from "../detectors/words";
import { memoByText } from "../memo";
import { lacksAny, readingsBySource, readingsConflict } from "./readings";
import { speakerAround, type Speaker } from "./speakers";
import { tokensOf, type Token } from "../tokenize";
import type { Budget, FoundDiscrepancy, ReportSource, Variant } from "../types";
import type { Unit } from "../units/align-units";

/** Words a quoted run needs to be matched across the story: shorter ones ("“historic”") are phrases, not passages. */
export const MIN_QUOTED_WORDS = 6;
/** Share of the shorter quotation's words the two must have in common, in order, to be one quotation. */
export const SAME_QUOTATION = 0.6;
/** Words two quotations must have in common, in order, at the least: fewer is a shared phrase, not a passage. */
export const MIN_COMMON_WORDS = 5;
/**
 * Words of the longest quotation compared: a longer run between two marks is a transcript or a
 * stray mark, and comparing it would cost the square of its length.
 */
export const MAX_QUOTED_WORDS = 150;
/** Passages a wording is tried against, those sharing the most words first. */
const MAX_ANCHORS_TRIED = 8;
/** Words either side of a change at most: a longer difference is two passages, not a misquotation. */
const MAX_CHANGED_WORDS = 3;

interface Quotation {
  source: string;
  paragraph: string;
  words: Token[];
  /** Units of the sentences it lies in. */
  units: Set<number>;
  /** Whom the paragraph attributes it to, when it names someone. */
  speaker?: Speaker;
}

interface QuotedRun {
  words: Token[];
  speaker?: Speaker;
  /** Its words' normal forms, and them joined: the key its wording is grouped by. */
  norms: string[];
  key: string;
}

/** The quotations that word a passage identically (wire copies repeat most of them). */
interface Wording {
  norms: string[];
  copies: Quotation[];
}

/** A change between two wordings: word positions [from, to) in each. */
type Stretch = [number, number];

interface Change {
  readings: [string, string];
  at: Array<[Stretch, Quotation]>;
}

/**
 * Misquotations between versions whose quotations of one passage sit in different units; `known`
 * are the discrepancies found inside units, whose misquotations are not told twice.
 */
export function quotationConflicts(
  sources: ReportSource[],
  canonical: string[],
  units: Unit[],
  reportOrder: string[],
  known: FoundDiscrepancy[],
  budget: Budget,
): FoundDiscrepancy[] {
  const rank = new Map(canonical.map((id, k) => [id, k]));
  const quoting: Array<{ source: string; paragraph: string; runs: QuotedRun[] }> = [];
  for (const source of sources.slice().sort((a, b) => rank.get(a.id)! - rank.get(b.id)!)) {
    for (const p of source.paragraphs) {
      // Copies repeat most paragraphs: a run's words are normalised once per paragraph wording (quotedRuns).
      const runs = quotedRuns(p.text);
      if (runs.length) quoting.push({ source: source.id, paragraph: p.id, runs });
    }
  }
  // Only the units of paragraphs that quote are looked up: most paragraphs quote no one.
  const unitAt = unitLookup(units, new Set(quoting.map((q) => q.paragraph)));
  const wordings = new Map<string, Wording>();
  for (const { source, paragraph, runs } of quoting) {
    for (const run of runs) {
      const wording = wordings.get(run.key) ?? { norms: run.norms, copies: [] };
      wording.copies.push(quotationOf(source, paragraph, run, unitAt));
      wordings.set(run.key, wording);
    }
  }
  // The misquotations the units' comparisons told, read only once a change across units is found,
  // and only those whose first wording is one of the change's: a told one of the same readings
  // words its first version with one of them.
  let toldInUnits: ToldQuotes | undefined;
  const changes = new Map<string, Change>();
  for (const [x, y, stretches] of againstAnchors([...wordings.values()], budget)) {
    // Pairs of one unit were compared there; only versions that quote apart are read here.
    const apart = x.copies.some((a) => y.copies.some((b) => a.source !== b.source && !shareAUnit(a.units, b.units)));
    if (!apart || !eachQuotesWithoutTheOther(x, y)) continue;
    for (const [inX, inY] of stretches) {
      const readings: [string, string] = [plainWords(x.copies[0].words.slice(...inX)), plainWords(y.copies[0].words.slice(...inY))];
      if (isRestyled(readings[0], readings[1])) continue;
      const key = readingsKey(readings);
      if ((toldInUnits ??= new ToldQuotes(known)).has(readings, key)) continue;
      const change = changes.get(key) ?? { readings, at: [] };
      change.at.push(...x.copies.map((q): [Stretch, Quotation] => [inX, q]), ...y.copies.map((q): [Stretch, Quotation] => [inY, q]));
      changes.set(key, change);
    }
  }
  const misattributions = [...wordings.values()].flatMap((w) => misattribution(w.copies, reportOrder) ?? []);
  return [...[...changes.values()].map((change) => misquotation(change, reportOrder)), ...misattributions];
}

/**
 * Whether some version gives one wording and not the other, and some version the other alone. A
 * version that gives both (a speaker who said "oppose every principle" and, later, "opposed our
 * principles") quotes two passages, and every version agreeing so misquotes nothing.
 */
function eachQuotesWithoutTheOther(x: Wording, y: Wording): boolean {
  const xSources = new Set(x.copies.map((q) => q.source));
  const ySources = new Set(y.copies.map((q) => q.source));
  return lacksAny(xSources, ySources) && lacksAny(ySources, xSources);
}

/** Whether two quotations lie in a common unit: asked of every pair of fifty versions' copies, so no set is copied to ask it. */
function shareAUnit(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const u of a) if (b.has(u)) return true;
  return false;
}

/**
 * The same words quoted as two people's: versions that quote a passage word for word and name
 * different people as its speaker, at least two of them in different units (inside one unit the
 * word diff sets the names apart).
 */
function misattribution(copies: Quotation[], reportOrder: string[]): FoundDiscrepancy | undefined {
  const named = copies.filter((q) => q.speaker);
  // Most passages are given to one speaker by every version that names one: no pair of copies need be asked.
  if (named.every((q) => q.speaker!.key === named[0].speaker!.key)) return undefined;
  const apart = named.some((a) => named.some((b) => a.speaker!.key !== b.speaker!.key && a.source !== b.source && !shareAUnit(a.units, b.units)));
  if (!apart) return undefined;
  if (!readingsConflict(readingsBySource(named, (q) => q.source, (q) => q.speaker!.key))) return undefined;
  const first = new Map<string, Quotation>();
  for (const q of named) if (!first.has(q.source)) first.set(q.source, q);
  const variants: Variant[] = reportOrder.map((source) => {
    const q = first.get(source);
    if (!q) return { source, text: "", core: "", spans: [] };
    return {
      source,
      text: excerpt(`“${plainWords(q.words)}” — ${q.speaker!.text}`, EXCERPT_TEXT_WORDS),
      core: q.speaker!.text,
      spans: [{ paragraph: q.paragraph, start: q.speaker!.start, end: q.speaker!.end }],
    };
  });
  const names = [...new Set(variants.filter((v) => v.core).map((v) => v.core))];
  return { severity: "substantive", category: "entity", summary: `Speaker: ${names.map((n) => clip(n, MAX_SUMMARY_WORDING)).join(" ≠ ")}`, variants };
}

const readingsKey = (readings: string[]) => [...new Set(readings.map((r) => r.toLowerCase()))].sort().join("\u0000");

/** The quote discrepancies found inside units, by the lower-cased first wording their versions give. */
class ToldQuotes {
  private readonly byFirst = new Map<string, FoundDiscrepancy[]>();
  private readonly keys = new Map<FoundDiscrepancy, string>();

  constructor(known: FoundDiscrepancy[]) {
    for (const d of known) if (d.category === "quote") appendTo(this.byFirst, (d.variants.find((v) => v.core)?.core ?? "").toLowerCase(), d);
  }

  /** Whether one of them gives these readings (`key`: their readingsKey), and no other. */
  has(readings: readonly string[], key: string): boolean {
    for (const reading of readings) {
      for (const d of this.byFirst.get(reading.toLowerCase()) ?? []) {
        let told = this.keys.get(d);
        if (told === undefined) this.keys.set(d, (told = coresKey(d)));
        if (told === key) return true;
      }
    }
    return false;
  }
}

/**
 * readingsKey of a discrepancy's cores. Copies give a reading in one wording, version after
 * version: each wording is lowered once, not once per version.
 */
function coresKey(d: FoundDiscrepancy): string {
  const cores = new Set<string>();
  for (const v of d.variants) if (v.core) cores.add(v.core);
  return readingsKey([...cores]);
}

function unitLookup(units: Unit[], paragraphs: ReadonlySet<string>): (paragraph: string, start: number, end: number) => Set<number> {
  const byParagraph = new Map<string, Array<{ start: number; end: number; unit: number }>>();
  units.forEach((u, k) => {
    for (const m of u.members) if (paragraphs.has(m.paragraph)) appendTo(byParagraph, m.paragraph, { start: m.start, end: m.end, unit: k });
  });
  // A set per quotation of every copy: filled straight from the paragraph's sentences, with no lists between.
  return (paragraph, start, end) => {
    const found = new Set<number>();
    for (const s of byParagraph.get(paragraph) ?? []) if (s.start < end && start < s.end) found.add(s.unit);
    return found;
  };
}

/**
 * Quoted runs of a paragraph's text: the words between a pair of quotation marks. Only those
 * stretches are tokenized (for their words' normal forms), not the whole paragraph: this stage
 * reads every wording of every paragraph, and quotations are a small part of them.
 */
const quotedRuns = memoByText(50_000, (text: string): QuotedRun[] => {
  const runs: QuotedRun[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m.slice(1).find((group) => group !== undefined)!;
    const offset = m.index + m[0].indexOf(inner);
    // The shared tokens are only read here: each kept one is copied below, at its place in the paragraph.
    const words = tokensOf(inner).filter(isWordOrNumber);
    if (words.length < MIN_QUOTED_WORDS || words.length > MAX_QUOTED_WORDS) continue;
    const norms = words.map(normOf);
    runs.push({ words: words.map((t) => ({ ...t, start: t.start + offset, end: t.end + offset })), speaker: speakerAround(text, m.index, m.index + m[0].length), norms, key: norms.join(" ") });
  }
  return runs;
});
/**
 * An opening mark and its own closing one: “…”, „…“, «…», "…", and ‘…’ opening and closing a
 * word. A closing mark is never read as an opening one, so the words between a quotation that
 * runs on from an earlier paragraph and the next one are not taken for a quotation.
 */
const QUOTED = /“([^“”]+)”|„([^„“”]+)[“”]|«([^«»]+)»|"([^"]+)"|(?<![\p{L}\d])‘([^‘’]+)’(?![\p{L}\d])/gu;

function quotationOf(source: string, paragraph: string, { words, speaker }: QuotedRun, unitAt: ReturnType<typeof unitLookup>): Quotation {
  return { source, paragraph, words, speaker, units: unitAt(paragraph, words[0].start, words[words.length - 1].end) };
}

/**
 * Each wording with the passage it quotes: wordings are taken most quoted first (then in canonical
 * order), and each is read against the first earlier *anchor* that quotes the same passage, or
 * becomes an anchor itself. Every version is thus compared with the passage's usual wording, not
 * with every other version: cost grows with the wordings, not their pairs.
 */
function againstAnchors(wordings: Wording[], budget: Budget): Array<[Wording, Wording, Array<[Stretch, Stretch]>]> {
  // Each wording's speakers, read once: a wording is asked of as an anchor by every later one.
  const speakers = new Map<Wording, Set<string>>();
  const speakersOf = (w: Wording) => {
    let keys = speakers.get(w);
    if (!keys) speakers.set(w, (keys = new Set(w.copies.flatMap((q) => (q.speaker ? [q.speaker.key] : [])))));
    return keys;
  };
  const contentOf = (w: Wording) => new Set(w.norms.filter((n) => !isFunctionNorm(n)));
  const ordered = wordings.map((w, k) => ({ w, k })).sort((x, y) => y.w.copies.length - x.w.copies.length || x.k - y.k).map(({ w }) => w);
  const anchors: Wording[] = [];
  const byWord = new Map<string, number[]>();
  const found: Array<[Wording, Wording, Array<[Stretch, Stretch]>]> = [];
  for (const w of ordered) {
    const shared = new Map<number, number>();
    for (const norm of contentOf(w)) {
      const postings = byWord.get(norm) ?? [];
      budget.work.spend(postings.length);
      for (const a of postings) shared.set(a, (shared.get(a) ?? 0) + 1);
    }
    const candidates = [...shared]
      .filter(([, count]) => count >= MIN_QUOTED_WORDS / 2)
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, MAX_ANCHORS_TRIED)
      .map(([a]) => a);
    // Each comparison costs the product of the two lengths; past the budget the rest is not compared (and the report says so).
    const anchor = candidates
      .map((a) => anchors[a])
      .find((a) => sameSpeakers(speakersOf(a), speakersOf(w)) && budget.work.spend(a.norms.length * w.norms.length) && sameQuotation(a.norms, w.norms));
    if (budget.work.exhausted) {
      budget.notices.push({ kind: "budget", message: "Quotations were compared across the story only in part: the work budget ran out." });
      break;
    }
    if (anchor) {
      found.push([anchor, w, substitutions(anchor.norms, w.norms)]);
      continue;
    }
    for (const norm of contentOf(w)) appendTo(byWord, norm, anchors.length);
    anchors.push(w);
  }
  return found;
}

/**
 * Whether two wordings, by their speakers' keys, may be one person's words: quotations the versions
 * give to different named people are two people's words, however alike ("a power grab for the
 * people"), not a misquotation.
 */
function sameSpeakers(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  return !x.size || !y.size || [...x].some((k) => y.has(k));
}

/** The common subsequence of the last pair asked for: sameQuotation and substitutions ask for one pair in turn. */
const commonOf = lastPairMemo();
function lastPairMemo() {
  let last: { a: string[]; b: string[]; common: Array<[number, number]> } | undefined;
  return (a: string[], b: string[]) => {
    if (last?.a !== a || last.b !== b) last = { a, b, common: longestCommon(a, b) };
    return last.common;
  };
}

/** Two wordings quote one passage when most of the shorter one's words come in the longer one, in order. */
function sameQuotation(a: string[], b: string[]): boolean {
  return commonOf(a, b).length >= Math.max(MIN_COMMON_WORDS, SAME_QUOTATION * Math.min(a.length, b.length));
}

/**
 * The words two quotations of one passage word differently: short changes between words they
 * share, in order. Words one version quotes beyond the other's start or end are a longer or
 * shorter excerpt, not a change; so are words one leaves out inside (an ellipsis).
 */
function substitutions(a: string[], b: string[]): Array<[Stretch, Stretch]> {
  const common = commonOf(a, b);
  const out: Array<[Stretch, Stretch]> = [];
  for (let k = 1; k < common.length; k++) {
    const [i0, j0] = common[k - 1];
    const [i1, j1] = common[k];
    const lengthA = i1 - i0 - 1;
    const lengthB = j1 - j0 - 1;
    if (lengthA > 0 && lengthB > 0 && lengthA <= MAX_CHANGED_WORDS && lengthB <= MAX_CHANGED_WORDS) out.push([[i0 + 1, i1], [j0 + 1, j1]]);
  }
  return out;
}

const normOf = (t: Token) => t.norm.toLowerCase();
const isWordOrNumber = (t: Token) => t.kind === "word" || t.kind === "number";

/** Index pairs of a longest common subsequence (quotations are short: a table is cheap). */
function longestCommon(a: string[], b: string[]): Array<[number, number]> {
  // One flat table, row i at i * width: a row of its own per word of `a` was an allocation each.
  const width = b.length + 1;
  const table = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    const row = i * width;
    const below = row + width;
    for (let j = b.length - 1; j >= 0; j--) table[row + j] = a[i] === b[j] ? table[below + j + 1] + 1 : Math.max(table[below + j], table[row + j + 1]);
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i++;
    else j++;
  }
  return pairs;
}

const plainWords = (words: Token[]) => words.map((t) => t.text).join(" ");

/** One word written two ways ("work force" / "workforce", "Gadhafi" / "Qaddafi") is no misquotation. */
function isRestyled(a: string, b: string): boolean {
  const letters = (s: string) => s.toLowerCase().replace(NOT_LETTER_OR_DIGIT, "");
  return letters(a) === letters(b) || (!/\s/.test(a) && !/\s/.test(b) && isTransliteration(a, b));
}

function misquotation(change: Change, reportOrder: string[]): FoundDiscrepancy {
  const bySource = new Map<string, [Stretch, Quotation]>();
  for (const [stretch, quotation] of change.at) if (!bySource.has(quotation.source)) bySource.set(quotation.source, [stretch, quotation]);
  // Copies of a paragraph share its quotations' words: each quotation is shortened once, not once per version.
  const shortened = new Map<Token[], string>();
  const variants: Variant[] = reportOrder.map((source) => {
    const at = bySource.get(source);
    if (!at) return { source, text: "", core: "", spans: [] };
    const [stretch, quotation] = at;
    const words = quotation.words.slice(...stretch);
    let text = shortened.get(quotation.words);
    if (text === undefined) shortened.set(quotation.words, (text = excerpt(`“${plainWords(quotation.words)}”`, EXCERPT_TEXT_WORDS)));
    return {
      source,
      text,
      core: plainWords(words),
      spans: [{ paragraph: quotation.paragraph, start: words[0].start, end: words[words.length - 1].end }],
    };
  });
  const [x, y] = change.readings;
  return { severity: "substantive", category: "quote", summary: `Quote: ${clip(x, MAX_SUMMARY_WORDING)} ≠ ${clip(y, MAX_SUMMARY_WORDING)}`, variants };
}

// Module level: the transpiler turns a \p{…} pattern into a RegExp built on every call.
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
