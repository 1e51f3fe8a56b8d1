/**
 * Figures as facts: every figure a sentence states, with what it counts. "killing at least 12
 * people" → 12, hedged, tally "dead", counted "people"; "3.5-lb. loaves" → 3.5, unit weight;
 * "4-3/4 to 5 percent" → 4.75…5, unit percent; "between 23 and 25" → 23…25.
 *
 * Hand-written rather than taken from a library: compromise reads "4-3/4" and "3.5-lb." as words
 * and knows nothing of tallies; what a news figure counts is decided by a few words around it
 * (the verb before or after it, the noun after it), which a short scan does reliably and fast.
 */
import * as numbers from "../lexicon/numbers";
import * as polarity from "../lexicon/polarity";
import * as measures from "../lexicon/measures";
import * as calendar from "../lexicon/calendar";
import * as britishAmerican from "../lexicon/british-american";
import * as wordnet from "../lexicon/wordnet";
import { memoByText } from "../memo";
import * as figureTokens from "./figure-tokens";
import type { Parsed, Tok } from "./figure-tokens";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and the scan asks these of every word of a sentence with a figure.
const { agedBy, numberWordValue, PRINTED_FRACTIONS, SIMPLE_NUMBER_WORDS } = numbers;
const { FALLING, RISING } = polarity;
const { CEILING_HEDGES, COUNTED_GROUPS, COUNTED_PHRASES, FLOOR_HEDGES, HEDGES, MEASURE_UNITS, NOUN_CUES, SCALES, TALLY_CUES, UNIT_SIZES } = measures;
const { MONTH_ABBREVIATIONS, isMonth, isWeekday, isWrittenMonth } = calendar;
const { americanSpelling } = britishAmerican;
const { isCommonWord } = wordnet;
const { fractionValue, parseFigure, POINT_FRACTIONS, printedFraction, tokenize } = figureTokens;

export interface Quantity {
  low: number;
  high: number;
  /** Smallest step the figure is written to (1 for "12", 100 for "2,000", 0.1 for "40.2"). */
  step: number;
  /** "at least", "about", "more than": a bound or an estimate. */
  hedged: boolean;
  /** Which: a floor ("at least"), a ceiling ("up to") or an estimate ("about", "between"). */
  bound?: "floor" | "ceiling" | "estimate";
  /** Tally class ("dead", "hurt", "missing", …) from the words around the figure. */
  tally?: string;
  /** Dimension of the unit ("percent", "money", "weight", …). */
  unit?: string;
  /** How much of the dimension's base unit one written unit is (UNIT_SIZES: a month is 30.4375 days). */
  size?: number;
  /** What is counted: a group key ("people", "troops") or the noun's own form. */
  counted?: string;
  /** Another reading of an ambiguous grouping ("1.000": one, or a thousand written the European way). */
  alt?: number;
  /** The word saying the missing were found ("recovered", "found"): their status changed. */
  found?: string;
  /** "19 other children", "three more people": added to a count said elsewhere, not a count itself. */
  increment?: boolean;
  /** "nearly 30 years", "almost 20,000": just short of the figure, a claim of about its value. */
  near?: boolean;
  /**
   * "at least 24", "up to 50", "at most 3": a bound at the figure itself, the count as it stands, so
   * "at least 25" is another stage of it; "more than 130" and "under 5,000" round the figure instead.
   */
  strict?: boolean;
  /** A breakdown of the figure before it ("including three pilots and five crew"). */
  part?: boolean;
  /** The counted noun names the money itself ("$2.3 million in public funds"), not a thing it prices ("a $43,000 watch"). */
  moneyNoun?: boolean;
  /** A prior period's figure a result is compared with ("compared with $4.54 billion", "$188 million a year ago"). */
  prior?: boolean;
  /** Which way a figure of change goes ("fell 2%", "2% higher", "down $3 billion"). */
  change?: "up" | "down";
  /** The name the figure is said of ("Lai … 40.2 percent"), lower case, when one stands close before it. */
  anchor?: string;
  /** In parentheses after another figure: its conversion ("46C (114.8F)"), rounded to any precision. */
  converted?: boolean;
  /** What a percentage measures when a noun names it ("a premium of 32%", "a 23% premium"), as a key. */
  measures?: string;
  /** Offsets of the figure's words in the sentence text ("at least 12 people"). */
  start: number;
  end: number;
}

const CLAUSE_BREAK = new Set([";", "(", ")", "—", "–", ":", "\u201c", "\u201d", '"']);
const FUNCTION = new Set(
  ("the a an of in on at to for from by with and or but as that which who whom whose this these those its their his her our " +
    "is are was were be been being has have had will would could may might can did do does said told than more " +
    "after before since during until into onto upon across against among within without per via over under through around last next compared versus").split(" "),
);
/** Words after which a figure is a date, an address or a label, not a count. */
const NOT_A_COUNT_BEFORE = new Set("no no. number route flight highway interstate page chapter section article class grade level model".split(" "));
/** Words that make the figure after them a rating on their scale ("Category 4", "Stage 3"), whatever noun follows it. */
const RATING_SCALES = new Set("category cat stage phase tier type force magnitude".split(" "));
const AMBIGUOUS_WORDS = new Set(["one", "first", "second"]);

/**
 * "No deaths were reported", "no one was hurt": a toll of none, which an update stage's "two
 * people were killed" contradicts. Only before a toll's noun or, for "no one" and "nobody", a
 * toll's verb: "no" alone negates too much else to be a figure.
 */
function noneOf(toks: Tok[], i: number): Parsed | undefined {
  const word = toks[i].lower;
  const next = toks[i + 1]?.lower ?? "";
  if (word === "no" && NOUN_CUES.has(next) && next !== "toll" && next !== "bodies") return NONE;
  const someone = (word === "no" && next === "one") || word === "nobody";
  const verbAt = i + (word === "nobody" ? 1 : 2) + 1;
  if (someone && AUXILIARIES.has(toks[verbAt - 1]?.lower ?? "") && TALLY_CUES.has(toks[verbAt]?.lower ?? "") && !NOUN_CUES.has(toks[verbAt].lower)) return NONE;
  return undefined;
}
const NONE: Parsed = { value: 0, step: 1 };

/** "one person has died", "one man was killed": "one" before a person is a count, not a pronoun. */
function onePerson(toks: Tok[], i: number): Parsed | undefined {
  const next = toks[i + 1]?.lower ?? "";
  return toks[i].lower === "one" && (COUNTED_GROUPS.has(next) || next === "man" || next === "woman") ? { value: 1, step: 1 } : undefined;
}

/**
 * "a year of free credit monitoring", "for a month": the article counts one span. Elsewhere "a year"
 * is a rate ("$300 a year") or a time ("a year ago", "a year after"), never compared.
 */
function aSpan(toks: Tok[], i: number): Parsed | undefined {
  const [article, unit, next] = [toks[i], toks[i + 1], toks[i + 2]];
  if ((article.lower !== "a" && article.lower !== "an") || !SPAN_UNITS.has(unit?.lower ?? "")) return undefined;
  const forA = toks[i - 1]?.lower === "for" && (!next || next.kind === "sym" || FUNCTION.has(next.lower));
  return forA || next?.lower === "of" ? { value: 1, step: 1 } : undefined;
}
const SPAN_UNITS = new Set(["year", "month", "week", "day"]);

