/**
 * Word-level diff of one row between two sources. Tokens are compared by their normal forms, so
 * cosmetic variants ("U.S."/"US", "normalising"/"normalizing") are equal and make no hunk.
 *
 * diff-match-patch works on characters; as its line mode does for lines, each distinct token is
 * mapped to one character, the two strings of characters are diffed and cleaned up semantically,
 * and the result is read back as token ranges. Never character mode: "North A[-mer-]{+tlant+}ic[-a-]".
 */
import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, diff as dmpDiff, diffCleanupSemantic, resolveOptions, type Diff } from "diff-match-patch-es";
import * as collections from "./collections";
import * as functionWords from "./lexicon/function-words";
import * as numbers from "./lexicon/numbers";
import { tokenizeRow, type RowText, type Token, type TokenizedRow } from "./tokenize";
import type { Budget, TextSpan } from "./types";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the engine worker, CLI and benchmarks run so), and splitChange and the figure readers read these per token.
const { firstAtOrAfter } = collections;
const { FUNCTION_WORDS } = functionWords;
const { CURRENCY_SYMBOLS, SCALE_WORDS, UNIT_WORDS } = numbers;

export type { RowText } from "./tokenize";

/** Token index ranges [from, to) of a hunk on each side; an empty range is an insertion point. */
export interface Hunk {
  base: { from: number; to: number };
  other: { from: number; to: number };
}

export interface WordDiff {
  base: TokenizedRow;
  other: TokenizedRow;
  hunks: Hunk[];
  /**
   * For each token boundary p of the base (0…n): where a range of base tokens starting (`startIn`)
   * or ending (`endIn`) at p starts or ends in the other source. A boundary inside a hunk maps to
   * the hunk's edge, so a projected range covers whole hunks; words the other source inserts exactly
   * at p are left out (they are a hunk of their own).
   */
  startIn: number[];
  endIn: number[];
  /** True when the passage was too large to diff word by word and is shown as one change. */
  timedOut: boolean;
}

/**
 * Largest tokens × tokens product diffed word by word: two passages of ~2,000 tokens each. Real
 * sentences are far below it; a million-character "sentence" is not.
 */
const MAX_DIFF_CELLS = 4_000_000;

/** dmp's options with no time limit, resolved once: dmp otherwise copies its defaults for every diff. */
const NO_TIMEOUT = resolveOptions({ diffTimeout: 0 });

/** Character codes for tokens: from 0x100 up, skipping the surrogate block (dmp works on UTF-16 units). */
function codeFor(id: number): number {
  const span = 0xd800 - 0x100;
  const wrapped = id % (span + (0xfffe - 0xe000));
  return wrapped < span ? 0x100 + wrapped : 0xe000 + (wrapped - span);
}

/**
 * A row's tokens as characters, ids given in order of first appearance, and the ids. A row read
 * against several others (a unit's medoid against every other wording) is encoded once.
 */
function encodedBase(row: TokenizedRow): { chars: string; ids: Map<string, number> } {
  let known = encodings.get(row);
  if (!known) {
    const ids = new Map<string, number>();
    known = { chars: encode(row.tokens, ids, NO_IDS), ids };
    encodings.set(row, known);
  }
  return known;
}
const encodings = new WeakMap<TokenizedRow, { chars: string; ids: Map<string, number> }>();
const NO_IDS: ReadonlyMap<string, number> = new Map();

/** Tokens as characters: a norm keeps its id in `given`, else gets the next one, kept in `added`. */
function encode(tokens: Token[], added: Map<string, number>, given: ReadonlyMap<string, number>): string {
  const codes: number[] = [];
  for (const token of tokens) {
    let id = given.get(token.norm) ?? added.get(token.norm);
    if (id === undefined) {
      id = given.size + added.size;
      added.set(token.norm, id);
    }
    codes.push(codeFor(id));
  }
  return charsOf(codes);
}

/** Most character codes handed to one String.fromCharCode call (a call takes a bounded number of arguments). */
const CODES_PER_CALL = 8192;

/** The string of character codes, made a slice of codes at a time rather than a character at a time. */
function charsOf(codes: number[]): string {
  if (codes.length <= CODES_PER_CALL) return String.fromCharCode.apply(null, codes);
  let out = "";
  for (let at = 0; at < codes.length; at += CODES_PER_CALL) out += String.fromCharCode.apply(null, codes.slice(at, at + CODES_PER_CALL));
  return out;
}

