/**
 * OMISSIONS: a version omits a statement when no sentence of it is in the statement's unit *and*
 * its text covers that part of the story — it has statements aligned before and after it, or its
 * own text goes on past the last one about as far as the statement lies — *and* it has no sentence
 * close to the statement in that stretch (rewording is not omitting; both tests are in
 * skipped-statements.ts) *and* it does not make the statement somewhere else (said-elsewhere.ts:
 * facts move about between versions) *and* it is not a report of its own lacking what several
 * copies of another text share (OWN_REPORT_SHARE). A version whose excerpt ends well before does
 * not omit what lies beyond its end; headings, list entries and a lede printed twice are labels,
 * not statements. Statements that follow one another and are missing from the same versions are
 * one omission (see passagesOf): an editor reads a dropped paragraph as one thing, not sentence by
 * sentence.
 */
import * as collections from "../collections";
import * as numbers from "../lexicon/numbers";
import * as quotationMarks from "../lexicon/quotation-marks";
import * as classifyText from "../classify-text";
import type { FoundDiscrepancy, Severity, Variant } from "../types";
import type { SentenceRef } from "./sentences";
import type { Unit } from "./align-units";
import { StatementIndex } from "./said-elsewhere";
import { Wordings } from "./wordings";
import { Anchors, RewordingTest, SkipTest, sourceColumns } from "./skipped-statements";
import { memoByText } from "../memo";
import * as quantity from "../facts/quantity";
import type { Quantity } from "../facts/quantity";
import * as quantityConflicts from "../facts/quantity-conflicts";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the engine worker, CLI and benchmarks run so), and these are read per member of every unit.
const { appendTo } = collections;
const { WRITTEN_FIGURE } = numbers;
const { DOUBLE_QUOTES } = quotationMarks;
const { EXCERPT_CORE_WORDS, EXCERPT_TEXT_WORDS, MAX_SUMMARY_WORDING, clip, excerpt } = classifyText;
const { quantitiesOfText } = quantity;
const { statesFigure } = quantityConflicts;

