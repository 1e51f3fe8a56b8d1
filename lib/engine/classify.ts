/**
 * Classify: turns one row's word diffs into discrepancies an editor reads.
 *
 * The primary source's cell is diffed against every other source's cell; hunks from different
 * sources that touch the same words of the primary are merged into one discrepancy with one
 * variant per source; each merged difference is judged by the detectors (detectors/*.ts) in
 * priority order, the first claim winning, and the most severe judgement over the sources wins.
 */
import { DOUBLE_QUOTES } from "./lexicon/quotation-marks";
import * as grouping from "./classify-groups";
import type { Coverage, Group, Member } from "./classify-groups";
import * as classifyText from "./classify-text";
import { CATEGORY_LABEL } from "./labels";
import * as diffing from "./diff";
import type { RowText, WordDiff } from "./diff";
import * as tokenizing from "./tokenize";
import type { Token, TokenizedRow } from "./tokenize";
import type { Budget, FoundDiscrepancy, Severity, Variant } from "./types";
import type { Detector, HunkPair, Side, Verdict } from "./detectors/detector";
import { punctuationDetector } from "./detectors/punctuation";
import { formatDetector } from "./detectors/format";
import { negationDetector } from "./detectors/negation";
import { omissionDetector } from "./detectors/omission";
import { hedgeDetector } from "./detectors/hedge";
import { dateDetector, dateItemsOf } from "./detectors/date";
import { numberDetector, figuresOf } from "./detectors/number";
import { entityDetector } from "./detectors/entity";
import { characterizationDetector } from "./detectors/characterization";
import { contrastDetector, swappedContrastDetector } from "./detectors/contrast";
import { swapDetector } from "./detectors/swap";
import { quotedChangeDetector, quoteDetector } from "./detectors/quote";
import { wordingDetector } from "./detectors/wording";
import * as wordsModule from "./detectors/words";
import * as paraphrasing from "./paraphrase";
import type { FactConflict } from "./paraphrase";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { coverageOf, disputed, engulfingSources, groupHunks, neighboursOf } = grouping;
const { EXCERPT_CORE_WORDS, EXCERPT_TEXT_WORDS, MAX_SUMMARY_WORDING, NOTHING, clip, contextOf, excerpt, kindNear, summarize, textOf, textOfSpans, widen } = classifyText;
const { diffTokens, spansOf } = diffing;
const { tokenizeRow } = tokenizing;
const { isWordlike, nameTokens } = wordsModule;
const { crossesSentence, factConflicts, rewritesOf } = paraphrasing;

/** Longest text of the one rewording note's variants. */
const MAX_VARIANT_CHARS = 400;

export type { RowText } from "./diff";

/**
 * Priority order. Style first (so that "didn't" / "did not" is never a negation), then the
 * changes of fact, then characterization and quotation, and the catch-all last.
 */
export const DETECTORS: readonly Detector[] = [
  punctuationDetector,
  formatDetector,
  negationDetector,
  hedgeDetector,
  omissionDetector,
  dateDetector,
  numberDetector,
  entityDetector,
  contrastDetector,
  quotedChangeDetector,
  characterizationDetector,
  quoteDetector,
  swapDetector,
  wordingDetector,
];

/**
 * What may be read in a hunk that runs over a sentence end or paragraph break: the diff paired
 * unrelated stretches there, so only changes of fact count, never a "substitution" of words.
 */
const FACT_DETECTORS: readonly Detector[] = [punctuationDetector, formatDetector, negationDetector, omissionDetector, dateDetector, numberDetector];
/**
 * Inside quotation marks on both sides a short swap is a misquotation even in a rewritten statement
 * ("felt “deep pain”" / "“I have felt deep shame …”"): the words are the speaker's, not the writer's.
 */