/** Character offsets of tokens [from, to) grouped by paragraph; zero-width at `from` when empty. */
export function spansOf(row: TokenizedRow, from: number, to: number): TextSpan[] {
  const { tokens, parts } = row;
  if (from >= to) {
    if (tokens.length === 0) return parts.length ? [{ paragraph: parts[0].paragraph, start: 0, end: 0 }] : [];
    const anchor = from < tokens.length ? tokens[from] : tokens[tokens.length - 1];
    const at = from < tokens.length ? anchor.start : anchor.end;
    const part = from < tokens.length && anchor.kind === "boundary" ? anchor.part - 1 : anchor.part;
    const offset = from < tokens.length && anchor.kind === "boundary" ? parts[part].text.length : at;
    return [{ paragraph: parts[part].paragraph, start: offset, end: offset }];
  }
  // Most ranges lie in one paragraph: their one span is made as a list of one, not pushed onto a
  // list that starts with room for sixteen.
  let spans: TextSpan[] | undefined;
  let last: TextSpan | undefined;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token.kind === "boundary") continue;
    const paragraph = parts[token.part].paragraph;
    if (last && last.paragraph === paragraph) last.end = token.end;
    else {
      last = { paragraph, start: token.start, end: token.end };
      if (spans) spans.push(last);
      else spans = [last];
    }
  }
  return spans ?? [];
}

/** Diffs two tokenized cells; `where` (a row id) goes into the notice if the time limit is hit. */
export function diffTokens(base: TokenizedRow, other: TokenizedRow, budget: Budget, where?: string): WordDiff {
  // Each token is one character of the encodings below: their lengths are the rows' token counts.
  const baseLength = base.tokens.length;
  const otherLength = other.tokens.length;
  // The diff's cost grows with the product of the two lengths; past the cap (or the comparison's
  // work budget) the passage is shown as one coarse change instead of a word diff.
  const cells = baseLength * otherLength;
  const coarse = cells > MAX_DIFF_CELLS || !budget.work.spend(baseLength + otherLength);
  // Most changed sentences of wire copies swap one stretch: read off the tokens, neither row is
  // encoded. A swap is its own cleaned diff, so its equalities are the raw diff's too.
  const swap = coarse || baseLength + otherLength > DISTINCT_CODES ? undefined : oneStretchSwapped(base.tokens, other.tokens);
  if (swap) return hunksOf(base, other, swap, swap.equals, false);

  // Ids as if both rows were encoded together, the base first: the other's new norms come after the base's.
  const { chars: chars1, ids } = encodedBase(base);
  const chars2 = encode(other.tokens, new Map(), ids);
  // checklines=false: dmp's line pre-pass would split on whatever token happens to map to "\n".
  // No timeout: a time limit would make the result depend on the machine's load.
  const raw: Diff[] = coarse ? coarseDiff(chars1, chars2) : dmpDiff(chars1, chars2, NO_TIMEOUT, false);
  const cleaned: Diff[] = raw.map(([op, text]) => [op, text] as Diff);
  diffCleanupSemantic(cleaned);
  if (coarse) {
    budget.notices.push({
      kind: "budget",
      message: `Word diff of ${base.source} and ${other.source}${where ? ` in ${where}` : ""} was too large to compute word by word; differences in this passage are shown coarsely.`,
      source: other.source,
    });
  }
  return readDiffs(base, other, raw, cleaned, coarse);
}

/**
 * Distinct characters codeFor gives before its ids wrap: rows with fewer tokens between them than
 * this are encoded one character per distinct normal form, so tokens compared by their normal
 * forms compare as dmp compares their characters.
 */
const DISTINCT_CODES = 0xd800 - 0x100 + (0xfffe - 0xe000);

/**
 * The equal stretches and changed range of dmp's diff of two rows that are equal, or that differ
 * in one stretch whose tokens on the two sides have none in common ("said" / "told", "rose" /
 * "climbed to"): most changed sentences of wire copies. Undefined otherwise. dmp strips the common
 * prefix and suffix; two middles with no character in common hold no equality however it splits
 * them, so its merge leaves [deleted, inserted] between the ends (no common ends to factor out, no
 * single edit between equalities to shift), and its semantic cleanup removes no equality (none
 * lies between edits) and finds no overlap (that would be a character in common). So the diff is
 * read here off the tokens, as walk would read it, without encoding them or dmp's calls and
 * closures. Middles are compared token by token, and only short ones.
 */
