import { alignSources } from "./align";
import { clean } from "./clean";
import { alignUnits, concatenated } from "./units/align-units";
import { joinRewordedPairs } from "./units/reworded-pairs";
import { joinLedes } from "./units/ledes";
import { canonicalOrder } from "./units/canonical";
import { classifyUnit } from "./units/classify-units";
import { joinClauseOmissions, withoutClausesOfOmittedPassages, withoutFiguresInConflicts, withoutFiguresStatedElsewhere } from "./units/clause-omissions";
import { findOmissions } from "./units/omissions";
import { figureSpans, quantitiesBySentence, quantityConflicts } from "./facts/quantity-conflicts";
import { rankConflicts } from "./facts/rank";
import { routeConflicts } from "./facts/route";
import { directionConflicts } from "./facts/direction";
import { moneyMeasureConflicts } from "./facts/money-measure";
import { ageConflicts } from "./facts/age";
import { storyCalendarOf, storyYear } from "./facts/story-date";
import { recordConflicts } from "./facts/record";
import { voteConflicts } from "./facts/votes";
import { lifeDateConflicts } from "./facts/life-dates";
import { aircraftConflicts } from "./facts/aircraft";
import { journalConflicts } from "./facts/journal";
import { verdictConflicts } from "./facts/verdicts";
import { nameSpellingConflicts } from "./facts/name-spellings";
import { readIn } from "./facts/readings";
import { quotationConflicts } from "./facts/quotations";
import { sentencesOf } from "./units/sentences";
import { WorkBudget } from "./work-budget";
import { extract, type ExtractedText } from "./extract";
import { forgetTexts, memoByText } from "./memo";
import { keyDiscrepancies, numberRows } from "./report";
import { segment } from "./segment";
import { spaceSeparatedCount } from "./clutter/shape";
import { ENGINE_VERSION } from "./version";
import { DEFAULT_WORK_LIMIT } from "./budget";
import { InputError } from "./errors";
import { MAX_SOURCES, MIN_SOURCES, tooFewSources, tooManySources } from "./source-count";
import {
  SCHEMA_VERSION,
  type Budget,
  type CompareOptions,
  type FoundDiscrepancy,
  type Notice,
  type Report,
  type ReportRow,
  type ReportSource,
  type SegmentedSource,
  type SourceInput,
} from "./types";

/**
 * More differences than anyone reviews: past this the report keeps the most severe (cosmetic, then
 * minor ones dropped first) and says so. It also bounds the report's size: every discrepancy carries
 * a variant per source, so 50 long sources could otherwise make a report of 100 MB and more.
 */
export const MAX_DISCREPANCIES = 5_000;

/**
 * The one entry point: the CLI, the API, the UI and the exports all get their report from here.
 * Same sources and options → the same report, byte for byte, apart from `stats.ms`.
 */