/** "a one-mile radius", "a one-year deal": "one" glued to a unit is a figure. */
function oneUnit(toks: Tok[], i: number): Parsed | undefined {
  const [dash, unit] = [toks[i + 1], toks[i + 2]];
  return toks[i].lower === "one" && dash?.text === "-" && dash.start === toks[i].end && unit?.start === dash.end && MEASURE_UNITS.has(unit.lower) ? { value: 1, step: 1 } : undefined;
}

function wordValue(t: Tok): Parsed | undefined {
  if (t.kind !== "word" || AMBIGUOUS_WORDS.has(t.lower)) return undefined;
  if (t.lower === "dozen") return { value: 12, step: 12 };
  const value = numberWordValue(t.lower);
  if (value === undefined || isOrdinal(t)) return undefined;
  return { value, step: 1 };
}

/**
 * quantitiesOf, each wording read once per comparison: copies repeat most sentences word for word,
 * and the figures' conflicts and said-elsewhere both read every sentence (quantities are never mutated).
 */
export const quantitiesOfText: (text: string) => Quantity[] = memoByText(20_000, (text) => quantitiesOf(text));

/** Every counted figure of a sentence. */
export function quantitiesOf(text: string): Quantity[] {
  // Most sentences state no figure: they are told so without being tokenized.
  if (!MAY_STATE_A_FIGURE_BY_CHARACTER.test(text) && !MAY_STATE_A_FIGURE_BY_WORD.test(text)) return [];
  const toks = tokenize(text);
  const out: Quantity[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const parsed =
      t.kind === "num"
        ? parseFigure(t.text)
        : t.kind === "sym"
          ? fractionValue(toks, i)
          : t.lower.includes("-") || FIGURE_WORDS.has(t.lower)
            ? (wordValue(t) ?? fractionValue(toks, i) ?? noneOf(toks, i) ?? onePerson(toks, i) ?? oneUnit(toks, i) ?? aSpan(toks, i))
            : undefined;
    if (!parsed || isDateOrTime(toks, i) || isOrdinal(toks[i]) || isOrdinalFigure(toks, i) || isYear(toks, i, parsed.value) || isModelNumber(toks, i) || isAge(toks, i)) continue;
    const q = readQuantity(toks, i, parsed, out);
    if (q) {
      out.push(q.quantity);
      i = q.next - 1;
    }
  }
  return out;
}

/**
 * The only words (hyphenated ones aside) that wordValue, fractionValue, noneOf, onePerson, oneUnit
 * or aSpan read a value from: every other word is passed over without asking the six. Of any other
 * token, only fractionValue reads one ("½"): no letter is a printed fraction.
 */
const FIGURE_WORDS = new Set([...SIMPLE_NUMBER_WORDS.keys(), "dozen", ...POINT_FRACTIONS.keys(), "no", "nobody", "a", "an"]);

/**
 * A figure starts only at a token quantitiesOf reads a value from: a digit, a printed fraction, or a
 * word (as any case writes it) of this list: number words that are no ordinal ("third" never counts)
 * or are tens an ordinal-free compound opens ("twentieth-five"), "dozen", "half", "quarter",
 * "nobody", "one"; "no" before another word (noneOf reads the word after it, and only a space
 * stands between two word tokens); and "a" or "an" before a span ("for a year"). A text with none
 * of these states no figure. The words are matched whole with `\b`, which knows ASCII word
 * characters only; that is exact because a word token is never next to a letter, and the
 * characters `\b` takes for word ones that no token rule does (digits, "_") send the text to the
 * full reading by themselves, as does the Kelvin sign, which lower-cases to "k" ("wee\u212A" is
 * the token "week") where `/i` does not.
 */
const MAY_STATE_A_FIGURE_BY_CHARACTER = new RegExp(`[0-9_\u212A${Object.keys(PRINTED_FRACTIONS).join("")}]`);
const MAY_STATE_A_FIGURE_BY_WORD = new RegExp(
  `\\b(?:${[
    ...[...SIMPLE_NUMBER_WORDS].filter(([word, value]) => !/(?:th|st|nd|rd)$/.test(word) || (value >= 20 && value % 10 === 0)).map(([word]) => word),
    ...["dozen", ...POINT_FRACTIONS.keys(), "nobody"],
  ].join("|")})\\b|\\bno\\s|\\ban?\\s+(?:${[...SPAN_UNITS].join("|")})\\b`,
  "i",
);

/** "C-130", "F-16", "Boeing 737-800": a designation, not a count. */
function isModelNumber(toks: Tok[], i: number): boolean {
  const dash = toks[i - 1];
  const word = toks[i - 2];
  if (dash && word && (dash.text === "-" || dash.text === "‐") && dash.end === toks[i].start && word.end === dash.start && word.kind !== "sym") return true;
  // A name right before a bare figure of three digits or more ("Boeing 737", "Route 66" aside).
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const named = prev?.kind === "word" && STARTS_CAPITALISED.test(prev.text) && !HEDGES.has(prev.lower) && !FUNCTION.has(prev.lower) && i > 1;
  const counts = next && (MEASURE_UNITS.has(next.lower) || COUNTED_GROUPS.has(next.lower) || TALLY_CUES.has(next.lower));
  if (counts) return false;
  // "A320" (letters glued to the figure), "ATR 72" (an acronym before it).
  const glued = prev?.kind === "word" && prev.end === toks[i].start;
  const acronym = prev?.kind === "word" && ALL_CAPITALS.test(prev.text) && !MEASURE_UNITS.has(prev.lower);
  return glued || acronym || (named && /^\d{3,}$/.test(toks[i].text));
}

/**
 * "a 25-year-old man", "aged 25 years old": a person's age, not a count of anything; ages are read
 * as ages (age.ts), and a "25-year-old" beside "died" is no death toll.
 */
const isAge = (toks: Tok[], i: number) => agedBy(toks[i + 1]?.text, toks[i + 2]?.text);

/** "12th", "21st": a rank or a floor written in figures, not a count of anything. */
function isOrdinalFigure(toks: Tok[], i: number): boolean {
  const next = toks[i + 1];
  return toks[i].kind === "num" && !!next && next.start === toks[i].end && /^(?:st|nd|rd|th)$/.test(next.lower);
}

function isOrdinal(t: Tok): boolean {
  return t.kind === "word" && /(?:th|st|nd|rd)$/.test(t.lower) && t.lower !== "thousand";
}