function oneStretchSwapped(a: Token[], b: Token[]): Walked | undefined {
  const shorter = a.length < b.length ? a.length : b.length;
  let head = 0;
  while (head < shorter && a[head].norm === b[head].norm) head++;
  if (head === a.length && head === b.length) return { equals: head ? [{ i: 0, j: 0, length: head }] : [], changes: [] };
  let tail = 0;
  while (tail < shorter - head && a[a.length - 1 - tail].norm === b[b.length - 1 - tail].norm) tail++;
  const aEnd = a.length - tail;
  const bEnd = b.length - tail;
  if (aEnd === head || bEnd === head || (aEnd - head) * (bEnd - head) > MAX_SWAP_PAIRS) return undefined;
  for (let i = head; i < aEnd; i++) {
    const norm = a[i].norm;
    for (let j = head; j < bEnd; j++) if (b[j].norm === norm) return undefined;
  }
  const equals: Equal[] = [];
  if (head) equals.push({ i: 0, j: 0, length: head });
  if (tail) equals.push({ i: aEnd, j: bEnd, length: tail });
  return { equals, changes: [[head, aEnd, head, bEnd]] };
}
/** Most token pairs compared for oneStretchSwapped; longer middles go to dmp. */
const MAX_SWAP_PAIRS = 64;

/**
 * dmp's operations, read once: each use of an imported binding is a getter call in the CommonJS
 * that tsx makes of the modules (the benchmarks run so), and walk reads one per operation.
 */
const EQUAL = DIFF_EQUAL;
const DELETE = DIFF_DELETE;
const INSERT = DIFF_INSERT;

/** A stretch of tokens equal on both sides: base i…i+length ↔ other j…j+length. */
interface Equal {
  i: number;
  j: number;
  length: number;
}

/** [base from, base to, other from, other to] */
type Range = [number, number, number, number];

/** A diff read as equal stretches and changed ranges, in token positions. */
interface Walked {
  equals: Equal[];
  changes: Range[];
}

/** Reads a dmp diff as equal stretches and changed ranges, in token positions. */
function walk(base: TokenizedRow, other: TokenizedRow, diffs: Diff[]): Walked {
  const equals: Equal[] = [];
  const changes: Range[] = [];
  let i = 0;
  let j = 0;
  // No closures here or below in this file's per-diff functions: keepNames transpilers (tsx runs
  // the benchmarks so) make a naming call for each closure made, thousands per comparison.
  let pending: { i: number; j: number } | undefined;
  for (const [op, chars] of diffs) {
    if (op === EQUAL) {
      for (let k = 0; k < chars.length; k++, i++, j++) {
        // Token ids wrap past ~63,000 distinct tokens; a wrapped collision is caught here.
        if (base.tokens[i].norm !== other.tokens[j].norm) {
          pending ??= { i, j };
          continue;
        }
        if (pending) changes.push([pending.i, i, pending.j, j]);
        pending = undefined;
        const last = equals[equals.length - 1];
        if (last && last.i + last.length === i && last.j + last.length === j) last.length++;
        else equals.push({ i, j, length: 1 });
      }
    } else {
      pending ??= { i, j };
      if (op === DELETE) i += chars.length;
      else if (op === INSERT) j += chars.length;
    }
  }
  if (pending) changes.push([pending.i, i, pending.j, j]);
  return { equals, changes };
}

/**
 * diff-match-patch's semantic cleanup is tuned for characters: it absorbs any short equality into
 * the change around it. For words that is right for "the", "on" or a comma between two changes,
 * but not for a shared content word — "paid $2.5 billion for" / "paid $1.8 billion for" must stay
 * one change about the figure, not merge with changes further along. So a cleaned change is split
 * again where the raw diff has an equality holding a content word, and where its pieces are
 * substitutions side by side ("Austria on Thursday" / "Australia on Friday").
 */