const quotedSwapDetector: Detector = {
  name: "quoted swap",
  detect(pair) {
    if (isLong(pair) || !allQuoted(pair.base) || !allQuoted(pair.other)) return undefined;
    return quoteDetector.detect(pair);
  },
};
/** Every word of the side is quoted (module level: keepNames transpilers name a closure per call). */
const allQuoted = (side: Side) => side.tokens.length > 0 && side.tokens.every((t) => t.quoted || t.kind === "punct");
/** In a loosely rewritten cell a hunk may still swap a name, figure, date or quoted word; nothing else is a substitution. */
const LOOSE_DETECTORS: readonly Detector[] = [...FACT_DETECTORS, entityDetector, swappedContrastDetector, quotedSwapDetector];
const PARAPHRASE_VERDICT: Verdict = { category: "characterization", severity: "minor", label: "Wording" };

const SEVERITY_RANK: Record<Severity, number> = { cosmetic: 1, minor: 2, substantive: 3 };

/** Groups classified between two looks at the clock. */
const BUDGET_CHECK_EVERY = 256;
/** Quoted words that make a missing passage checkable. */
const CHECKABLE_QUOTE_WORDS = 3;

interface Verdicted {
  verdict: Verdict;
  priority: number;
}

/** Runs the detectors in order on one pair; the first claim wins. */
export function judge(pair: HunkPair, loose = false): Verdicted {
  const crossing = crossesSentence(pair.base, pair.other);
  const detectors = crossing ? FACT_DETECTORS : loose ? LOOSE_DETECTORS : DETECTORS;
  for (let priority = 0; priority < detectors.length; priority++) {
    const verdict = detectors[priority].detect(pair);
    if (verdict) return { verdict: loose ? inRewrite(verdict, pair) : longSwap(verdict, pair), priority };
  }
  if (crossing || loose) return { verdict: PARAPHRASE_VERDICT, priority: DETECTORS.length - 1 };
  // Unreachable: the wording detector claims everything.
  return { verdict: { category: "format", severity: "minor" }, priority: DETECTORS.length };
}

/** Tokens of a side beyond which a hunk of a rewrite pairs clauses rather than swapping a name. */
const MAX_SWAP_TOKENS = 5;

/**
 * In a rewritten statement the diff pairs whatever stands in the same place: a long stretch with
 * names on both sides ("of the Russian Foreign Ministry who" / "at Russia’s Foreign Ministry") is
 * two ways of saying it, not a swapped name. Figures and dates are read by their own stages.
 */
function inRewrite(verdict: Verdict, pair: HunkPair): Verdict {
  // Words a rewrite leaves out are rewording of a statement both versions make, never an omission.
  if (verdict.category === "omission") return PARAPHRASE_VERDICT;
  // "not" in a long retold stretch is the retelling ("As heavy rains …" / "The danger was not over
  // as more heavy rains …"); a negated statement shows in a short stretch.
  if (verdict.category === "negation" && verdict.severity === "substantive" && isLong(pair)) return { ...verdict, severity: "minor" };
  return longSwap(verdict, pair);
}

const isLong = (pair: HunkPair) => pair.base.tokens.length > MAX_SWAP_TOKENS || pair.other.tokens.length > MAX_SWAP_TOKENS;

/**
 * A name swap is a name for a name; a long stretch with names on both sides is a clause retold.
 * Likewise a misquotation changes a few words of one quotation, while long stretches of different
 * quoted words on both sides are two passages of what was said.
 */
function longSwap(verdict: Verdict, pair: HunkPair): Verdict {
  if (verdict.severity !== "substantive") return verdict;
  if (verdict.category === "entity") return isLong(pair) ? { ...verdict, severity: "minor" } : verdict;
  if (verdict.category === "quote") return isLongBothSides(pair) ? { ...verdict, severity: "minor" } : verdict;
  return verdict;
}

const isLongBothSides = (pair: HunkPair) => pair.base.tokens.length > MAX_SWAP_TOKENS && pair.other.tokens.length > MAX_SWAP_TOKENS;

function sideOf(source: string, row: TokenizedRow, from: number, to: number): Side {
  // One array of the side's own size: every group reads a side of every version of its unit, and
  // a list grown by pushing starts with room for sixteen. Paragraph breaks (only rows of several
  // paragraphs have any) are then left out.
  const tokens = row.tokens.slice(from, Math.min(to, row.tokens.length));
  return { source, row, from, to, tokens: tokens.some(isBoundary) ? tokens.filter(isNotBoundary) : tokens };
}

