/**
 * Number: the passages state different figures ("19 cents" / "20 cents", "$2.5 billion" /
 * "$1.8 billion", "4.4%" / "4.6%"). Figures are compared by value, so "six" = "6" and "2,000,000" =
 * "2 million" never get here. A figure that is the other rounded ("1.39" / "1.4") is minor.
 */
import * as numbers from "../lexicon/numbers";
import type { Token, TokenizedRow } from "../tokenize";
import type { Detector, Side } from "./detector";
import * as wordsModule from "./words";
import * as dates from "./date";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { AMBIGUOUS_NUMBER_WORDS, CURRENCY_SYMBOLS, SCALE_WORDS, UNIT_WORDS, agedBy, numeralValue } = numbers;
const { isDayOfMonth, isYear } = dates;

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { isRewrite, memo, plain, unmatched } = wordsModule;

export interface Figure {
  value: number;
  /** Digits after the decimal point as written: the figure's precision. */
  decimals: number;
  /** What it counts ("percent", "cents", "$"), when said next to it. */
  unit?: string;
  tokens: Token[];
}

function valueOf(token: Token): number | undefined {
  if (token.kind === "number") return numeralValue(token.text.replace(/(\d)(st|nd|rd|th)$/i, "$1"));
  if (token.kind === "word" && /^\d+$/.test(token.norm) && !AMBIGUOUS_NUMBER_WORDS.has(token.text.toLowerCase())) return Number(token.norm);
  return undefined;
}

/**
 * "a one-mile radius", "a one-year deal": "one" glued to a unit is a figure, though alone it is as
 * often a pronoun ("one of them").
 */
function compoundOne(tokens: Token[], i: number): number | undefined {
  const [one, dash, unit] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  return one.kind === "word" && one.norm === "1" && dash?.text === "-" && dash.start === one.end && unit?.start === dash.end && UNIT_WORDS.has(unit.norm) ? 1 : undefined;
}

/**
 * The figures a side states, each with its scale ("2.5 billion") and unit. Read once per side: the
 * format, number and omission detectors of one pair each ask (callers never change the list).
 */
export const figuresOf = memo((side: Side): readonly Figure[] => figuresIn(side));

const isDigit = (code: number) => code >= 48 && code <= 57;

/** figuresOf without the memo, for a whole row read once (it would only push a pair's sides out). */
function figuresIn(side: Side): Figure[] {
  const tokens = side.row.tokens;
  const figures: Figure[] = [];
  for (let i = side.from; i < side.to; i++) {
    const token = tokens[i];
    // Only a figure, a word whose normal form is one ("two" → "2"), or "dozen" can state a figure:
    // punctuation and other words (most tokens) are passed over without the tests below.
    if (token.kind !== "number" && !(token.kind === "word" && (isDigit(token.norm.charCodeAt(0)) || token.norm === "dozen"))) continue;
    // A year or a day of the month is a date, judged by the date detector, never a count.
    if (isYear(side, i) || isDayOfMonth(side, i)) continue;
    let value = valueOf(token) ?? compoundOne(tokens, i);
    if (value === undefined) {
      // "a dozen": a scale word standing alone.
      if (token.norm !== "dozen") continue;
      value = 1;
    }
    const used = [token];
    const decimals = token.kind === "number" ? (/\.(\d+)/.exec(token.text)?.[1].length ?? 0) : 0;
    let j = token.norm === "dozen" ? i : i + 1;
    while (j < side.to && SCALE_WORDS.has(tokens[j].norm)) {
      value *= SCALE_WORDS.get(tokens[j].norm)!;
      if (j > i) used.push(tokens[j]);
      j++;
    }
    // The unit may sit just outside the differing words ("0.44" differs, "percent" is shared).
    const before = tokens[i - 1];
    const after = tokens[Math.max(j, i + 1)];
    const unit = after && UNIT_WORDS.has(after.norm) ? after.norm : before && CURRENCY_SYMBOLS.has(before.text) ? before.text : undefined;
    figures.push({ value, decimals, unit, tokens: used });
    i = Math.max(i, j - 1);
  }
  return figures;
}

const rowValues = new WeakMap<TokenizedRow, Set<number>>();

/** Whether a side's whole row states a figure of this value anywhere. */
export function rowStates(side: Side, value: number): boolean {
  let values = rowValues.get(side.row);
  if (!values) {
    const whole: Side = { ...side, from: 0, to: side.row.tokens.length, tokens: side.row.tokens };
    values = new Set(figuresIn(whole).map((f) => f.value));
    rowValues.set(side.row, values);
  }
  return values.has(value);
}

/** True when the more precise figure, rounded to the other's precision, is the other ("1.39" → "1.4"). */
function roundsTo(a: Figure, b: Figure): boolean {
  if (a.value === b.value) return true;
  if (a.decimals === b.decimals) return false;
  const [fine, coarse] = a.decimals > b.decimals ? [a, b] : [b, a];
  const factor = 10 ** coarse.decimals;
  return Math.round(fine.value * factor) / factor === coarse.value;
}

/** A figure's key for matching (module level: keepNames transpilers name each closure made). */
const byValue = (f: Figure) => String(f.value);

/** A side's first word or figure (module level: keepNames transpilers name each closure made). */
function firstNonPunct(side: Side): Token | undefined {
  for (const t of side.tokens) if (t.kind !== "punct") return t;
  return undefined;
}