export async function compare(inputs: SourceInput[], options: CompareOptions = {}): Promise<Report> {
  if (inputs.length < MIN_SOURCES) throw new InputError(tooFewSources(inputs.length));
  if (inputs.length > MAX_SOURCES) throw new InputError(tooManySources(inputs.length));

  const now = options.now ?? (() => performance.now());
  const notices: Notice[] = [];
  const work = new WorkBudget(options.workLimit ?? DEFAULT_WORK_LIMIT);
  const budget: Budget = { work, notices };
  const restore = new Set(options.restore ?? []);

  let mark = now();
  const lap = () => {
    const t = now();
    const ms = Math.round((t - mark) * 100) / 100;
    mark = t;
    return ms;
  };

  forgetTexts();
  const extracted = await Promise.all(inputs.map((input) => extract(input)));
  const cleaned = extracted.map((doc, i) => cleanSource(doc, `s${i + 1}`, inputs[i].name, restore));
  const cleanMs = lap();

  const sources: ReportSource[] = cleaned.map(({ source, paragraphs }) => ({ ...source, paragraphs: segment(paragraphs, source.id) }));
  noticeDuplicates(sources, notices);
  const segmentMs = lap();

  const primary = resolvePrimary(sources, options.primary);
  const segmented: SegmentedSource[] = sources.map(({ id, name, paragraphs }) => ({ id, name, paragraphs }));
  const rows = numberRows(alignSources(segmented, primary, budget));
  const alignMs = lap();

  const canonical = canonicalOrder(sources);
  const rank = new Map(canonical.map((s, k) => [s.id, k]));
  const sentences = new Map(canonical.map((s) => [s.id, sentencesOf(s)]));
  const sentenceLists = [...sentences.values()];
  const aligned = alignUnits(sentenceLists, budget);
  const { similarity } = aligned;
  const units = joinLedes(joinRewordedPairs(aligned.units, sentences, similarity), similarity, rank);
  const alignUnitsMs = lap();

  const order = sources.map((s) => s.id);
  const allSentences = concatenated(sentenceLists);
  const quantities = quantitiesBySentence(allSentences);
  const readByFigure = figureSpans(quantities);
  const found: FoundDiscrepancy[] = [];
  const calendars = new Map(cleaned.map(({ source, paragraphs, printed }) => [source.id, storyCalendarOf(printed, source.dateline, paragraphs)]));
  const ranks = rankConflicts(units, order);
  const routes = routeConflicts(units, order);
  const votes = voteConflicts(allSentences, order);
  const lifeDates = lifeDateConflicts(allSentences, order);
  const aircraft = aircraftConflicts(allSentences, order);
  const ages = ageConflicts(allSentences, order);
  const journals = journalConflicts(allSentences, order);
  const verdicts = verdictConflicts(allSentences, order);
  // Words the diff pairs that a fact stage already reports ("fourth" / "sixth" to win, "Cusco …
  // Arequipa" swapped, "7-2" / "6-3", "Irimie, 53" / "Irimie, 35", "Sunday" / "Saturday" of a
  // death) are one conflict, not two.
  const readElsewhere = [
    readIn(ranks, "number"),
    readIn(votes, "number"),
    readIn(ages, "number"),
    readIn(verdicts, "number"),
    readIn(routes, "characterization"),
    readIn([...lifeDates, ...aircraft, ...journals], "date", "entity", "number"),
  ];
  const inUnits = units.flatMap((unit, k) =>
    classifyUnit(unit, `u${k + 1}`, rank, order, similarity, budget, calendars).filter((d) => !readByFigure(d) && !readElsewhere.some((read) => read(d))),
  );
  const figureConflicts = quantityConflicts(units, quantities, order);
  const omitted = findOmissions(units, sentences, order, similarity, [...figureConflicts, ...votes, ...ages, ...lifeDates, ...aircraft, ...journals, ...verdicts]);
  const clauses = withoutFiguresInConflicts(withoutFiguresStatedElsewhere(inUnits, quantities), figureConflicts);
  found.push(...joinClauseOmissions(withoutClausesOfOmittedPassages(clauses, omitted), sentences));
  found.push(...figureConflicts);
  found.push(...ranks);
  found.push(...votes);
  found.push(...lifeDates);
  found.push(...aircraft);
  found.push(...journals);
  found.push(...verdicts);
  found.push(...routes);
  const allQuantities = concatenated([...quantities.values()]);
  found.push(...directionConflicts(allQuantities, order));
  found.push(...moneyMeasureConflicts(allQuantities, order));
  found.push(...ages);
  found.push(...recordConflicts(allSentences, order, storyYear(calendars)));
  found.push(...nameSpellingConflicts(allSentences, order, inUnits));
  found.push(...quotationConflicts(sources, canonical.map((s) => s.id), units, order, inUnits, budget));
  found.push(...omitted);
  const diffMs = lap() + alignUnitsMs;
  const rowOf = rowIndex(rows);
  const placed = found.map((discrepancy) => ({ row: rowOf(discrepancy, primary), discrepancy }));
  const discrepancies = keyDiscrepancies(capDiscrepancies(placed, notices), new Map(sources.map((s) => [s.id, s.name])));
  const classifyMs = lap();

  return {
    schemaVersion: SCHEMA_VERSION,
    engineVersion: ENGINE_VERSION,
    primary,
    sources,
    rows,
    discrepancies,
    notices,
    stats: {
      ms: { clean: cleanMs, segment: segmentMs, align: alignMs, diff: diffMs, classify: classifyMs },
      work: work.spent,
      words: sources.reduce((n, s) => n + s.paragraphs.reduce((m, p) => m + countWords(p.text), 0), 0),
    },
  };
}

export function capDiscrepancies<T extends { discrepancy: FoundDiscrepancy }>(found: T[], notices: Notice[]): T[] {
  if (found.length <= MAX_DISCREPANCIES) return found;
  let kept = found;
  for (const severity of ["cosmetic", "minor"] as const) {
    if (kept.length > MAX_DISCREPANCIES) kept = kept.filter((f) => f.discrepancy.severity !== severity);
  }
  kept = kept.slice(0, MAX_DISCREPANCIES);
  notices.push({
    kind: "budget",
    message: `These versions differ in ${found.length.toLocaleString("en-US")} places, more than anyone can review; the report keeps the ${kept.length.toLocaleString("en-US")} most severe.`,
  });
  return kept;
}

/**
 * Cleans one extracted source. Removed blocks keep the number they had in an unrestored run
 * (`s2-r3`), so the ids the page offers for "put back" stay valid after other blocks are restored.
 */
