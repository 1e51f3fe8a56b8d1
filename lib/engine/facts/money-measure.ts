/**
 * What a sum of money measures: "revenue of $13.5 billion" and "a profit of $6.2 billion" are two
 * facts. Two versions that give one sum ("$6.188 billion" / "$6.1 billion": the same within what
 * rounding and truncation leave) to two measures, revenue in one and profit in the other, conflict
 * wherever the sentences sit: the classic slip of earnings copy.
 *
 * Hand-written: the measures are a short, fixed vocabulary of financial reporting, read from the
 * words just before the figure ("revenue rose to $13.5 billion") or just after it ("$6.1 billion
 * in profit").
 */
import type { FoundDiscrepancy } from "../types";
import type { PlacedQuantity } from "./quantity-conflicts";
import { readingsBySource, readingsConflict, readingsDiscrepancy, sentenceSource } from "./readings";

const MEASURE_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({ revenue: "revenue", revenues: "revenue", sales: "revenue", turnover: "revenue", profit: "profit", profits: "profit", earnings: "profit", income: "profit" }),
);
/** Words looked back from a figure, and forward from it, for what it measures. */
const WORDS_BEFORE = 8;
const WORDS_AFTER = 3;
/** Two sums are one when they differ by no more than this share: "$6.188 billion" / "$6.1 billion". */
const SAME_SUM = 0.02;

interface MeasuredSum {
  placed: PlacedQuantity;
  measure: string;
  start: number;
  end: number;
  sentence: PlacedQuantity["sentence"];
}

/** The measure a money figure is given to, with the stretch from measure word to figure. */
function measureOf(p: PlacedQuantity): MeasuredSum | undefined {
  const { quantity, sentence } = p;
  if (quantity.unit !== "money") return undefined;
  const text = sentence.text;
  const before = [...text.slice(0, quantity.start).matchAll(WORD_BREAK_OR_FIGURE)].slice(-WORDS_BEFORE).reverse();
  for (const m of before) {
    // Another figure or a clause break between: the measure word is another figure's.
    if (/^[\d;:]/.test(m[0])) break;
    const measure = MEASURE_WORDS.get(m[0].toLowerCase());
    if (measure) return { placed: p, measure, start: m.index!, end: quantity.end, sentence };
  }
  // The figure's own words may hold it ("$6.1 billion in profit" is read as one figure and its noun).
  const own = [...text.slice(quantity.start, quantity.end).matchAll(LETTER_RUNS)].length;
  const after = [...text.slice(quantity.start).matchAll(LETTER_RUNS)].slice(0, own + WORDS_AFTER);
  for (const m of after) {
    const measure = MEASURE_WORDS.get(m[0].toLowerCase());
    if (measure) return { placed: p, measure, start: quantity.start, end: Math.max(quantity.end, quantity.start + m.index! + m[0].length), sentence };
  }
  return undefined;
}

/** What a sum of money measures ("revenue", "profit"), when the words next to it say. */
export const moneyMeasureOf = (p: PlacedQuantity): string | undefined => measureOf(p)?.measure;

export function moneyMeasureConflicts(placed: PlacedQuantity[], reportOrder: string[]): FoundDiscrepancy[] {
  const sums = placed
    .map(measureOf)
    .filter((m): m is MeasuredSum => m !== undefined)
    .sort((a, b) => a.placed.quantity.low - b.placed.quantity.low || a.sentence.id.localeCompare(b.sentence.id) || a.start - b.start);
  const found: FoundDiscrepancy[] = [];
  for (let i = 0; i < sums.length; ) {
    const first = sums[i].placed.quantity.low;
    let j = i + 1;
    while (j < sums.length && sums[j].placed.quantity.low - first <= SAME_SUM * Math.abs(sums[j].placed.quantity.low)) j++;
    const group = sums.slice(i, j);
    if (readingsConflict(readingsBySource(group, sentenceSource, (m) => m.measure))) {
      found.push(readingsDiscrepancy(group, reportOrder, (m) => m, "Measure", "characterization"));
    }
    i = j;
  }
  return found;
}

// Module level: the transpiler turns a \p{…} pattern into a RegExp built on every call.
const WORD_BREAK_OR_FIGURE = /[\p{L}]+|[;:]|\d[\d.,]*/gu;
const LETTER_RUNS = /[\p{L}]+/gu;