/** Omissions among the units; `bySource` holds each source's sentences in reading order. */
export function findOmissions(
  units: Unit[],
  bySource: Map<string, SentenceRef[]>,
  reportOrder: string[],
  similarity: (a: SentenceRef, b: SentenceRef) => number,
  figureConflicts: FoundDiscrepancy[] = [],
): FoundDiscrepancy[] {
  const restates = restatedFigures(figureConflicts);
  const unitAt = unitsBySource(units, bySource);
  // A unit's sources as a set, made for the units some version lacks (the carrier bits answer the rest).
  const sourceSets: Array<Set<string> | undefined> = new Array(units.length);
  const sourcesOf = (k: number) => (sourceSets[k] ??= sourcesIn(units[k]));
  // A version's text normalised, and its figures (one stated in other words, "1/2 percentage point"
  // / "half a percentage point", is not lost): read once per version, and only for versions that
  // lack a passage (factsLostWithout searches them). Copies share most wordings: each is made
  // comparable once. Lower case maps a text character by character, but for a final sigma, whose
  // test looks no further than the space between two sentences: joined so, the text is the same.
  const known = new Map<string, KnownFacts>();
  const comparableWordings: string[] = [];
  const textOf = (source: string) => {
    let facts = known.get(source);
    if (!facts) {
      const at = wordings.at(source);
      const parts: string[] = [];
      for (let k = 0; k < at.length; k++) parts.push((comparableWordings[at[k]] ??= comparable(wordings.texts[at[k]])));
      facts = new KnownFacts(bySource.get(source) ?? [], parts.join(" "));
      known.set(source, facts);
    }
    return facts;
  };
  const wordings = new Wordings(bySource);
  const rewording = new RewordingTest(wordings, similarity);
  // Built on the first question: most statements of copies are carried by every version, and a
  // comparison where no version skips one asks none.
  let statements: StatementIndex | undefined;
  const skips = new SkipTest(new Anchors(bySource, unitAt, units), bySource, reportOrder, wordings, rewording);
  const isLabel = labelTest(bySource, wordings);

  // Share of a version's statements that any of unit k's carriers also makes.
  // By version, then by the unit's carriers (their names joined, one string per unit): no key is built per question.
  const shares = new Map<string, Map<string, number>>();
  const carriersKey: string[] = [];
  const carried = new CarrierBits(units, reportOrder);
  // Whether a unit is carried by a version is asked of every unit and version: read off the bits by column, not a set by name.
  const versionColumns = reportOrder.map((s) => carried.columnOf(s));
  const sharedWith = (source: string, k: number) => {
    const key = (carriersKey[k] ??= [...sourcesOf(k)].join());
    let ofSource = shares.get(source);
    if (!ofSource) shares.set(source, (ofSource = new Map()));
    let share = ofSource.get(key);
    if (share === undefined) {
      const at = unitAt.get(source) ?? NO_UNITS;
      const except = carried.columnOf(source);
      let shared = 0;
      for (let p = 0; p < at.length; p++) if (carried.meetBesides(at[p], k, except)) shared++;
      share = at.length ? shared / at.length : 0;
      ofSource.set(key, share);
    }
    return share;
  };
  // Which versions omit each unit, as seen from the sentences that state it.
  const absentFrom = units.map((u, k) => {
    const out: string[] = [];
    // The unit is read (is it a label, where do its members stand) only once a version lacks it:
    // copies carry most statements in every version.
    let begun = false;
    for (let v = 0; v < reportOrder.length; v++) {
      if (carried.carries(k, versionColumns[v])) continue;
      const s = reportOrder[v];
      if (!begun) {
        if (u.members.every(isLabel)) return out;
        skips.beginUnit(u.members);
        begun = true;
      }
      if (!skips.skippedBy(v)) continue;
      // A version that makes the statement in another place moved it; it did not drop it.
      statements ??= new StatementIndex(bySource, wordings);
      if (saysAny(statements, s, u.members)) continue;
      if (sourcesOf(k).size >= WIDELY_CARRIED && sharedWith(s, k) < OWN_REPORT_SHARE) continue;
      out.push(s);
    }
    return out;
  });

  return passagesOf(absentFrom, sourcesOf, bySource, unitAt, isLabel).flatMap((p) => {
    const run = p.units.map((r) => units[r]);
    // A version that gives the passage's count with another value ("24 killed" / "at least 27 …
    // claimed") has the passage at another stage: the figures' conflict reports the difference.
    const absent = p.absent.filter((s) => !run.every((u) => u.members.some((m) => restates(s, m))));
    return absent.length ? [omissionOf(run, absent, reportOrder, textOf)] : [];
  });
}

/** Whether `source` makes the statement of any of the members (module level: no closure per version asked). */
function saysAny(statements: StatementIndex, source: string, members: SentenceRef[]): boolean {
  for (const m of members) if (statements.says(source, m)) return true;
  return false;
}

/**
 * Per source, the unit of each of its sentences, by place in its reading order: every stage below
 * reads a version's sentences in order, and a map by sentence id costs a string-keyed write per
 * sentence of 50 copies (and a look-up per read).
 */
export function unitsBySource(units: Unit[], bySource: Map<string, SentenceRef[]>): Map<string, Int32Array> {
  const unitAt = new Map<string, Int32Array>();
  for (const [source, list] of bySource) unitAt.set(source, new Int32Array(list.length));
  for (let k = 0; k < units.length; k++) {
    for (const m of units[k].members) {
      const list = bySource.get(m.source);
      if (!list) continue;
      // A sentence's order is its place in its source's list; searched for only where it is not.
      const place = list[m.order] === m || list[m.order]?.id === m.id ? m.order : list.findIndex((x) => x.id === m.id);
      if (place >= 0) unitAt.get(m.source)![place] = k;
    }
  }
  return unitAt;
}
const NO_UNITS = new Int32Array(0);

/** The sources of a unit's members (module level: no closure per comparison). */
function sourcesIn(u: Unit): Set<string> {
  const sources = new Set<string>();
  for (const m of u.members) sources.add(m.source);
  return sources;
}

/**
 * Per unit, the versions that carry it as bits (a word per 32 versions): whether two units share a
 * carrier is asked for every sentence of every version that seems to lack a statement.
 */
export class CarrierBits {
  private readonly column: Map<string, number>;
  private readonly words: number;
  private readonly bits: Uint32Array;