// Module level: keepNames transpilers name each closure made.
const isBoundary = (t: Token) => t.kind === "boundary";
const isNotBoundary = (t: Token) => t.kind !== "boundary";

const sameWords = (a: Side, b: Side) => a.tokens.length === b.tokens.length && a.tokens.every((t, i) => t.norm === b.tokens[i].norm);

/** A passage is checkable when it states figures, dates, names or a quotation. */
function carriesFacts(row: TokenizedRow): boolean {
  const side = sideOf(row.source, row, 0, row.tokens.length);
  return (
    figuresOf(side).length > 0 ||
    dateItemsOf(side).length > 0 ||
    nameTokens(side).length > 0 ||
    side.tokens.filter((t) => t.quoted && t.kind === "word").length >= CHECKABLE_QUOTE_WORDS
  );
}

/**
 * One omission for a row that some sources of the comparison lack: the passage where present,
 * "" where absent. Substantive when the passage carries checkable facts (figures, dates, names,
 * a quotation) — a dropped or added fact — minor otherwise.
 */
function rowOmission<R extends RowText>(rows: R[], allSourceIds: string[], factual: (row: R) => boolean): FoundDiscrepancy {
  const bySource = new Map(rows.map((r) => [r.source, r]));
  const variants: Variant[] = allSourceIds.map((source) => {
    const row = bySource.get(source);
    if (!row) return { source, text: "", core: "", spans: [] };
    const full = row.parts.map((p) => p.text).join(" ");
    return {
      source,
      text: excerpt(full, EXCERPT_TEXT_WORDS),
      core: excerpt(full, EXCERPT_CORE_WORDS),
      spans: row.parts.map((p) => ({ paragraph: p.paragraph, start: 0, end: p.text.length })),
    };
  });
  const severity: Severity = rows.some(factual) ? "substantive" : "minor";
  const missing = allSourceIds.length - rows.length;
  const passage = clip(variants.find((v) => v.core)?.core ?? "", MAX_SUMMARY_WORDING);
  return {
    severity,
    category: "omission",
    summary: `Omission: “${passage}” (missing from ${missing} of ${allSourceIds.length} versions)`,
    variants,
  };
}

/**
 * A source's words for a base range: the range projected through the source's diff, plus its own
 * hunks in the group. Undefined when the source rewrote these words as part of a much larger
 * change (another group's): it has no counterpart for them to show.
 */
function sideIn(
  /** The group's members to read (those of other sources are passed over). */
  members: readonly Member[],
  engulfed: Set<number>,
  range: { from: number; to: number },
  row: TokenizedRow,
  /** The row's place among the other rows (its diff's), or -1 for the base row. */
  k: number,
  diffs: WordDiff[],
): Side | undefined {
  if (k < 0) return sideOf(row.source, row, range.from, range.to);
  if (engulfed.has(k)) return undefined;
  const diff = diffs[k];
  let from = diff.startIn[range.from];
  let to = range.from < range.to ? diff.endIn[range.to] : from;
  for (const m of members) {
    if (m.source !== k) continue;
    if (range.from === range.to && from === to) {
      from = m.hunk.other.from;
      to = m.hunk.other.to;
    }
    from = Math.min(from, m.hunk.other.from);
    to = Math.max(to, m.hunk.other.to);
  }
  return sideOf(row.source, row, from, to);
}

const NO_MEMBERS: readonly Member[] = [];

/**
 * A group's members by source (the other rows' places), in the group's order, when it has several:
 * every row's side reads its own hunks, and a group of fifty versions would otherwise walk all
 * fifty for each. A group of one member (most) is read as it is.
 */
function membersBySource(group: Group, others: number): Array<Member[] | undefined> | undefined {
  if (group.members.length < 2) return undefined;
  const bySource: Array<Member[] | undefined> = new Array(others);
  for (const m of group.members) (bySource[m.source] ??= []).push(m);
  return bySource;
}

/**
 * The strongest verdict over the member sources' pairs; sources that only restyle the primary's
 * words. `sides` are every row's (sidesOver), the base row's at `baseAt`.
 */