function cleanSource(doc: ExtractedText, id: string, name: string, restore: Set<string>) {
  const full = clean(doc.text);
  const positions = full.removed.map((_, r) => r);
  const restoreHere = positions.filter((r) => restore.has(`${id}-r${r + 1}`));
  const cleaned = restoreHere.length ? clean(doc.text, { restore: restoreHere }) : full;
  const keptPositions = positions.filter((r) => !restoreHere.includes(r));
  if (!cleaned.paragraphs.length) throw new InputError(`${name} has no article text left after cleaning.`, name);
  const source: Omit<ReportSource, "paragraphs"> = {
    id,
    name,
    title: cleaned.title ?? doc.title,
    byline: cleaned.byline ?? doc.byline,
    dateline: cleaned.dateline,
    encoding: doc.encoding,
    format: doc.format,
    removed: cleaned.removed.map((block, k) => ({ id: `${id}-r${keptPositions[k] + 1}`, text: block.text, reason: block.reason })),
  };
  return { source, paragraphs: cleaned.paragraphs, printed: cleaned.date };
}

function resolvePrimary(sources: ReportSource[], wanted: string | undefined): string {
  if (!wanted) return sources[0].id;
  const match = sources.find((s) => s.id === wanted) ?? sources.find((s) => s.name === wanted);
  if (!match) throw new InputError(`The primary source "${wanted}" is not one of the sources.`);
  return match.id;
}

/**
 * The same text pasted twice is a mistake worth saying, not a reason to fail. Bodies of different
 * lengths differ: a body is joined and compared only with earlier ones of its length, not hashed
 * whole (fifty copies of a long story are fifty long bodies, and copies with a word changed are
 * mostly of lengths of their own).
 */
function noticeDuplicates(sources: ReportSource[], notices: Notice[]) {
  const firstsByLength = new Map<number, ReportSource[]>();
  for (const source of sources) {
    let length = Math.max(0, source.paragraphs.length - 1); // the line breaks between paragraphs
    for (const { text } of source.paragraphs) length += text.length;
    const firsts = firstsByLength.get(length);
    const earlier = firsts?.find((first) => sameBody(first.paragraphs, source.paragraphs));
    if (earlier) {
      notices.push({ kind: "duplicate", source: source.id, message: `${source.name} has the same article text as ${earlier.name}.` });
    } else if (firsts) firsts.push(source);
    else firstsByLength.set(length, [source]);
  }
}

/**
 * Whether the paragraphs' texts joined by "\n" are one text, without joining them: copies of a
 * story share most paragraphs (one string per wording, segment.ts), and copies of one length were
 * each joined whole, some tens of kilobytes a copy. Equal paragraphs are passed over; from the
 * first that differs, the two joins are read character by character to their first difference.
 */
function sameBody(a: readonly { text: string }[], b: readonly { text: string }[]): boolean {
  let k = 0;
  while (k < a.length && k < b.length && a[k].text === b[k].text) k++;
  if (k === a.length || k === b.length) return k === a.length && k === b.length;
  // Both joins agree up to the "\n" before paragraph k; from there on, a paragraph's end reads as "\n" but the last's.
  let pa = k;
  let oa = 0;
  let pb = k;
  let ob = 0;
  for (;;) {
    const ca = codeInJoin(a, pa, oa);
    if (ca !== codeInJoin(b, pb, ob)) return false;
    if (ca < 0) return true;
    if (oa < a[pa].text.length) oa++;
    else {
      pa++;
      oa = 0;
    }
    if (ob < b[pb].text.length) ob++;
    else {
      pb++;
      ob = 0;
    }
  }
}

/** The code of the join's character at offset `o` of paragraph `p` (its end: "\n", or -1 after the last). */
function codeInJoin(list: readonly { text: string }[], p: number, o: number): number {
  if (p >= list.length) return -1;
  const { text } = list[p];
  return o < text.length ? text.charCodeAt(o) : p < list.length - 1 ? 10 : -1;
}

/** The display row a discrepancy sits in: where the primary states it, else its first version. */
function rowIndex(rows: ReportRow[]) {
  const rowOfParagraph = new Map<string, string>();
  // (for…in, in Object.values' order: no list of a row's cells made per row.)
  for (const row of rows) for (const source in row.cells) for (const id of row.cells[source]) rowOfParagraph.set(id, row.id);
  return (d: FoundDiscrepancy, primary: string): string => {
    const shown = d.variants.find((v) => v.source === primary && v.spans.length) ?? d.variants.find((v) => v.spans.length);
    return (shown && rowOfParagraph.get(shown.spans[0].paragraph)) ?? rows[0]?.id ?? "r1";
  };
}

/** Copies repeat most paragraphs: each wording is counted once. */
const countWords = memoByText(20_000, spaceSeparatedCount);