/** "4.2 percent" / "4.2 points": the figure is shared, the unit after it differs. */
function unitSwap(base: Side, other: Side): boolean {
  const a = firstNonPunct(base);
  const b = firstNonPunct(other);
  if (!a || !b || a.norm === b.norm || !UNIT_WORDS.has(a.norm) || !UNIT_WORDS.has(b.norm)) return false;
  // The figure right before, or before a hyphen ("1,000-mile" / "1,000-kilometer").
  const hyphened = base.row.tokens[base.from - 1]?.norm === "-";
  const before = base.row.tokens[base.from - (hyphened ? 2 : 1)];
  // A number word's normal form is its figure ("two" → "2").
  return before?.kind === "number" || (before !== undefined && (SCALE_WORDS.has(before.norm) || /^\d/.test(before.norm)));
}

export const numberDetector: Detector = {
  name: "number",
  detect({ base, other }) {
    const a = figuresOf(base);
    const b = figuresOf(other);
    if (!a.length && !b.length) return unitSwap(base, other) ? { category: "number", severity: "substantive", label: "Unit", widen: "figure" } : undefined;
    let onlyA = unmatched(a, b, byValue);
    let onlyB = unmatched(b, a, byValue);
    const rewrite = isRewrite(base, other);
    if (rewrite) {
      // In a rewritten sentence figures move: one the other version states elsewhere in the row is no change.
      onlyA = onlyA.filter((f) => !rowStates(other, f.value));
      onlyB = onlyB.filter((f) => !rowStates(base, f.value));
    }
    if (!onlyA.length && !onlyB.length) {
      // Units are compared only of a figure both sides give: one a side alone gives (moved there in
      // a rewrite, "in a trial involving 1,736 people") has no other unit to differ from.
      const [bothA, bothB] = [a.filter((f) => b.some((g) => g.value === f.value)), b.filter((f) => a.some((g) => g.value === f.value))];
      const byUnit = (f: Figure) => `${f.value} ${f.unit ?? ""}`;
      const unitsDiffer = unmatched(bothA, bothB, byUnit).some((f) => f.unit) || unmatched(bothB, bothA, byUnit).some((f) => f.unit);
      return unitsDiffer ? { category: "number", severity: "substantive", label: "Unit", widen: "figure" } : undefined;
    }
    // A figure only one passage states, with none in its place in the other, is an addition (or a
    // vaguer wording: "six" / "several"), not a different figure.
    if (!onlyA.length || !onlyB.length) return undefined;
    const focus = rewrite ? { base: plain(onlyA.flatMap((f) => f.tokens)), other: plain(onlyB.flatMap((f) => f.tokens)) } : undefined;
    // "The Interior Ministry said 87,000 …" / "The CGT union said 2 million …": two sources' figures,
    // set side by side only because the sentences were retold around them.
    if (saidByOthers(base, onlyA, other, onlyB)) return { category: "number", severity: "minor", label: "Attribution", widen: "figure", focus };
    if (onlyA.length === onlyB.length && onlyA.every((f, i) => roundsTo(f, onlyB[i]))) {
      return { category: "number", severity: "minor", relation: "≈", widen: "figure", focus };
    }
    const label = onlyA.every((f) => isAge(base, f)) && onlyB.every((f) => isAge(other, f)) ? "Age" : undefined;
    return { category: "number", severity: "substantive", widen: "figure", focus, ...(label && { label }) };
  },
};

/** Whether every figure of each side is said by a source the other side's figures are not said by. */
function saidByOthers(base: Side, a: Figure[], other: Side, b: Figure[]): boolean {
  return saidBySources(base.row, a.map((f) => f.tokens[0]), other.row, b.map((f) => f.tokens[0]));
}

/** Whether the figures starting at these tokens are all said by sources none of the other row's are said by. */
export function saidBySources(rowA: TokenizedRow, a: Token[], rowB: TokenizedRow, b: Token[]): boolean {
  const [sayersA, sayersB] = [a.map((t) => sayerOf(rowA, t)), b.map((t) => sayerOf(rowB, t))];
  if (!a.length || !b.length || sayersA.some((s) => !s) || sayersB.some((s) => !s)) return false;
  return sayersA.every((x) => sayersB.every((y) => !x!.some((w) => y!.includes(w))));
}

/** Verbs that give a figure its source: "the ministry said 87,000", "the union put the figure at 400,000". */
const SAYING = new Set(["said", "says", "counted", "estimated", "reported", "put", "puts", "told"]);
/** Tokens looked back from a figure for its saying verb, and from the verb for who says it. */
const SAYER_WINDOW = 6;

/** The capitalised words of who says a figure ("Interior Ministry", "CGT"), lower case, or undefined. */
function sayerOf(row: TokenizedRow, figure: Token): string[] | undefined {
  const tokens = row.tokens;
  const at = tokens.indexOf(figure);
  for (let k = at - 1; k >= 0 && k >= at - SAYER_WINDOW; k--) {
    if (tokens[k].kind === "boundary" || tokens[k].norm === ";") return undefined;
    if (!SAYING.has(tokens[k].norm.toLowerCase())) continue;
    const names: string[] = [];
    for (let m = k - 1; m >= 0 && m >= k - SAYER_WINDOW && tokens[m].kind === "word"; m--) if (tokens[m].capitalized && !tokens[m].sentenceStart) names.push(tokens[m].norm.toLowerCase());
    return names.length ? names : undefined;
  }
  return undefined;
}

/** A figure written as a person's age: "25-year-old", "25 years old". */
function isAge(side: Side, figure: Figure): boolean {
  const tokens = side.row.tokens;
  const at = tokens.indexOf(figure.tokens[figure.tokens.length - 1]);
  return agedBy(tokens[at + 1]?.text, tokens[at + 2]?.text);
}