function judgeGroup(group: Group, sides: Array<Side | undefined>, baseAt: number, loose: Set<number>) {
  let best: Verdicted | undefined;
  // Made only when a version restyles the words (few groups): most groups share the empty one.
  let sayingTheSame: Set<string> | undefined;
  const baseSide = sides[baseAt]!;
  // Each member source once, in the order the members first name it (a group of one member, most, needs no record).
  const seen = group.members.length > 1 ? new Set<number>() : undefined;
  for (const { source: k } of group.members) {
    if (seen) {
      if (seen.has(k)) continue;
      seen.add(k);
    }
    const otherSide = sides[k < baseAt ? k : k + 1];
    if (!otherSide || sameWords(baseSide, otherSide)) continue;
    const judged = judge({ base: baseSide, other: otherSide }, loose.has(k));
    if (judged.verdict.severity === "cosmetic") (sayingTheSame ??= new Set()).add(otherSide.source);
    const rank = SEVERITY_RANK[judged.verdict.severity];
    const bestRank = best ? SEVERITY_RANK[best.verdict.severity] : 0;
    if (rank > bestRank || (rank === bestRank && best && judged.priority < best.priority)) best = judged;
  }
  return { best, sayingTheSame: sayingTheSame ?? NO_SOURCES };
}
const NO_SOURCES: ReadonlySet<string> = new Set();

/**
 * A version's variant of a group. Of an omission, a version whose differing stretch holds no word
 * (the "..." closing a headline) lacks the words: its core is empty, as where it has nothing.
 */
function variantOf(source: string, side: Side | undefined, omission: boolean): Variant {
  if (!side) return { source, text: "", core: "", spans: [] };
  const spans = spansOf(side.row, side.from, side.to);
  // Whether the side holds a word is read off its tokens: the words themselves are not wanted here.
  const lacks = side.from >= side.to || (omission && !side.tokens.some(isWordlike));
  return {
    source,
    text: contextOf(side.row, side.from, side.to),
    core: lacks ? "" : textOfSpans(side.row, spans),
    spans,
  };
}

/**
 * Every row's side over a base range, the base row's at `baseAt` (module level: keepNames
 * transpilers name each closure made, and every group asks).
 */
function sidesOver(
  range: { from: number; to: number },
  group: Group,
  bySource: Array<Member[] | undefined> | undefined,
  engulfed: Set<number>,
  rows: TokenizedRow[],
  baseAt: number,
  diffs: WordDiff[],
): Array<Side | undefined> {
  // The other rows are the rows without the base, in order: row i is other i, or i - 1 past the base.
  const sides: Array<Side | undefined> = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const k = i === baseAt ? -1 : i < baseAt ? i : i - 1;
    sides[i] = sideIn(k < 0 ? NO_MEMBERS : bySource ? (bySource[k] ?? NO_MEMBERS) : group.members, engulfed, range, rows[i], k, diffs);
  }
  return sides;
}

const isWidened = (group: Group, shown: { from: number; to: number }) => shown.from !== group.from || shown.to !== group.to;

/**
 * One discrepancy for a group of hunks, or none when no source's words differ in substance or
 * style. One that is only the wording of a rewrite goes to `rewordings` instead (and none is
 * returned): made once, not copied without a flag saying which it is.
 */