function isDateOrTime(toks: Tok[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (toks[i].kind === "num" && next?.text === ":" && toks[i + 2]?.kind === "num") return true;
  if (prev?.text === ":" && toks[i - 2]?.kind === "num") return true;
  const near = [prev, prev?.text === "." ? toks[i - 2] : undefined, next].filter(Boolean) as Tok[];
  if (near.some((t) => isWrittenMonth(t.text, monthForm(t.lower)) || isWeekday(t.lower))) return true;
  if (next && /^(?:a\.?m|p\.?m)\.?$/.test(next.lower)) return true;
  // "2 p.m." as this tokenizer reads it: "p", ".", "m".
  if (next && (next.lower === "a" || next.lower === "p") && toks[i + 2]?.text === "." && toks[i + 3]?.lower === "m") return true;
  // "No. 3", "Route 66": a label.
  const word = prev?.text === "." ? toks[i - 2] : prev;
  return !!word && NOT_A_COUNT_BEFORE.has(word.lower);
}

const monthForm = (w: string) => MONTH_ABBREVIATIONS[w] ?? w;

function isYear(toks: Tok[], i: number, value: number): boolean {
  if (toks[i].kind !== "num" || !/^\d{4}$/.test(toks[i].text) || value < 1800 || value > 2100) return false;
  const next = toks[i + 1];
  return !next || !(MEASURE_UNITS.has(next.lower) || COUNTED_GROUPS.has(next.lower));
}

function readQuantity(toks: Tok[], i: number, parsed: Parsed, earlier: Quantity[]): { quantity: Quantity; next: number } | undefined {
  let low = parsed.value;
  let step = parsed.step;
  let j = i + 1 + (parsed.skip ?? 0);
  // "4½": a printed fraction glued to the digits completes the figure.
  const glued = toks[j] && toks[j].start === toks[i].end ? printedFraction(toks[j].text) : undefined;
  if (glued !== undefined && toks[i].kind === "num") {
    low += glued;
    step = Math.min(step, glued);
    j++;
  }
  // "two dozen", "2.5 billion", "7.5bn"
  while (j < toks.length && (SCALES.has(toks[j].lower) || toks[j].lower === "dozen") && (toks[j].start === toks[j - 1].end || toks[j].start === toks[j - 1].end + 1)) {
    const factor = toks[j].lower === "dozen" ? 12 : SCALES.get(toks[j].lower)!;
    low *= factor;
    step *= factor;
    j++;
  }
  let high = low;
  let hedged = false;
  let bound: Quantity["bound"];
  let start = toks[i].start;
  // Hedges and "between … and …" before the figure.
  let k = i - 1;
  let between = false;
  if (toks[k] && toks[k].lower === "a" && toks[i].lower.startsWith("dozen")) k--;
  if (toks[k]?.lower === "couple" || toks[k]?.lower === "few") {
    hedged = true;
    low *= 2;
    high = low;
    start = toks[k].start;
    k--;
    if (toks[k]?.lower === "a") k--;
  }
  let unit: string | undefined;
  let size: number | undefined;
  let temperatureScale: string | undefined;
  if (toks[k] && MEASURE_UNITS.get(toks[k].text) === "money") {
    unit = "money";
    start = toks[k].start;
    k--;
  }
  const unhedgedStart = start;
  const hedges: string[] = [];
  for (let h = 0; h < 3 && toks[k] && (hedgeAt(toks, k) || toks[k].lower === "between" || (toks[k].lower === "at" && /^(?:least|most)$/.test(toks[k + 1]?.lower ?? ""))); h++, k--) {
    hedges.push(toks[k].lower);
    if (toks[k].lower === "between") between = true;
    bound ??= FLOOR_HEDGES.has(toks[k].lower) ? "floor" : CEILING_HEDGES.has(toks[k].lower) ? "ceiling" : undefined;
    hedged = true;
    start = toks[k].start;
  }
  // Ranges: "23 and 25" after "between", "4-3/4 to 5", "4.75-5.0".
  // "a 40- to 60-hour course": the first figure's dash waits for the unit the second one carries.
  if ((toks[j]?.text === "-" || toks[j]?.text === "–") && toks[j + 1]?.lower === "to" && toks[j].start === toks[j - 1].end) j++;
  const joiner = toks[j];
  const second = toks[j + 1];
  const rangeJoin = joiner && second && ((between && joiner.lower === "and") || joiner.lower === "to" || ((joiner.text === "-" || joiner.text === "–") && joiner.start === toks[j - 1].end));
  if (rangeJoin) {
    const other = second.kind === "num" ? parseFigure(second.text) : wordValue(second);
    if (other && other.value > low) {
      high = other.value;
      step = Math.min(step, other.step);
      j += 2;
    }
  }
  // Unit after the figure: "%", "percent", "per cent", "-pound", "lb.", "meters".
  let after = toks[j];
  const compound = !!after && (after.text === "-" || after.text === "‐") && toks[j + 1]?.kind === "word" && after.start === toks[j - 1].end;
  if (compound) {
    j++;
    after = toks[j];
  }
  const basisPoints = after?.lower === "basis" && /^points?$/.test(toks[j + 1]?.lower ?? "");
  const temperature = temperatureAt(toks, j);
  if (basisPoints || after?.lower === "bps") {
    // "50 basis points" ("50 bps") is half a percentage point: one slot with "1/2 percentage point".
    [low, high, step] = [low / 100, high / 100, step / 100];
    unit = "points";
    j += basisPoints ? 2 : 1;
  } else if (after?.lower === "percentage" && /^points?$/.test(toks[j + 1]?.lower ?? "")) {
    // A change in points of a rate, not a percentage of it: "0.5 percentage point" is no "0.5%".
    unit = "points";
    j += 2;
  } else if (temperature) {
    // "46C", "46 degrees Celsius", "115°F": one scale's temperatures are compared, never across the
    // two (a conversion is not a conflict, and the scales are not proportional).
    [unit, temperatureScale] = ["temperature", temperature.scale];
    j = temperature.next;
  } else if (after?.lower === "km" && toks[j + 1]?.text === "/" && toks[j + 2]?.lower === "h") {
    // "195 km/h" is a speed, not a distance.
    [unit, size] = unitNamed("kph");
    j += 3;
  } else if (after?.lower === "nautical" && /^miles?$/.test(toks[j + 1]?.lower ?? "")) {
    // A sea mile, not a land one: "2 nautical miles" is no "2 kilometers" (nor quite "2 miles").
    [unit, size] = ["length", NAUTICAL_MILE];
    j += 2;
  } else if (after?.lower === "square" && SQUARE_UNITS.has(toks[j + 1]?.lower ?? "")) {
    // "40 square miles" is an area, not a distance.
    [unit, size] = ["area", SQUARE_UNITS.get(toks[j + 1].lower)];
    j += 2;
  } else if (after?.lower === "per" && toks[j + 1]?.lower === "cent") {
    unit = "percent";
    j += 2;
  } else if (after && /^(?:pounds|pound)$/.test(after.lower) && unit !== "money" && poundsSterling(toks, k, j)) {
    // "fined … 42.6 million pounds ($56.8 million)": sterling, not weight.
    unit = "money";
    j++;
  } else if (after && MEASURE_UNITS.has(after.lower) && !(after.lower === "pounds" && unit === "money")) {
    [unit, size] = unitNamed(after.lower);
    j++;
    // "3.5 lb." keeps its abbreviation's period; "46.5 percent." ends a sentence.
    if (toks[j]?.text === "." && ABBREVIATED_UNITS.has(after.lower)) j++;
  } else if (after?.kind === "word" && /-(?:pound|lb|meter|metre|mile|foot|feet|day|year|week|hour|minute|inch)s?$/.test(after.lower)) {
    [unit, size] = unitNamed(after.lower.split("-").pop()!);
    j++;
  }
  if (parsed.duration) [unit, size] = ["duration", UNIT_SIZES.get("seconds")];
  // "studied them over three years" is during them, not more than them.
  if (unit === "duration" && hedges.length === 1 && hedges[0] === "over") [hedged, bound, start] = [false, undefined, unhedgedStart];
  if (unit === "duration" && !hedged && low >= 1800 && !parsed.duration) return undefined;
  const scale = RATING_SCALES.has(toks[i - 1]?.lower ?? "") ? toks[i - 1] : undefined;
  // A race time counts nothing: the word after it ("2:11:53 set by …") is no noun of it.
  const counted = scale ? { key: scale.lower, end: toks[i].end } : temperatureScale ? { key: temperatureScale, end: toks[j - 1].end } : parsed.duration ? undefined : countedNoun(toks, j, unit);
  if (scale) start = scale.start;
  const named = counted ? undefined : groupBefore(toks, k);
  const end = toks[Math.max(i, j - 1)].end;
  const inherited = inheritedTally(toks, i, earlier);
  // A distance, weight or span of time is not a count of people, whatever verb stands near it.
  const countedKey = counted?.key ?? named?.key;
  // "two of the injured died": a part of a group counted elsewhere, told for what befell it next.
  const groupCue = toks[j]?.lower === "of" && /^(?:the|those)$/.test(toks[j + 1]?.lower ?? "") ? TALLY_CUES.get(toks[j + 2]?.lower ?? "") : undefined;
  const shareOfCounted = groupCue !== undefined && groupCue !== "aboard";
  // A rating ("Category 4", "a 7.6-magnitude tremor killed …") counts no one, whatever verb follows it.
  const rating = RATING_SCALES.has(counted?.key ?? "");
  const tally = shareOfCounted || rating
    ? undefined
    : unit === "area"
      ? areaTally(toks, i, j)
      : (unit && !TALLIED_UNITS.has(unit)) || isPlaceCount(toks, i)
        ? undefined
        : ofBuildings(tallyOf(toks, named?.index ?? i, j, countedKey) ?? inherited?.tally, countedKey, earlier);
  // "the 650-seat House", "412 of the 650 seats": the chamber's size, said of no party; and seats a
  // party gained, lost or needs are a change, not the seats it holds.
  const chamber = countedKey === "seats" && (compound || toks[k]?.lower === "the" || !HOLDING_VERBS.has(toks[k]?.lower ?? ""));
  const quantity: Quantity = { low, high, step, hedged, alt: parsed.alt, anchor: chamber ? undefined : anchorOf(toks, start), tally, unit, counted: countedKey, start, end: Math.max(end, counted?.end ?? end) };
  if (size !== undefined) quantity.size = size;
  // "(114.8 degrees Fahrenheit)", "(195 kph)": a conversion of the figure before it, rounded as each outlet likes.
  const startAt = toks.findIndex((t) => t.start === start);
  if (toks[startAt - 1]?.text === "(") quantity.converted = true;
  // "No deaths": the figure is read with its noun, or it shows as a bare "No".
  if (parsed === NONE && NOUN_CUES.has(toks[i + 1]?.lower ?? "")) quantity.end = Math.max(quantity.end, toks[i + 1].end);
  if (inherited?.part || amongToll(toks, i, j)) quantity.part = true;
  if (counted?.moneyNoun) quantity.moneyNoun = true;
  // "compared with $188 million, or $1.63 a share": the per-share figure of that prior period too.
  if (priorPeriod(toks, k, j, unit) || (unit === "money" && toks[k]?.lower === "or" && earlier.at(-1)?.prior)) quantity.prior = true;
  // "killed 2,000 people and injured another 2,000": "another" after a count of another kind in
  // the sentence counts a new group, not more of an earlier one.
  const ofAnotherKind = earlier.length > 0 && earlier.at(-1)!.tally !== undefined && tally !== undefined && earlier.at(-1)!.tally !== tally;
  if (INCREMENT_WORDS.has(toks[j]?.lower ?? "") || ((toks[k]?.lower === "additional" || toks[k]?.lower === "another") && !ofAnotherKind)) quantity.increment = true;
  const found = tally === "missing" ? foundWord(toks, named?.index ?? i, j) : undefined;
  if (found) quantity.found = found;
  if (hedged) quantity.bound = bound ?? "estimate";
  if (hedges.some((h) => NEAR_HEDGES.has(h))) quantity.near = true;
  if (hedges.length && hedges.every((h) => STRICT_HEDGES.has(h))) quantity.strict = true;
  if (unit === "percent" || unit === "points" || unit === "money") readChange(toks, k, j, quantity);
  // A figure of change ("rose 5%", "5% higher") measures no one thing of the story.
  if (unit === "percent" && !quantity.change) {
    const measures = payRise(toks, startAt, j) ?? percentMeasure(toks, startAt, counted?.key, toks[j]?.lower === "of");
    if (measures) quantity.measures = measures;
  }
  return { quantity, next: j };
}

/**
 * Whether token k hedges the figure after it: "up to 50" bounds the figure, "rose to 50" does not.
 * (Module level, as the helpers below: keepNames transpilers name each closure made, and every
 * figure of every wording is read.)
 */
function hedgeAt(toks: Tok[], k: number): boolean {
  const word = toks[k].lower;
  if (word === "to") return toks[k - 1]?.lower === "up";
  // "up 843%" is a rise, "up to 50%" a ceiling.
  if (word === "up") return toks[k + 1]?.lower === "to";
  return HEDGES.has(word);
}

/**
 * "fell 2%", "closed down 2%", "rose by $3 billion", "2% higher": the word right before a figure of
 * change (past a "by") or right after it says which way it went. Versions that move that word
 * around the figure ("fell 2%" / "were 2% higher") set the two directions apart in no single change
 * of words, so the figure carries its own; the direction word joins the figure's span.
 */
function readChange(toks: Tok[], k: number, j: number, quantity: Quantity): void {
  const at = toks[k]?.lower === "by" ? k - 1 : k;
  const before = directionOf(toks[at]?.lower);
  if (before) {
    quantity.change = before;
    quantity.start = Math.min(quantity.start, toks[at].start);
    return;
  }
  const after = CHANGE_AFTER.has(toks[j]?.lower ?? "") ? directionOf(toks[j].lower) : undefined;
  if (after) {
    quantity.change = after;
    quantity.end = Math.max(quantity.end, toks[j].end);
  }
}

/** Words after a figure that say which way it went ("2% higher"). */
const CHANGE_AFTER = new Set(["higher", "lower", "up", "down"]);
const directionOf = (word: string | undefined): "up" | "down" | undefined => (word === undefined ? undefined : RISING.has(word) ? "up" : FALLING.has(word) ? "down" : undefined);

/** Words looked back from "of" for the group a figure counts. */
const GROUP_BEFORE_WINDOW = 4;

/**
 * "a non-farm payrolls reading of around 132,500", "a death toll of 24": the group is named
 * before the figure. Only known groups are taken this way; "a rate of 4" names no group.
 */
function groupBefore(toks: Tok[], k: number): { key: string; index: number } | undefined {
  if (toks[k]?.lower !== "of") return undefined;
  // "a majority of 174": the margin a party won, one fact of an election story.
  if (toks[k - 1]?.lower === "majority") return { key: MAJORITY, index: k - 1 };
  for (let m = k - 1; m >= 0 && m >= k - GROUP_BEFORE_WINDOW && toks[m].kind === "word"; m--) {
    const key = COUNTED_GROUPS.get(toks[m].lower);
    if (key) return { key, index: m };
  }
  return undefined;
}

const MAJORITY = "majority";
/** Words before a party's seat count that say it holds them: "won 412", "with 72", "reduced to 121". */
const HOLDING_VERBS = new Set("won win wins winning took take takes taking secured secure secures has have had holds hold held with to".split(" "));

/** The noun after the figure ("12 people", "98 percent of polling stations"), as a group key. */
function countedNoun(toks: Tok[], j: number, unit: string | undefined): { key: string; end: number; moneyNoun?: boolean } | undefined {
  let k = j;
  // "412 of the 650 seats": a party's share of the chamber counts seats.
  if (!unit && toks[k]?.lower === "of" && toks[k + 1]?.lower === "the" && toks[k + 2]?.kind === "num" && COUNTED_GROUPS.get(toks[k + 3]?.lower ?? "") === "seats") {
    return { key: "seats", end: toks[k + 3].end };
  }
  if (unit === "percent" && toks[k]?.lower === "of") {
    k++;
    if (toks[k]?.lower === "the") k++;
  }
  // "$43 million in federal taxes": what the money is, the head of the phrase after "in".
  // "between 23 and 25 of them were girls": the group is named after the pronoun.
  const ofThem = ofThemAt(toks, k);
  if (ofThem !== undefined) {
    const group = COUNTED_GROUPS.get(toks[ofThem]?.lower ?? "");
    return group ? { key: group, end: toks[ofThem].end } : undefined;
  }
  if (unit === "money" && toks[k]?.lower === "in") {
    let head: Tok | undefined;
    for (let m = k + 1; m < toks.length && m <= k + 3 && toks[m].kind === "word" && !FUNCTION.has(toks[m].lower); m++) head = toks[m];
    return head && { key: nounKey(head.lower), end: head.end, moneyNoun: true };
  }
  // "a 233-foot Super Heavy booster": a measure's noun comes after the name that qualifies it.
  if (unit && unit !== "money" && unit !== "percent") {
    for (let names = 0; names < 2 && STARTS_CAPITALISED.test(toks[k]?.text ?? "") && toks[k + 1]?.kind === "word"; names++) k++;
  }
  for (let skipped = 0; k < toks.length && skipped < 2; k++, skipped++) {
    const t = toks[k];
    // "2% higher": which way the figure went, not what it counts.
    if (t.kind !== "word" || FUNCTION.has(t.lower) || CHANGE_AFTER.has(t.lower)) return undefined;
    const group = COUNTED_GROUPS.get(t.lower);
    // "military personnel": both words name the group.
    if (group) return { key: group, end: COUNTED_GROUPS.get(toks[k + 1]?.lower ?? "") === group ? toks[k + 1].end : t.end };
    const next = toks[k + 1];
    if (TALLY_CUES.has(t.lower) && !(ATTRIBUTIVE_CUES.has(t.lower) && next?.kind === "word" && !FUNCTION.has(next.lower))) return undefined;
    const phrase = next && COUNTED_PHRASES.get(`${t.lower} ${next.lower}`);
    if (phrase) return { key: phrase, end: next.end };
    // An adjective before the noun ("military personnel", "polling stations"): look one further.
    if (next?.kind === "word" && !FUNCTION.has(next.lower) && (COUNTED_GROUPS.has(next.lower) || /s$/.test(next.lower)) && !/s$/.test(t.lower)) continue;
    return { key: nounKey(t.lower), end: t.end };
  }
  return undefined;
}

/** A unit word's dimension and how much of the dimension's base unit it is ("months": duration, 30.4375 days). */
const unitNamed = (word: string): [string | undefined, number | undefined] => [MEASURE_UNITS.get(word), UNIT_SIZES.get(word)];

/** Where the noun stands after "of them were" / "of whom are" at k, if that is what follows a figure. */
function ofThemAt(toks: Tok[], k: number): number | undefined {
  if (toks[k]?.lower !== "of" || !["them", "whom", "those"].includes(toks[k + 1]?.lower ?? "")) return undefined;
  return AUXILIARIES.has(toks[k + 2]?.lower ?? "") ? k + 3 : undefined;
}

/**
 * The words of "at least", "at most" and "up to": bounds at the figure itself; and "only", "just"
 * and "exactly", which stress the figure as it is ("picked up just six seats"), not an estimate of it.
 */
const STRICT_HEDGES = new Set(["at", "least", "most", "up", "to", "only", "just", "exactly"]);
/** Hedges that put a figure just short of its value, not anywhere below it as "up to" does. */
const NEAR_HEDGES = new Set(["nearly", "almost"]);

const INCREMENT_WORDS = new Set(["other", "more", "additional", "further"]);

const JOB_CUTS = "job cuts";
/** What job cuts count: jobs and those who hold them. */
const JOB_NOUNS = new Set(["jobs", "employee", "worker", "staff", "staffer"]);
/**
 * Cues that count people as losing jobs ("the cuts would affect 18,000 people", "laid off 200
 * people"); "cut off 5,000 people" or "cut benefits for 2 million people" is no job cut.
 */
const PEOPLE_LOSING_JOBS = new Set(["cuts", "layoffs", "lay-offs", "layoff", "laid", "lay", "laying"]);

/**
 * "Pounds" of money rather than of weight: a sum in another currency follows in parentheses, or a
 * word of paying stands just before ("fined the bank 42.6 million pounds", "a prize of 50,000 pounds").
 */
function poundsSterling(toks: Tok[], k: number, j: number): boolean {
  if (toks[j + 1]?.text === "(" && MEASURE_UNITS.get(toks[j + 2]?.text ?? "") === "money") return true;
  for (let m = k; m >= 0 && m > k - PAYING_WINDOW; m--) if (PAYING_WORDS.has(toks[m].lower)) return true;
  return false;
}
const PAYING_WINDOW = 5;
const PAYING_WORDS = new Set("fined fine fines penalty paid pay pays paying cost costs worth spent spend raised earned salary prize compensation damages bonus fee".split(" "));

/** Square units of area, in square metres ("40 square miles"). */
const SQUARE_UNITS: ReadonlyMap<string, number> = new Map([
  ["miles", 2_589_988.110336], ["mile", 2_589_988.110336], ["kilometers", 1e6], ["kilometres", 1e6], ["kilometer", 1e6], ["kilometre", 1e6], ["km", 1e6],
]);

/**
 * What a fire or a flood covered ("had burned more than 14,000 acres", "scorched nearly 20,000
 * acres", "had grown to 19,904 acres", "5,000 hectares flooded"): one fact of the story. An area
 * said of anything else ("a 2,000-acre ranch") is compared only inside its statement.
 */
function areaTally(toks: Tok[], i: number, j: number): string | undefined {
  for (let k = i - 1, d = 1; k >= 0 && d <= TALLY_BEFORE; k--, d++) {
    if (CLAUSE_BREAK.has(toks[k].text) || toks[k].kind === "num" || toks[k].text === ",") break;
    if (AREA_VERBS.has(toks[k].lower)) return AREA;
  }
  for (let k = j, d = 1; k < toks.length && d <= 3; k++, d++) {
    if (CLAUSE_BREAK.has(toks[k].text) || toks[k].kind === "num" || toks[k].text === ",") break;
    if (AREA_VERBS.has(toks[k].lower)) return AREA;
  }
  return undefined;
}
const AREA = "area";
const AREA_VERBS = new Set("burned burnt burning burns scorched charred blackened consumed grown grew spread flooded inundated submerged".split(" "));

/**
 * Destroyed and damaged are counted of buildings ("destroying 90 homes", "132 structures", "88
 * damaged" after them): what a fire or a quake wrecked is one fact of the story; a count of
 * anything else wrecked (vehicles, tanks, drones) is left to its statement.
 */
function ofBuildings(tally: string | undefined, counted: string | undefined, earlier: Quantity[]): string | undefined {
  if (tally !== "destroyed" && tally !== "damaged") return tally;
  if (counted) return BUILDINGS.has(counted) ? tally : undefined;
  const before = earlier.at(-1);
  return before && (before.tally === "destroyed" || before.tally === "damaged") ? tally : undefined;
}
const BUILDINGS = new Set("home house structure building residence dwelling apartment business property".split(" "));

/** Units a tally may come in: money paid to the hurt. A percentage near "deaths" is a rate or a risk, never a toll. */
const TALLIED_UNITS = new Set(["money"]);

const nounKey = (w: string) => americanSpelling(w.replace(/['’]s$/, "")).replace(/(?:ies)$/, "y").replace(/(?<=[^s])s$/, "");

const AUXILIARIES = new Set("were was are is have has had".split(" "));

/** "in 15 states", "in 12 countries": how many places the counted are found in, never a toll. */
const isPlaceCount = (toks: Tok[], k: number) => toks[k].kind === "num" && toks[k - 1]?.lower === "in" && PLACES_COUNTED.has(toks[k + 1]?.lower ?? "");
const PLACES_COUNTED = new Set("states countries counties provinces cities regions districts towns villages nations territories".split(" "));

/**
 * What a percentage measures, where a noun names it: before it with "of" ("a premium of 32%", "a
 * turnout of 61%") or right after it ("a 23% premium"). A share of a group ("52% of voters") is
 * not a measure, nor a change ("a 5% rise"), which any figure of the story may undergo.
 */
function percentMeasure(toks: Tok[], startAt: number, counted: string | undefined, shareOf: boolean): string | undefined {
  let at = startAt;
  if (toks[at - 1]?.lower === "a" || toks[at - 1]?.lower === "an") at--;
  // "a premium of 32%"; "Turnout was 64.4%", "turnout reached 46.4%": the noun the figure is said of.
  let verb = at - 1;
  if (toks[verb]?.lower === "to" || toks[verb]?.lower === "at") verb--;
  const before = toks[at - 1]?.lower === "of" ? toks[at - 2] : LEVEL_VERBS.has(toks[verb]?.lower ?? "") || AUXILIARIES.has(toks[verb]?.lower ?? "") ? toks[verb - 1] : undefined;
  const noun = before?.kind === "word" && !FUNCTION.has(before.lower) ? nounKey(before.lower) : shareOf ? undefined : counted;
  return noun && isCommonWord(noun) && !CHANGE_NOUNS.has(noun) && !GENERIC_MEASURES.has(noun) && !PRONOUNS.has(noun) ? noun : undefined;
}
/**
 * "38% pay raises", "a 38% general wage increase", "a pay rise of 35%": a rise, but of pay, the one
 * fact a labour deal is reported by, unlike a rise of anything else (CHANGE_NOUNS).
 */
function payRise(toks: Tok[], startAt: number, j: number): string | undefined {
  let k = j;
  for (let adjectives = 0; adjectives < 2 && toks[k]?.kind === "word" && !PAY_WORDS.has(toks[k].lower) && !FUNCTION.has(toks[k].lower); adjectives++) k++;
  if (PAY_WORDS.has(toks[k]?.lower ?? "") && RISE_WORDS.has(toks[k + 1]?.lower ?? "")) return PAY_RISE;
  const [of, rise, pay] = [toks[startAt - 1], toks[startAt - 2], toks[startAt - 3]];
  return of?.lower === "of" && RISE_WORDS.has(rise?.lower ?? "") && PAY_WORDS.has(pay?.lower ?? "") ? PAY_RISE : undefined;
}
const PAY_RISE = "pay rise";
const PAY_WORDS = new Set("pay wage wages salary salaries compensation".split(" "));
const RISE_WORDS = new Set("raise raises rise rises increase increases hike hikes".split(" "));

/**
 * Nouns a story uses of several figures at once ("an effective tax rate of 35.7 percent" for one
 * year, "a combined rate of 45.8 percent"): they name no one fact.
 */
const GENERIC_MEASURES = new Set("rate share percentage proportion level average total majority portion part".split(" "));
const PRONOUNS = new Set("he she it they we i you this that these those there who which".split(" "));
/** Nouns of a change, said of any figure: "a 5% rise", "an increase of 3%". */
const CHANGE_NOUNS = new Set("rise increase decrease drop fall decline gain jump growth cut reduction hike surge plunge slump loss rally raise boost dip slide".split(" "));

/** A temperature scale after a figure: "C" or "F" glued to it, "°C", "degrees Celsius", "degrees F". */
function temperatureAt(toks: Tok[], j: number): { scale: string; next: number } | undefined {
  let k = j;
  if (/^(?:degrees?|°)$/.test(toks[k]?.lower ?? "")) k++;
  const word = toks[k]?.lower.replace(/^°/, "") ?? "";
  const scale = /^(?:c|celsius|centigrade)$/.test(word) ? "celsius" : /^(?:f|fahrenheit)$/.test(word) ? "fahrenheit" : undefined;
  if (!scale) return undefined;
  // A bare letter is a scale only glued to the figure or after "degrees": "46C", not "46 F-16s".
  if (word.length === 1 && k === j && toks[k].start !== toks[j - 1].end) return undefined;
  return { scale, next: k + 1 };
}

/** Metres in a nautical mile. */
const NAUTICAL_MILE = 1852;

/** Cue nouns that also modify a noun after them ("rescue boats", "death row", "board members"). */
const ATTRIBUTIVE_CUES = new Set("rescue death injury arrest board case".split(" "));

/** Window of words around a figure in which its verb or tally noun is found. */
const TALLY_BEFORE = 5;
const TALLY_AFTER = 6;

/** What tallyOf has found so far, and what it reads each cue with. */
interface TallySearch {
  toks: Tok[];
  j: number;
  counted: string | undefined;
  /** "two-thirds of the 58 people aboard were killed": the figure is the whole group, counted only by its own words. */
  whole: boolean;
  best: { tally: string; distance: number } | undefined;
}

/** Token k as the figure's tally cue, `distance` tokens away (before it, or `after`): kept in `search` when it is the closest yet. */
function considerCue(search: TallySearch, k: number, distance: number, after = false): void {
  const { toks, j, counted, whole, best } = search;
  const t = toks[k];
  if (t.kind !== "word") return;
  const tally = TALLY_CUES.get(t.lower) ?? nearCue(t.lower);
  if (!tally) return;
  // "cut 15,000 jobs" is a count of job cuts; "cut power to 45,000 customers" is not.
  if (tally === JOB_CUTS && !(counted && (JOB_NOUNS.has(counted) || (counted === "people" && PEOPLE_LOSING_JOBS.has(t.lower))))) return;
  if (whole && (!after || (tally !== "aboard" && k > j))) return;
  if (after && distance > 2 && NOUN_CUES.has(t.lower)) return;
  // "four rescue boats", "12 board members": a cue noun before another noun only says what kind they are.
  if (after && ATTRIBUTIVE_CUES.has(t.lower) && toks[k + 1]?.kind === "word" && !FUNCTION.has(toks[k + 1].lower)) return;
  // "40 people on board were brought to a hospital": where they were, not what is counted.
  if (tally === "aboard" && after && AUXILIARIES.has(toks[k + 1]?.lower ?? "")) return;
  // "on board" says where the counted were; a verb of what happened to them says more.
  const weight = tally === "aboard" ? distance + TALLY_AFTER : distance;
  if (!best || weight < best.distance || (weight === best.distance && after)) search.best = { tally, distance: weight };
}

function tallyOf(toks: Tok[], i: number, j: number, counted?: string): string | undefined {
  const search: TallySearch = { toks, j, counted, whole: isWholeOfShare(toks, i), best: undefined };
  // "62 people have been rescued alive, 14 people have been found dead": a cue before a comma is
  // said of the list's last item; the figure's own clause, after it, speaks first.
  let beforeComma: string | undefined;
  for (let k = i - 1, d = 1; k >= 0 && d <= TALLY_BEFORE; k--, d++) {
    if (CLAUSE_BREAK.has(toks[k].text) || toks[k].kind === "num" || toks[k].lower === "and" || toks[k].lower === "but") break;
    if (toks[k].text === ",") {
      for (let m = k - 1; m >= 0 && d < TALLY_BEFORE && !beforeComma && !CLAUSE_BREAK.has(toks[m].text) && toks[m].kind !== "num"; m--, d++) beforeComma = TALLY_CUES.get(toks[m].lower);
      break;
    }
    considerCue(search, k, d);
  }
  for (let k = j, d = 1; k < toks.length && d <= TALLY_AFTER; k++, d++) {
    // "74 people in 15 states have gotten sick": the places they are in, not another count.
    if (isPlaceCount(toks, k)) {
      k++;
      continue;
    }
    if (CLAUSE_BREAK.has(toks[k].text) || toks[k].kind === "num" || toks[k].text === ",") break;
    // "killing at least 16 people and injuring dozens": with a cue before the figure, what follows
    // "and" is said of another count.
    if (search.best && (toks[k].lower === "and" || toks[k].lower === "but")) break;
    considerCue(search, k, d, true);
  }
  // "The death toll … rose to 14 as rescuers searched": the toll is the figure's subject, whatever follows it.
  return tollRisenTo(toks, i) ?? search.best?.tally ?? antecedentTally(toks, i, j) ?? notSeen(toks, j) ?? withoutPower(toks, i, j) ?? beforeComma;
}

/** Tokens looked back from "of them" for the group it stands for. */
const ANTECEDENT_WINDOW = 25;

/**
 * "The total number of missing was not known but the sheriff said between 23 and 25 of them were
 * girls": "of them" stands for the group named before it, whose tally the figure takes.
 */
function antecedentTally(toks: Tok[], i: number, j: number): string | undefined {
  if (ofThemAt(toks, j) === undefined) return undefined;
  for (let m = i - 1; m >= 0 && m >= i - ANTECEDENT_WINDOW; m--) {
    if (CLAUSE_BREAK.has(toks[m].text)) return undefined;
    if (toks[m].kind === "num") continue;
    const tally = TALLY_CUES.get(toks[m].lower);
    if (tally) return tally;
  }
  return undefined;
}

/**
 * "27 girls who have not been seen since": not seen, not found, not heard from are missing; so are
 * those still being searched for or sought.
 */
function notSeen(toks: Tok[], j: number): string | undefined {
  for (let k = j; k < toks.length && k <= j + TALLY_AFTER; k++) {
    if (CLAUSE_BREAK.has(toks[k].text) || toks[k].kind === "num") return undefined;
    if (/^(?:seen|found|located|heard)$/.test(toks[k].lower) && toks[k - 1]?.lower === "been" && /^(?:not|never)$/.test(toks[k - 2]?.lower ?? "")) return TALLY_CUES.get("missing");
    if (/^(?:searched|sought)$/.test(toks[k].lower) && toks[k - 1]?.lower === "being") return TALLY_CUES.get("missing");
  }
  return undefined;
}

/**
 * "knocking out power to more than 400,000 homes", "600,000 homes and businesses without power",
 * "450,000 customers lost power": a count of the outage, one fact of a storm story across versions.
 */
function withoutPower(toks: Tok[], i: number, j: number): string | undefined {
  for (let k = j; k < toks.length && k <= j + POWER_AFTER && !CLAUSE_BREAK.has(toks[k].text) && toks[k].kind !== "num"; k++) {
    if (toks[k].lower === "power" && /^(?:without|lost|lose|losing)$/.test(toks[k - 1]?.lower ?? "")) return POWER;
  }
  // "knocking out power to 400,000", "cut power to 400,000", "shut off power to 45,000"
  let k = i - 1;
  for (let d = 0; k >= 0 && d < 3 && /^(?:more|than|over|nearly|about|some|at|least|to)$/.test(toks[k].lower); d++) k--;
  return toks[k]?.lower === "power" && /^(?:out|off|cut|knocked|knocking)$/.test(toks[k - 1]?.lower ?? "") ? POWER : undefined;
}
const POWER = "without power";
/** Tokens looked at after a figure for "without power" ("homes and businesses without power"). */
const POWER_AFTER = 6;

/** Verbs that give a toll its new level: "the death toll … rose to 36", "… stood at 12". */
const LEVEL_VERBS = new Set("rose risen climbed jumped increased grew reached hit stood stands is was now".split(" "));
/** Tokens looked back from the verb for the toll it is said of. */
const TOLL_WINDOW = 25;

/**
 * "The death toll from the collision between a passenger train and a freight train rose to 36":
 * the toll is the subject, however long the phrase that names the disaster before the verb.
 */
function tollRisenTo(toks: Tok[], i: number): string | undefined {
  let k = i - 1;
  if (toks[k]?.lower === "to" || toks[k]?.lower === "at") k--;
  if (!LEVEL_VERBS.has(toks[k]?.lower ?? "")) return undefined;
  for (let m = k - 1; m >= 0 && m >= k - TOLL_WINDOW; m--) {
    if (CLAUSE_BREAK.has(toks[m].text) || toks[m].kind === "num") return undefined;
    if (toks[m].lower === "toll") return TALLY_CUES.get("toll");
  }
  return undefined;
}

/** Words that take a share of a group: "half of", "two-thirds of the", "most of the", "38 of the". */
const SHARE_WORDS = new Set("half third thirds quarter quarters fifth fifths tenth tenths most many some all none several majority minority few dozens hundreds percent".split(" "));

/** Whether the figure at i is the whole a share is taken of ("… of the 58 people"). */
function isWholeOfShare(toks: Tok[], i: number): boolean {
  let k = i - 1;
  if (toks[k]?.lower === "the") k--;
  if (toks[k]?.lower !== "of") return false;
  const share = toks[k - 1];
  if (!share) return false;
  return share.kind === "num" || share.text === "%" || SHARE_WORDS.has(share.lower) || SHARE_WORDS.has(share.lower.split("-").pop() ?? "");
}

/** Words saying that the missing were found, dead or alive. */
const FOUND_CUES = new Set("found recovered retrieved located identified".split(" "));

/** "The remains of five missing soldiers have been recovered": the missing are missing no more. */
function foundWord(toks: Tok[], i: number, j: number): string | undefined {
  // Not past a comma or an "and": "14 have been found dead, and 21 are still missing" finds the 14 only.
  for (let k = i - 1, d = 1; k >= 0 && d <= TALLY_BEFORE && !CLAUSE_BREAK.has(toks[k].text) && toks[k].text !== "," && toks[k].lower !== "and"; k--, d++) if (FOUND_CUES.has(toks[k].lower)) return toks[k].lower;
  for (let k = j, d = 1; k < toks.length && d <= TALLY_AFTER && !CLAUSE_BREAK.has(toks[k].text) && toks[k].text !== ","; k++, d++) if (FOUND_CUES.has(toks[k].lower)) return toks[k].lower;
  return undefined;
}

/**
 * "including 14 children" takes the tally of the figure it breaks down, and is a part of it; so is
 * a figure coordinated with a part ("including three pilots and five crew").
 */
function inheritedTally(toks: Tok[], i: number, earlier: Quantity[]): { tally?: string; part: boolean } | undefined {
  const lead1 = toks[i - 1]?.lower;
  const lead2 = toks[i - 2]?.lower;
  const breaksDown = lead1 === "including" || lead2 === "including";
  // "killing at least 42 soldiers … and three civilians": the second count shares the verb.
  const coordinated = lead1 === "and" || (lead2 === "and" && HEDGES.has(lead1 ?? ""));
  const before = earlier.at(-1);
  if (breaksDown) return { tally: before?.tally, part: true };
  return coordinated ? { tally: before?.tally, part: !!before?.part } : undefined;
}

/**
 * A sum a result is compared with, in the grammar of earnings copy: "compared with $4.54 billion",
 * "from $188 million", "versus $1.71", "its previous range of $6.80", "$188 million a year ago".
 * Sums only: a share after "from" is as often what a count covers ("results from 98 percent of
 * polling stations") as a base.
 */
function priorPeriod(toks: Tok[], k: number, j: number, unit: string | undefined): boolean {
  if (unit !== "money") return false;
  const before = (n: number) => toks[k - n]?.lower;
  if (PRIOR_BEFORE.has(before(0) ?? "") || ((before(0) === "with" || before(0) === "to") && before(1) === "compared")) return true;
  if ([0, 1, 2, 3].some((n) => before(n) === "previous" || before(n) === "prior")) return true;
  const after = toks.slice(j, j + PRIOR_AFTER_WORDS).map((t) => t.lower).join(" ");
  return /^(?:\S+ ){0,4}(?:a year (?:ago|earlier)|last year|the year before|in the year-ago|in the same (?:period|quarter))/.test(after);
}

const PRIOR_BEFORE = new Set(["from", "versus", "vs", "against"]);
/** Words after a sum read for "a year ago". */
const PRIOR_AFTER_WORDS = 9;

/** Unit words written as abbreviations, whose period belongs to them. */
const ABBREVIATED_UNITS = new Set(["lb", "lbs", "oz", "kg", "ft", "km", "cm", "mm", "mi", "yd", "yds", "hr", "hrs", "min", "sec"]);

/** Tokens after a count within which "among" makes it one group of a toll. */
const AMONG_AFTER = 4;

/** "Two firefighters were among the injured", "among them three children": one group of a toll, not the toll. */
function amongToll(toks: Tok[], i: number, j: number): boolean {
  if (toks[i - 1]?.lower === "them" && toks[i - 2]?.lower === "among") return true;
  for (let k = j; k < toks.length && k <= j + AMONG_AFTER && !CLAUSE_BREAK.has(toks[k].text); k++) if (toks[k].lower === "among") return true;
  return false;
}

const LONG_CUES = [...TALLY_CUES.keys()].filter((w) => w.length >= 6);

/**
 * A cue word misspelt by one letter ("recued" for "rescued"): wire copy has typos. A word the
 * dictionary knows is no typo: "rescuers" are who rescue, not the rescued.
 */
function nearCue(word: string): string | undefined {
  if (word.length < 5 || isCommonWord(word)) return undefined;
  for (const cue of LONG_CUES) if (Math.abs(cue.length - word.length) <= 1 && editDistanceOne(cue, word)) return TALLY_CUES.get(cue);
  return undefined;
}

function editDistanceOne(a: string, b: string): boolean {
  if (a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Tokens looked back for the name a figure is said of. */
const ANCHOR_WINDOW = 10;

function anchorOf(toks: Tok[], start: number): string | undefined {
  let i = toks.findIndex((t) => t.start >= start);
  if (i < 0) i = toks.length;
  for (let k = i - 1, n = 0; k >= 0 && n < ANCHOR_WINDOW; k--, n++) {
    const t = toks[k];
    if (t.kind === "num" || t.text === ";" ) return undefined;
    if (t.kind !== "word" || !CAPITALISED_WORD.test(t.text)) continue;
    const prev = toks[k - 1];
    if (prev && (prev.text === "." || prev.text === "\u201c" || prev.text === '"')) continue;
    if (isMonth(monthForm(t.lower)) || isWeekday(t.lower) || FUNCTION.has(t.lower)) continue;
    return t.lower.replace(/['’]s$/, "");
  }
  return undefined;
}

// Module level: the transpiler turns a \p{…} pattern into a RegExp built on every call.
const STARTS_CAPITALISED = /^\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