function splitChange(base: TokenizedRow, range: Range, rawEquals: Equal[]): { pieces: Range[]; kept: Equal[] } {
  const [i0, i1, j0, j1] = range;
  const inside: Equal[] = [];
  for (let k = firstAtOrAfter(rawEquals, baseStart, i0); k < rawEquals.length && rawEquals[k].i < i1; k++) {
    const e = rawEquals[k];
    const within = e.i + e.length <= i1 && e.j >= j0 && e.j + e.length <= j1;
    const atAnEdge = (e.i === i0 && e.j === j0) || (e.i + e.length === i1 && e.j + e.length === j1);
    if (within && !atAnEdge) inside.push(e);
  }
  if (!inside.length) return { pieces: [range], kept: [] };

  const pieces: Range[] = [];
  const kept: Equal[] = [];
  let i = i0;
  let j = j0;
  let pending: Equal[] = [];
  for (const e of inside) {
    if (!base.tokens.slice(e.i, e.i + e.length).some(isContentToken)) {
      pending.push(e);
      continue;
    }
    cutBetween([i, e.i, j, e.j], pending, pieces, kept);
    kept.push(e);
    i = e.i + e.length;
    j = e.j + e.length;
    pending = [];
  }
  cutBetween([i, i1, j, j1], pending, pieces, kept);
  return { pieces, kept };
}

/** Between two anchors: cut at the other equalities only if every part is a substitution. */
function cutBetween(piece: Range, equalities: Equal[], pieces: Range[], kept: Equal[]): void {
  if (piece[1] === piece[0] && piece[3] === piece[2]) return;
  const parts = cutAt(equalities, piece);
  if (equalities.length && parts.every(([a0, a1, b0, b1]) => a1 > a0 && b1 > b0)) {
    for (const part of parts) pieces.push(part);
    for (const e of equalities) kept.push(e);
  } else {
    pieces.push(piece);
  }
}

/** The pieces of a range between the given equalities (in order), empty ones left out. */
function cutAt(equalities: Equal[], [a0, a1, b0, b1]: Range): Range[] {
  const pieces: Range[] = [];
  let i = a0;
  let j = b0;
  for (const e of equalities) {
    pieces.push([i, e.i, j, e.j]);
    i = e.i + e.length;
    j = e.j + e.length;
  }
  pieces.push([i, a1, j, b1]);
  return pieces.filter(([p0, p1, q0, q1]) => p1 > p0 || q1 > q0);
}

/** Where an equality starts in the base (equalities are in order). Module level: no closure per call. */
const baseStart = (e: Equal) => e.i;

function isContentToken(token: Token): boolean {
  return (token.kind === "word" || token.kind === "number") && !FUNCTION_WORDS.has(token.norm.toLowerCase());
}

/** Extent [from, to) of the figure whose number token is at `at`: with its currency sign, scale and unit. */
function figureExtent(row: TokenizedRow, at: number, from: number, to: number): [number, number] {
  let start = at;
  let end = at + 1;
  if (start > from && CURRENCY_SYMBOLS.has(row.tokens[start - 1].text)) start--;
  while (end < to && (SCALE_WORDS.has(row.tokens[end].norm) || UNIT_WORDS.has(row.tokens[end].norm))) end++;
  return [start, end];
}

/** Most figure pairs weighed when pairing figures of a change by unit. */
const MAX_FIGURE_PAIRS = 2_500;

/** A figure's extent in a change and what it counts ("percent", "$", "" when unsaid). */
interface FigureAt {
  from: number;
  to: number;
  unit: string;
}

function figuresIn(row: TokenizedRow, from: number, to: number): FigureAt[] {
  const out: FigureAt[] = [];
  for (let k = from; k < to; k++) {
    if (row.tokens[k].kind !== "number") continue;
    const [start, end] = figureExtent(row, k, out.length ? out[out.length - 1].to : from, to);
    // The unit may sit just past the change ("0.44" changed, "percent" shared).
    const after = end - 1 > k ? row.tokens[end - 1] : row.tokens[end];
    const unit =
      after && (UNIT_WORDS.has(after.norm) || SCALE_WORDS.has(after.norm))
        ? after.norm.replace(/s$/, "")
        : CURRENCY_SYMBOLS.has(row.tokens[start].text)
          ? row.tokens[start].text
          : "";
    out.push({ from: start, to: end, unit });
    k = end - 1;
  }
  return out;
}