function classifyGroup(
  group: Group,
  coverage: Coverage,
  base: TokenizedRow,
  rows: TokenizedRow[],
  diffs: WordDiff[],
  paraphrased: Set<number>,
  loose: Set<number>,
  rewordings: FoundDiscrepancy[],
): FoundDiscrepancy | undefined {
  const engulfed = engulfingSources(group, neighboursOf(group, coverage));
  for (const k of paraphrased) engulfed.add(k);
  // Read by position, not looked up: a unit of fifty wordings has fifty rows in each of its groups.
  const baseAt = rows.indexOf(base);
  const bySource = membersBySource(group, rows.length - 1);
  const sides = sidesOver(group, group, bySource, engulfed, rows, baseAt, diffs);
  const { best, sayingTheSame } = judgeGroup(group, sides, baseAt, loose);
  if (!best) return undefined;
  const { verdict } = best;

  // Variants hold exactly the differing words; the summary may name a little more of the thing
  // that differs ("North America" where only "America" differs).
  const omission = verdict.category === "omission";
  const variants: Variant[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) variants[i] = variantOf(rows[i].source, sides[i], omission);
  const shown = verdict.widen ? widen(group, verdict.widen, base, (i) => disputed(i, group, coverage, engulfed)) : group;
  const label =
    (verdict.widen === "name" && verdict.category === "entity" ? kindNear(base, shown.from, shown.to) : undefined) ??
    verdict.label ??
    CATEGORY_LABEL[verdict.category];
  const relation = verdict.relation ?? (verdict.severity === "cosmetic" ? "=" : "≠");
  const summary = verdict.focus
    ? `${label}: ${[verdict.focus.base || NOTHING, verdict.focus.other || NOTHING].map((w) => clip(w, MAX_SUMMARY_WORDING)).join(` ${relation} `)}`
    : summarize(
        verdict.category,
        label,
        relation,
        ...summarized(verdict, group, shown, isWidened(group, shown) ? sidesOver(shown, group, bySource, engulfed, rows, baseAt, diffs) : sides, variants, sayingTheSame),
      );
  const discrepancy: FoundDiscrepancy = { severity: verdict.severity, category: verdict.category, summary, variants };
  if (verdict !== PARAPHRASE_VERDICT) return discrepancy;
  rewordings.push(discrepancy);
  return undefined;
}

/**
 * The sides and variants a summary names: the shown words (the group's, or as widened) of every
 * version that has them, less those only restyling the base's words when the verdict is not about
 * style. Read only for a verdict without a focus of its own; a variant is copied only when
 * widening changed its core (summarize reads cores only).
 */
function summarized(
  verdict: Verdict,
  group: Group,
  shown: { from: number; to: number },
  /** The sides over the shown words: the group's unless widened. */
  shownSides: Array<Side | undefined>,
  variants: Variant[],
  sayingTheSame: ReadonlySet<string>,
): [Side[], Variant[]] {
  const widened = isWidened(group, shown);
  const summarySides: Side[] = [];
  const summaryVariants: Variant[] = [];
  for (let i = 0; i < shownSides.length; i++) {
    const side = shownSides[i];
    if (!side || (verdict.severity !== "cosmetic" && sayingTheSame.has(side.source))) continue;
    summarySides.push(side);
    summaryVariants.push(widened ? { ...variants[i], core: textOf(side.row, side.from, side.to) } : variants[i]);
  }
  return [summarySides, summaryVariants];
}

const SKIPPED_NOTICE = "Word-level differences were not computed from passage";

/**
 * Once the work budget is spent, rows are no longer diffed: a row some sources lack still gets its
 * omission (judged on the raw text), and one notice says from which row on the report is partial.
 */
function rowAfterDeadline(rowId: string, present: RowText[], allSourceIds: string[], budget: Budget): FoundDiscrepancy[] {
  if (!budget.notices.some((n) => n.message.startsWith(SKIPPED_NOTICE))) {
    budget.notices.push({ kind: "budget", message: `${SKIPPED_NOTICE} ${rowId} on: the work budget ran out.` });
  }
  if (!allSourceIds.some((id) => !present.some((t) => t.source === id))) return [];
  return [rowOmission(present, allSourceIds, (row) => row.parts.some((p) => RAW_FACTS.test(p.text)))];
}

/** A figure, a quotation mark, or a capitalised word after a lower-case one: facts, by the raw text. */
const RAW_FACTS = new RegExp(`\\d|[${DOUBLE_QUOTES}]|[a-z,;] \\p{Lu}\\p{Ll}`, "u");

/**
 * Discrepancies of one row. `texts` holds the cells of the sources that have the row;
 * `allSourceIds` all sources of the comparison, in order (variants follow it).
 */