  constructor(units: Unit[], sources: string[]) {
    this.column = sourceColumns(sources, units);
    this.words = Math.max(1, Math.ceil(this.column.size / 32));
    this.bits = new Uint32Array(units.length * this.words);
    units.forEach((u, k) => {
      for (const m of u.members) {
        const c = this.column.get(m.source)!;
        this.bits[k * this.words + (c >>> 5)] |= 1 << (c & 31);
      }
    });
  }

  /** A source's column (every source given or in a unit has one). */
  columnOf(source: string): number {
    return this.column.get(source)!;
  }

  /** Whether unit k has a member from the source of this column. */
  carries(k: number, column: number): boolean {
    return (this.bits[k * this.words + (column >>> 5)] & (1 << (column & 31))) !== 0;
  }

  /** Whether units a and b have a carrier in common other than `except`. */
  meet(a: number, b: number, except: string): boolean {
    return this.meetBesides(a, b, this.column.get(except));
  }

  /** meet(), the carrier left out given by its column (undefined: none): a version's share asks of each of its sentences. */
  meetBesides(a: number, b: number, c: number | undefined): boolean {
    for (let w = 0; w < this.words; w++) {
      let common = this.bits[a * this.words + w] & this.bits[b * this.words + w];
      if (c !== undefined && w === c >>> 5) common &= ~(1 << (c & 31));
      if (common) return true;
    }
    return false;
  }
}

/**
 * Whether `source` gives another value of a figure `sentence` states, in a conflict the report
 * already carries: each conflict's readings, by the sentence that holds them.
 */
function restatedFigures(conflicts: FoundDiscrepancy[]): (source: string, sentence: SentenceRef) => boolean {
  const readers = new Map<string, { start: number; sources: Set<string> }[]>();
  for (const d of conflicts) {
    const sources = new Set(d.variants.filter((v) => v.core).map((v) => v.source));
    for (const v of d.variants) if (v.core) for (const span of v.spans) appendTo(readers, span.paragraph, { start: span.start, sources });
  }
  return (source, sentence) =>
    (readers.get(sentence.paragraph) ?? []).some((r) => r.start >= sentence.start && r.start < sentence.end && r.sources.has(source));
}

/**
 * Statements that follow one another in any version carrying them are one passage when some
 * versions lack all of them and no version that lacks part carries another part: an editor reads a
 * dropped paragraph as one thing, not sentence by sentence, even where one version's text stops
 * halfway through it or another carries it in a different order. The passage is missing from every
 * version that lacks part of it (and carries none). Labels ("(Change)", "Summary:") between two
 * such sentences do not break it.
 */
function passagesOf(
  absentFrom: string[][],
  sourcesOf: (unit: number) => ReadonlySet<string>,
  bySource: Map<string, SentenceRef[]>,
  unitAt: Map<string, Int32Array>,
  isLabel: (sentence: SentenceRef) => boolean,
): Array<{ units: number[]; absent: string[] }> {
  const parent = absentFrom.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k])));
  const common = absentFrom.map((list) => list);
  // Only units some versions lack are joined (most units of copies are carried by all): the sets
  // a join grows are made for those alone.
  const lacking = absentFrom.map((list) => (list.length ? new Set(list) : NO_SOURCES));
  const carriers = absentFrom.map((list, k) => (list.length ? new Set(sourcesOf(k)) : NO_SOURCES));
  // Two stretches join when some versions lack both and no version lacking part of one carries
  // part of the other: then every version either lacks, carries or does not reach the whole.
  const joinable = (a: number, b: number) =>
    common[a].some((s) => common[b].includes(s)) && ![...lacking[a]].some((s) => carriers[b].has(s)) && ![...lacking[b]].some((s) => carriers[a].has(s));
  for (const [source, list] of bySource) {
    const at = unitAt.get(source)!;
    let previous = -1;
    for (let p = 0; p < list.length; p++) {
      const sentence = list[p];
      const k = at[p];
      if (!absentFrom[k].length) {
        // Only a sentence after a lacked one can break a run: most sentences of copies follow none.
        if (previous >= 0 && !isLabel(sentence)) previous = -1;
        continue;
      }
      if (previous >= 0) {
        const [a, b] = [find(previous), find(k)];
        if (a !== b && joinable(a, b)) {
          const [root, child] = a < b ? [a, b] : [b, a];
          parent[child] = root;
          common[root] = common[a].filter((s) => common[b].includes(s));
          for (const s of carriers[child]) carriers[root].add(s);
          for (const s of lacking[child]) lacking[root].add(s);
        }
      }
      previous = k;
    }
  }
  const runs = new Map<number, number[]>();
  absentFrom.forEach((list, k) => {
    if (!list.length) return;
    const root = find(k);
    appendTo(runs, root, k);
  });
  return [...runs].map(([root, members]) => ({ units: members, absent: [...lacking[root]] }));
}