/** Figures of the two sides that correspond: in order when they are as many, else those of the same unit (LCS). */
function pairFigures(a: FigureAt[], b: FigureAt[]): Array<[FigureAt, FigureAt]> {
  if (a.length === b.length) return a.map((f, k) => [f, b[k]]);
  // Pairing by unit is quadratic; a change with this many figures is a rewrite, left whole.
  if (a.length * b.length > MAX_FIGURE_PAIRS) return [];
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let x = a.length - 1; x >= 0; x--) {
    for (let y = b.length - 1; y >= 0; y--) {
      lcs[x][y] = a[x].unit === b[y].unit ? lcs[x + 1][y + 1] + 1 : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
    }
  }
  const pairs: Array<[FigureAt, FigureAt]> = [];
  for (let x = 0, y = 0; x < a.length && y < b.length; ) {
    if (a[x].unit === b[y].unit && lcs[x][y] === lcs[x + 1][y + 1] + 1) pairs.push([a[x++], b[y++]]);
    else if (lcs[x + 1][y] >= lcs[x][y + 1]) x++;
    else y++;
  }
  return pairs;
}

/** Each figure's tokens as normal forms. */
function figureValues(row: TokenizedRow, figures: FigureAt[]): string[] {
  return figures.map((f) => row.tokens.slice(f.from, f.to).map((t) => t.norm).join(" "));
}

/**
 * Figures are anchors: a figure on one side pairs with its counterpart on the other, and the words
 * between paired figures are changes of their own ("eased 44 points" / "rose 18.25 points" is
 * "eased"/"rose" and "44"/"18.25"). Each fact then gets its own discrepancy.
 */
function splitAtFigures(base: TokenizedRow, other: TokenizedRow, range: Range): Range[] {
  const [i0, i1, j0, j1] = range;
  const a = figuresIn(base, i0, i1);
  const b = figuresIn(other, j0, j1);
  // The same figures in another order ("rose to 616.5 from 610.6" / "from 610.6 to 616.5") are a
  // rewording: pairing them by position would invent two changed figures.
  if (a.length > 1 && sameMultiset(figureValues(base, a), figureValues(other, b))) return [range];
  const pairs = pairFigures(a, b);
  if (!pairs.length) return [range];
  const pieces: Range[] = [];
  let i = i0;
  let j = j0;
  for (const [fa, fb] of pairs) {
    pieces.push([i, fa.from, j, fb.from], [fa.from, fa.to, fb.from, fb.to]);
    i = fa.to;
    j = fb.to;
  }
  pieces.push([i, i1, j, j1]);
  return pieces.filter(([p0, p1, q0, q1]) => p1 > p0 || q1 > q0);
}

/** Changes at most this many shared tokens apart that only reorder words are one change ("Feb. 24" / "24 Feb."). */
const REORDER_GAP = 2;

function norms(row: TokenizedRow, from: number, to: number): string[] {
  return row.tokens.slice(from, to).map((t) => t.norm);
}

function sameMultiset(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const sortedA = [...a].sort();
  const sortedB = [...b].sort();
  return sortedA.every((x, k) => x === sortedB[k]);
}

/** Joins neighbouring changes that together only move words. */
function joinReorders(base: TokenizedRow, other: TokenizedRow, ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const range of ranges) {
    const last = out[out.length - 1];
    if (last) {
      const gapBase = range[0] - last[1];
      const gapOther = range[2] - last[3];
      if (gapBase <= REORDER_GAP && gapBase === gapOther) {
        const joined: Range = [last[0], range[1], last[2], range[3]];
        if (sameMultiset(norms(base, joined[0], joined[1]), norms(other, joined[2], joined[3]))) {
          out[out.length - 1] = joined;
          continue;
        }
      }
    }
    out.push(range);
  }
  return out;
}

/** Records an equal stretch in the boundary maps. */
function setEqual(e: Equal, startIn: number[], endIn: number[]): void {
  for (let k = 0; k < e.length; k++) {
    startIn[e.i + k] = e.j + k;
    endIn[e.i + k + 1] = e.j + k + 1;
  }
}

/**
 * A list of `length` zeros, grown by pushing: a typed array per map costs several times more to
 * make, and every pair of wordings in a unit makes two.
 */