export function classifyRow(
  rowId: string,
  texts: RowText[],
  baseSource: string,
  allSourceIds: string[],
  budget: Budget,
  /** Whether a rewritten cell gets its one "reworded in N versions" note (a unit of sentences is itself that note). */
  noteRewording = true,
): FoundDiscrepancy[] {
  // Loops, not closures: keepNames transpilers (tsx runs the benchmarks so) name each closure
  // made, and a comparison classifies a row for every unit of sentences.
  const present = texts.filter(hasText);
  if (!present.length) return [];

  let tokensIn = 0;
  for (const t of present) for (const p of t.parts) tokensIn += p.text.length;
  if (!budget.work.spend(tokensIn)) return rowAfterDeadline(rowId, present, allSourceIds, budget);
  // Each source's place is found once, not searched for in every comparison of the sort, nor every
  // source searched for among the rows: a unit of fifty versions has fifty of each.
  const rows = inSourceOrder(present.map(tokenizeRow), placesOf(allSourceIds));
  const found: FoundDiscrepancy[] = [];
  const rowSources = new Set<string>();
  for (const r of rows) rowSources.add(r.source);
  if (!allSourceIds.every(rowSources.has, rowSources)) found.push(rowOmission(rows, allSourceIds, carriesFacts));
  if (rows.length < 2) return found;

  let base = rows[0];
  for (const r of rows) {
    if (r.source !== baseSource) continue;
    base = r;
    break;
  }
  const others: TokenizedRow[] = [];
  for (const r of rows) if (r !== base) others.push(r);
  const diffs: WordDiff[] = new Array(others.length);
  for (let k = 0; k < others.length; k++) diffs[k] = diffTokens(base, others[k], budget, rowId);
  // Sources that rewrote the primary's cell are read fact by fact, not hunk by hunk.
  const { paraphrased, loose } = rewritesOf(diffs);
  const rewordings: FoundDiscrepancy[] = [];
  const groups = groupHunks(paraphrased.size ? diffs.map((d, k) => (paraphrased.has(k) ? { ...d, hunks: [] } : d)) : diffs);
  const coverage = coverageOf(groups);
  for (let g = 0; g < groups.length; g++) {
    if (g % BUDGET_CHECK_EVERY === BUDGET_CHECK_EVERY - 1 && !budget.work.spend(BUDGET_CHECK_EVERY)) {
      budget.notices.push({
        kind: "budget",
        message: `Row ${rowId}: ${groups.length - g} of ${groups.length} differences were left unclassified when the work budget ran out.`,
      });
      break;
    }
    const discrepancy = classifyGroup(groups[g], coverage, base, rows, diffs, paraphrased, loose, rewordings);
    if (discrepancy) found.push(discrepancy);
  }
  if (paraphrased.size || loose.size || rewordings.length) found.push(...paraphraseDiscrepancies(base, rows, others, paraphrased, loose, rewordings, noteRewording));
  return found;
}

/** Each source's place among all sources (its first, should one be listed twice), and their number. */
function placesOf(allSourceIds: string[]): { at: Map<string, number>; count: number } {
  const at = new Map<string, number>();
  for (let i = 0; i < allSourceIds.length; i++) if (!at.has(allSourceIds[i])) at.set(allSourceIds[i], i);
  return { at, count: allSourceIds.length };
}

/** A source's place among all sources; unknown ones last. */
function orderIn(order: { at: Map<string, number>; count: number }, source: string): number {
  return order.at.get(source) ?? order.count;
}

/** Whether a cell has any text (module level: keepNames transpilers name each closure made). */
const hasText = (t: RowText) => t.parts.some(partHasText);
const partHasText = (p: RowText["parts"][number]) => !!p.text.trim();

/**
 * Rows in their sources' order, rows of one place in the order given: what a stable sort by place
 * gives, each row's place looked up once. Rows come mostly in order already: each is moved past
 * the few placed after it.
 */
function inSourceOrder(rows: TokenizedRow[], order: { at: Map<string, number>; count: number }): TokenizedRow[] {
  const places: number[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) places[i] = orderIn(order, rows[i].source);
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    const place = places[i];
    let j = i;
    for (; j > 0 && places[j - 1] > place; j--) {
      rows[j] = rows[j - 1];
      places[j] = places[j - 1];
    }
    rows[j] = row;
    places[j] = place;
  }
  return rows;
}

