/**
 * The words and figures of a sentence as quantity.ts reads them, and the value of a written
 * figure: "1-1/2", "2,500", "227.000" (a European grouping, or 227), "2:09:56" (a race time),
 * "½", "half a", "a quarter-point". Number words glued to a noun ("two-year") are split so the
 * number is read on its own, as the diff's tokenizer reads it.
 */
import * as numbers from "../lexicon/numbers";
import { tokenSpans } from "./token-spans";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and the scan asks these of every word of a sentence with a figure.
const { numberOpeningCompound, PRINTED_FRACTIONS, raceTimeSeconds, withPlainSlash } = numbers;

export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: "num" | "word" | "sym";
}

/**
 * A figure ("1-1/2", "2,500", "3/4"), a word, or one other character. A match is a figure when it
 * starts with a digit, a word when with a letter, else a symbol: no capture groups to allocate.
 * Read by tokenSpans (every character but white space starts one).
 */
const TOKEN = /\d{1,2}:[0-5]\d:[0-5]\d(?:\.\d+)?|\d+-\d+\/\d+|\d+(?:[.,]\d+)*(?:\/\d+)?|\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*|[^\s\p{L}\d]/uy;
const STARTS_WITH_LETTER = /^\p{L}/u;

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  const plain = withPlainSlash(text);
  const spans = tokenSpans(plain, TOKEN);
  // pushTok is module level: keepNames transpilers (tsx runs the benchmarks so) name each closure made.
  for (let k = 0; k < spans.length; k += 2) {
    const index = spans[k];
    const word = plain.slice(index, spans[k + 1]);
    const first = word.charCodeAt(0);
    // An ASCII letter is told by its code; only other characters need the Unicode class.
    const asciiLetter = (first | 0x20) >= 97 && (first | 0x20) <= 122;
    const kind: Tok["kind"] = first >= 48 && first <= 57 ? "num" : asciiLetter || STARTS_WITH_LETTER.test(word) ? "word" : "sym";
    // "two-year" as "2-year": the number word, the hyphen, the noun (as the diff's tokenizer reads it).
    // A word token's only hyphen is "-" (TOKEN joins its parts with it): most words have none.
    const counted = kind === "word" && word.includes("-") ? numberOpeningCompound(word) || fractionOpeningCompound(word) : 0;
    if (!counted) {
      pushTok(out, word, index, kind);
      continue;
    }
    pushTok(out, word.slice(0, counted), index, "word");
    pushTok(out, word[counted], index + counted, "sym");
    pushTok(out, word.slice(counted + 1), index + counted + 1, "word");
  }
  return out;
}

function pushTok(out: Tok[], word: string, start: number, kind: Tok["kind"]): void {
  out.push({ text: word, lower: word.toLowerCase(), start, end: start + word.length, kind });
}

export interface Parsed {
  value: number;
  step: number;
  /** A European grouping ("227.000") may also mean this. */
  alt?: number;
  /** Tokens to step over after the figure ("half a percentage point": the article). */
  skip?: number;
  /** Written as hours, minutes and seconds ("2:09:56"): a span in seconds. */
  duration?: boolean;
}

/**
 * A fraction printed as one character ("by ½ percentage point"), as its value. Asked of every
 * token: only a one-character one is looked up (a table lookup by a longer word costs far more).
 */
export function printedFraction(text: string): number | undefined {
  const fraction = text.length === 1 ? PRINTED_FRACTIONS[text] : undefined;
  return fraction ? fraction[0] / fraction[1] : undefined;
}

/**
 * "½"; "half a" / "half an" before what it halves ("half a percentage point", "half a million"); and
 * the fractions of a point rate decisions are told in ("a quarter point", "a quarter-point", "a
 * quarter of a percentage point", "a half point"). Elsewhere "a quarter" is a share or three months.
 */
export function fractionValue(toks: Tok[], i: number): Parsed | undefined {
  const t = toks[i];
  const printed = printedFraction(t.text);
  // "4½" is a mixed number the digits before it already begin: not a figure of its own.
  if (printed !== undefined) return toks[i - 1]?.kind === "num" && toks[i - 1].end === t.start ? undefined : { value: printed, step: printed };
  const fraction = POINT_FRACTIONS.get(t.lower);
  if (fraction === undefined) return undefined;
  const next = toks[i + 1]?.lower;
  if (t.lower === "half" && (next === "a" || next === "an")) return { value: 0.5, step: 0.5, skip: 1 };
  const before = toks[i - 1]?.lower;
  if (before !== "a" && before !== "one") return undefined;
  if (POINT_WORDS.has(next ?? "") || (next === "-" && POINT_WORDS.has(toks[i + 2]?.lower ?? ""))) return { value: fraction, step: fraction };
  const article = toks[i + 2]?.lower;
  return next === "of" && (article === "a" || article === "an") && POINT_WORDS.has(toks[i + 3]?.lower ?? "") ? { value: fraction, step: fraction, skip: 2 } : undefined;
}

export const POINT_FRACTIONS: ReadonlyMap<string, number> = new Map([["half", 0.5], ["quarter", 0.25]]);
const POINT_WORDS = new Set(["point", "points", "percentage"]);
/** "quarter-point" read as "quarter", "-", "point", so the fraction and its unit are found apart. */
const FRACTION_OF_A_POINT = /^(half|quarter)-(?:point|points|percentage)\b/;
const fractionOpeningCompound = (word: string) => FRACTION_OF_A_POINT.exec(word.toLowerCase())?.[1].length ?? 0;

/** Value and precision of a written figure, or undefined (times, malformed groupings). */
export function parseFigure(text: string): Parsed | undefined {
  const seconds = raceTimeSeconds(text);
  if (seconds !== undefined) return { value: seconds, step: 10 ** -(/\.(\d+)$/.exec(text)?.[1].length ?? 0), duration: true };
  const mixed = /^(\d+)-(\d+)\/(\d+)$/.exec(text);
  if (mixed) return Number(mixed[3]) ? { value: Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]), step: 1 / Number(mixed[3]) } : undefined;
  const fraction = /^(\d+)\/(\d+)$/.exec(text);
  if (fraction) return Number(fraction[2]) ? { value: Number(fraction[1]) / Number(fraction[2]), step: 1 / Number(fraction[2]) } : undefined;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return withStep(text.replace(/,/g, ""));
  if (/^\d{1,3}(?:\.\d{3})+$/.test(text)) {
    const parsed = withStep(text);
    return parsed && { ...parsed, alt: Number(text.replace(/\./g, "")) };
  }
  if (/^\d+(?:\.\d+)?$/.test(text)) return withStep(text);
  // "4.3/4": a garbled figure still has a value, and it is not the one the others state.
  const odd = /^(\d+\.\d+)\/(\d+)$/.exec(text);
  if (odd && Number(odd[2])) return { value: Number(odd[1]) / Number(odd[2]), step: 0.001 };
  if (/^\d+,\d{1,2}$/.test(text)) return withStep(text.replace(",", "."));
  return undefined;
}

function withStep(plain: string): Parsed | undefined {
  const value = Number(plain);
  if (!Number.isFinite(value)) return undefined;
  const decimals = /\.(\d+)$/.exec(plain)?.[1].length ?? 0;
  if (decimals) return { value, step: 10 ** -decimals };
  const zeros = /0*$/.exec(plain)![0].length;
  return { value, step: value === 0 ? 1 : 10 ** Math.min(zeros, plain.length - 1) };
}