function zeros(length: number): number[] {
  const list: number[] = [];
  for (let k = 0; k < length; k++) list.push(0);
  return list;
}

/** Turns dmp's diffs back into token hunks and boundary maps. */
function readDiffs(base: TokenizedRow, other: TokenizedRow, raw: Diff[], cleaned: Diff[], timedOut: boolean): WordDiff {
  const walked = walk(base, other, cleaned);
  // A diff cut short by its time limit is coarse on purpose: refining it would only invent pairings.
  // The raw diff's equalities split changes: with none, it is not read.
  const rawEquals = timedOut || !walked.changes.length ? [] : walk(base, other, raw).equals;
  return hunksOf(base, other, walked, rawEquals, timedOut);
}

/** A diff's hunks and boundary maps, from its equal stretches and changes and the raw diff's equalities. */
function hunksOf(base: TokenizedRow, other: TokenizedRow, { equals, changes }: Walked, rawEquals: Equal[], timedOut: boolean): WordDiff {
  const n = base.tokens.length;
  const startIn = zeros(n + 1);
  const endIn = zeros(n + 1);
  startIn[n] = other.tokens.length;
  for (const e of equals) setEqual(e, startIn, endIn);
  const split: Range[] = [];
  for (const change of timedOut ? [] : changes) {
    const { pieces, kept } = splitChange(base, change, rawEquals);
    for (const e of kept) setEqual(e, startIn, endIn);
    for (const piece of pieces) for (const part of splitAtFigures(base, other, piece)) split.push(part);
  }

  const hunks: Hunk[] = [];
  for (const [i0, i1, j0, j1] of timedOut ? changes : joinReorders(base, other, split)) {
    const hunk = trimmedHunk(base, other, i0, i1, j0, j1, startIn, endIn);
    if (hunk) hunks.push(hunk);
  }
  return { base, other, hunks, startIn, endIn, timedOut };
}

/**
 * A hunk without the tokens equal at its edges (semantic cleanup can leave a shared word there),
 * recorded in the boundary maps; undefined when nothing but paragraph breaks differ.
 */
function trimmedHunk(
  base: TokenizedRow,
  other: TokenizedRow,
  i0: number,
  i1: number,
  j0: number,
  j1: number,
  startIn: number[],
  endIn: number[],
): Hunk | undefined {
  // A reorder joined two changes: the shared words between them stay inside; only true edges trim.
  while (i0 < i1 && j0 < j1 && base.tokens[i0].norm === other.tokens[j0].norm) {
    startIn[i0] = j0;
    endIn[i0 + 1] = j0 + 1;
    i0++;
    j0++;
  }
  while (i0 < i1 && j0 < j1 && base.tokens[i1 - 1].norm === other.tokens[j1 - 1].norm) {
    startIn[i1 - 1] = j1 - 1;
    endIn[i1] = j1;
    i1--;
    j1--;
  }
  // Boundaries inside a hunk map to its edges. An insertion point keeps the maps of the words
  // around it, so ranges ending or starting there leave the inserted words out.
  for (let p = i0; p < i1; p++) startIn[p] = j0;
  for (let p = i0 + 1; p <= i1; p++) endIn[p] = j1;
  const onlyBreaks =
    base.tokens.slice(i0, i1).every((t) => t.kind === "boundary") && other.tokens.slice(j0, j1).every((t) => t.kind === "boundary");
  if (onlyBreaks) return undefined;
  // Character offsets are left to spansOf: only the hunks that become a variant need them.
  return { base: { from: i0, to: i1 }, other: { from: j0, to: j1 } };
}

/** Word diff of one row's cells: `other` read against `base`. */
export function diffRow(base: RowText, other: RowText, budget: Budget): WordDiff {
  return diffTokens(tokenizeRow(base), tokenizeRow(other), budget);
}

/** Common ends kept, the middle one replacement: what a passage too large to diff is shown as. */
function coarseDiff(a: string, b: string): Diff[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const out: Diff[] = [];
  if (head) out.push([0, a.slice(0, head)] as Diff);
  if (a.length - head - tail > 0) out.push([-1, a.slice(head, a.length - tail)] as Diff);
  if (b.length - head - tail > 0) out.push([1, b.slice(head, b.length - tail)] as Diff);
  if (tail) out.push([0, a.slice(a.length - tail)] as Diff);
  return out;
}