const NO_SOURCES: Set<string> = new Set();

/**
 * A passage at least this many versions carry is not reported as missing from a version that
 * makes less than OWN_REPORT_SHARE of its statements with them: that version is a report of its
 * own (another outlet's story, a reporter's rewrite), compared with the others on its facts, not
 * on which of their common background it repeats.
 */
export const WIDELY_CARRIED = 3;
export const OWN_REPORT_SHARE = 0.4;
/** A fragment shorter than this ("Summary:", "(Change)") is a label, not a statement one can omit. */
export const MIN_STATEMENT_WORDS = 4;
/**
 * A paragraph this short that does not end like a sentence ("Death toll rises to 45", a list
 * entry, a subheading) is a heading: it names what the text around it says, so the statements
 * around it are what a version can omit.
 */
export const MAX_HEADING_WORDS = 12;
const SENTENCE_CLOSE = /[.!?:;…"'”’»)\]]$/u;

/** A test of whether a sentence is a label or a heading rather than a statement. */
function labelTest(bySource: Map<string, SentenceRef[]>, wordings: Wordings): (sentence: SentenceRef) => boolean {
  // A sentence a page repeats word for word (a lede printed again under the photos) says nothing
  // new. Listed per version when one of its sentences is first asked about: copies carry most
  // statements in every version, and theirs are asked about only where a version lacks one.
  // Flags by place in the version's reading order; a wording is told seen by its number, stamped
  // with the version last met with it.
  const repeatsBySource = new Map<string, Uint8Array>();
  const lastSeenIn = new Int32Array(wordings.count).fill(-1);
  const repeatsIn = (source: string) => {
    let repeats = repeatsBySource.get(source);
    if (!repeats) {
      const at = wordings.at(source);
      const stamp = repeatsBySource.size;
      repeats = new Uint8Array(at.length);
      for (let p = 0; p < at.length; p++) {
        if (lastSeenIn[at[p]] === stamp) repeats[p] = 1;
        lastSeenIn[at[p]] = stamp;
      }
      repeatsBySource.set(source, repeats);
    }
    return repeats;
  };
  const repeated = (sentence: SentenceRef) => {
    const list = bySource.get(sentence.source) ?? [];
    const place = list[sentence.order] === sentence ? sentence.order : list.findIndex((x) => x.id === sentence.id);
    return place >= 0 && repeatsIn(sentence.source)[place] === 1;
  };
  return (sentence) => {
    const words = wordCount(sentence.text);
    if (words < MIN_STATEMENT_WORDS || repeated(sentence)) return true;
    if (words > MAX_HEADING_WORDS || SENTENCE_CLOSE.test(sentence.text)) return false;
    const list = bySource.get(sentence.source) ?? [];
    return [list[sentence.order - 1], list[sentence.order + 1]].every((n) => n?.paragraph !== sentence.paragraph);
  };
}
/** Counted once per wording: every sentence is tested as its unit's member and again as a passage's. */
const wordCount = memoByText(20_000, countWords);

/**
 * The stretches between white space that hold a letter or a digit, as text.split(/\s+/) and
 * /[\p{L}\p{N}]/u count them, read in one pass with no list made: ASCII characters by their
 * codes, others by the two patterns (a surrogate pair read whole).
 */
function countWords(text: string): number {
  let count = 0;
  let inCounted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) inCounted = false;
      else if (!inCounted && ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) {
        count++;
        inCounted = true;
      }
      continue;
    }
    const ch = c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i];
    if (WHITE_SPACE.test(ch)) inCounted = false;
    else if (!inCounted && LETTER_OR_DIGIT.test(ch)) {
      count++;
      inCounted = true;
    }
  }
  return count;
}
const WHITE_SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function omissionOf(run: Unit[], absent: string[], reportOrder: string[], textOf: (source: string) => KnownFacts): FoundDiscrepancy {
  const bySource = new Map<string, SentenceRef[]>();
  for (const unit of run) for (const s of unit.members) appendTo(bySource, s.source, s);
  for (const list of bySource.values()) list.sort((a, b) => a.order - b.order);
  // Copies carry a passage in one wording: each wording is shortened once, not once per version.
  const shortened = new Map<string, { text: string; core: string }>();
  const variants: Variant[] = reportOrder.map((source) => {
    const sentences = bySource.get(source);
    if (!sentences) return { source, text: "", core: "", spans: [] };
    const full = sentences.map((s) => s.text).join(" ");
    let short = shortened.get(full);
    if (!short) {
      short = { text: excerpt(full, EXCERPT_TEXT_WORDS), core: excerpt(full, EXCERPT_CORE_WORDS) };
      shortened.set(full, short);
    }
    return {
      source,
      text: short.text,
      core: short.core,
      spans: sentences.map((s) => ({ paragraph: s.paragraph, start: s.start, end: s.end })),
    };
  });
  // Copies carry a passage in one wording: each wording's facts are read once.
  const texts = new Set<string>();
  for (const list of bySource.values()) for (const s of list) texts.add(s.text);
  const losesFacts = factsLostWithout([...texts]);
  const severity: Severity = losesFacts && absent.some((s) => losesFacts(textOf(s))) ? "substantive" : "minor";
  const passage = clip(variants.find((v) => v.core)?.core ?? "", MAX_SUMMARY_WORDING);
  const total = reportOrder.length;
  return {
    severity,
    category: "omission",
    summary: `Omission: “${passage}” (missing from ${absent.length} of ${total} versions)`,
    variants,
  };
}