/** A token run as a variant: its words, a little context, its spans. */
function tokenVariant(row: TokenizedRow, tokens: Token[]): Variant {
  const from = row.tokens.indexOf(tokens[0]);
  const to = row.tokens.indexOf(tokens[tokens.length - 1]) + 1;
  return { source: row.source, text: contextOf(row, from, to), core: textOf(row, from, to), spans: spansOf(row, from, to) };
}

const tokensText = (tokens: Token[]) => tokens.map((t) => t.text).join(" ");

/**
 * For the sources that rewrote the primary's cell: one discrepancy per conflicting fact (merged
 * over the sources that contradict the same fact of the primary), and one minor "Wording" note
 * for the rewrite itself — not one per hunk of a diff that pairs unrelated words.
 */
function paraphraseDiscrepancies(
  base: TokenizedRow,
  rows: TokenizedRow[],
  others: TokenizedRow[],
  paraphrased: Set<number>,
  loose: Set<number>,
  rewordings: FoundDiscrepancy[],
  noteRewording: boolean,
): FoundDiscrepancy[] {
  const merged = new Map<string, { conflict: FactConflict; bySource: Map<string, Token[]> }>();
  for (const k of [...paraphrased, ...loose].sort((x, y) => x - y)) {
    for (const conflict of factConflicts(base, others[k])) {
      // Where hunks are still read, only the describing frames need the fact comparison.
      if (loose.has(k) && conflict.category !== "characterization") continue;
      const entry = merged.get(conflict.key) ?? { conflict, bySource: new Map<string, Token[]>() };
      entry.bySource.set(others[k].source, conflict.other);
      merged.set(conflict.key, entry);
    }
  }
  const out: FoundDiscrepancy[] = [];
  for (const { conflict, bySource } of merged.values()) {
    const variants = rows.map((row) => {
      if (row === base) return tokenVariant(row, conflict.base);
      const tokens = bySource.get(row.source);
      return tokens ? tokenVariant(row, tokens) : { source: row.source, text: "", core: "", spans: [] };
    });
    const wordings = [...new Set([tokensText(conflict.base), ...[...bySource.values()].map(tokensText)])].map((w) => clip(w, MAX_SUMMARY_WORDING));
    out.push({ severity: "substantive", category: conflict.category, summary: `${conflict.label}: ${wordings.join(" ≠ ")}`, variants });
  }
  // A unit of sentences is itself the note: its rewordings are not gathered into one.
  if (!noteRewording) return out;
  const whollyRewritten = new Set([...paraphrased].map((k) => others[k].source));
  const variants = rows.map((row): Variant => {
    if (whollyRewritten.has(row.source) || (row === base && whollyRewritten.size)) {
      const full = row.parts.map((p) => p.text).join(" ");
      return { source: row.source, text: excerpt(full, EXCERPT_TEXT_WORDS), core: excerpt(full, EXCERPT_CORE_WORDS), spans: row.parts.map((p) => ({ paragraph: p.paragraph, start: 0, end: p.text.length })) };
    }
    const pieces = rewordings.map((d) => d.variants.find((v) => v.source === row.source)).filter((v): v is Variant => !!v && v.core !== "");
    return {
      source: row.source,
      text: clip(pieces.map((v) => v.text).join(" … "), MAX_VARIANT_CHARS),
      core: clip(pieces.map((v) => v.core).join(" … "), MAX_VARIANT_CHARS),
      spans: pieces.flatMap((v) => v.spans),
    };
  });
  const rewriting = new Set([...whollyRewritten, ...rewordings.flatMap((d) => d.variants.filter((v) => v.core && v.source !== base.source).map((v) => v.source))]);
  if (!rewriting.size) return out;
  const passages = whollyRewritten.size ? "" : `, ${rewordings.length} passage${rewordings.length === 1 ? "" : "s"}`;
  out.push({
    severity: "minor",
    category: "characterization",
    summary: `Wording: reworded in ${rewriting.size} of ${rows.length - 1} other versions${passages}${merged.size ? "" : ", no conflicting facts"}`,
    variants,
  });
  return out;
}