const QUOTATION = new RegExp(`[${DOUBLE_QUOTES}]([^${DOUBLE_QUOTES}]{12,})[${DOUBLE_QUOTES}]`, "gu");
/** A capitalised word after a lower-case word or a comma: a name, not a sentence start. */
const NAME_INSIDE = /[\p{Ll},] (\p{Lu}[\p{L}'’-]+)/gu;

/** The checkable facts a passage states: its figures, names (and dates) and quotations. */
function factsOf(text: string): string[] {
  const facts = [...text.matchAll(WRITTEN_FIGURE)].map((m) => m[0]);
  for (const m of text.matchAll(NAME_INSIDE)) facts.push(m[1]);
  for (const m of text.matchAll(QUOTATION)) facts.push(m[1].trim());
  return facts;
}

/**
 * What is lost decides the grade: a figure, a name, a date or a quotation is a checkable fact
 * (substantive); background prose is minor.
 */
export function statesFacts(text: string): boolean {
  return factsOf(text).length > 0;
}

/**
 * Whether a version that lacks the passage loses one of its facts: a figure, name or quotation it
 * states nowhere else. A name the version mentions in another sentence is not lost with this one.
 * Undefined for a passage without facts.
 */
function factsLostWithout(passage: string[]): ((known: KnownFacts) => boolean) | undefined {
  // The passage's facts are read once, not once per version that lacks it.
  const facts = passage.flatMap((text) => {
    const figures = quantitiesOfText(text);
    // A figure that counts something is looked for by value; the rest (a name, a year) as written.
    return factsOf(text).map((fact) => ({ fact: comparable(fact).replace(/'s$/, ""), figure: figures.find((q) => text.slice(q.start, q.end).includes(fact)) }));
  });
  // A passage that states no fact loses none: no version's text is read for it.
  if (!facts.length) return undefined;
  return (known) =>
    facts.some(({ fact, figure }) => !known.text.includes(fact) && !(figure && statesFigure(known.figures, figure)));
}

/** What a version states, as omissions look for a passage's facts in it. */
class KnownFacts {
  private read: Quantity[] | undefined;

  constructor(
    private readonly sentences: SentenceRef[],
    /** Its whole text, comparable. */
    readonly text: string,
  ) {}

  /** Its figures, by value: read only for a figure not found as written. */
  get figures(): Quantity[] {
    return (this.read ??= this.sentences.flatMap((s) => quantitiesOfText(s.text)));
  }
}

/** Lower case, one apostrophe: how a fact is looked for in a version's text (`known` is already so). */
const comparable = (text: string) => text.toLowerCase().replace(/[’]/g, "'");
