/** Number words, ordinals, scale words and units: enough to read "six", "three decades", "$2.8bn", "24th". */
import { wordTable } from "../collections";

const UNITS = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORDINAL_UNITS = [
  "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
];
const ORDINAL_TENS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

/** A figure as written, digits with their group and decimal marks ("227,000", "40.2"). */
export const WRITTEN_FIGURE = /\d+(?:[.,]\d+)*/g;

/** Fractions printed as one character, as numerator and denominator ("½" is 1/2). */
export const PRINTED_FRACTIONS = wordTable({ "½": [1, 2], "¼": [1, 4], "¾": [3, 4], "⅓": [1, 3], "⅔": [2, 3] });

/** "1⁄2" written with the fraction slash (U+2044) is "1/2"; one character for one, so offsets stay. */
export const withPlainSlash = (text: string) => (text.includes("\u2044") ? text.replace(/\u2044/g, "/") : text);

/** Cardinal and ordinal words below a hundred → value ("six" → 6, "third" → 3, "twenty" → 20); "both" is two. */
export const SIMPLE_NUMBER_WORDS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>([["both", 2]]);
  UNITS.forEach((w, i) => map.set(w, i));
  ORDINAL_UNITS.forEach((w, i) => map.set(w, i));
  TENS.forEach((w, i) => w && map.set(w, i * 10));
  ORDINAL_TENS.forEach((w, i) => w && map.set(w, i * 10));
  return map;
})();

/**
 * Number words that are rarely a quantity: "one" (a pronoun as often as a figure), "first" and
 * "second" (rank and time: "the first patient", "a second look"). They are not read as figures.
 */
export const AMBIGUOUS_NUMBER_WORDS: ReadonlySet<string> = new Set(["one", "first", "second"]);

/** Scale words → multiplier ("billion", "bn"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["hundred", 1e2],
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
  ["dozen", 12],
  ["bn", 1e9],
  ["mn", 1e6],
  ["tn", 1e12],
  ["trn", 1e12],
]);

/** Short scale suffixes glued to a figure ("$2.8bn", "£5m") → the scale word. */
export const SCALE_SUFFIXES: ReadonlyMap<string, string> = new Map([
  ["bn", "billion"],
  ["b", "billion"],
  ["mn", "million"],
  ["m", "million"],
  ["tn", "trillion"],
  ["trn", "trillion"],
  ["k", "thousand"],
]);

/** Words that say what a figure counts; they travel with the figure in summaries. */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  "percent", "points", "point", "cents", "cent", "dollars", "dollar", "euros", "euro", "pounds", "pound",
  "yen", "yuan", "francs", "franc", "rubles", "roubles", "ruble", "rupees", "rupee", "pence", "shares",
  "people", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour",
  "minutes", "minute", "nautical", "miles", "mile", "kilometers", "kilometres", "kilometer", "kilometre", "km", "meters", "metres",
  "meter", "metre", "feet", "foot", "inches", "inch", "yards", "yard", "acres", "acre", "tons", "ton", "tonnes", "tonne",
  "barrels", "votes", "seats", "members", "troops", "soldiers", "deaths", "dead", "victims", "cases",
  "decades", "decade", "centuries", "century", "times", "basis",
]);

export const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(["$", "€", "£", "¥", "₹", "₽"]);

/** Words that hedge a figure ("about", "more than"): changing them changes precision, not the figure. */
export const APPROXIMATORS: ReadonlySet<string> = new Set([
  "about", "around", "approximately", "roughly", "nearly", "almost", "some", "over", "under", "more",
  "less", "fewer", "than", "least", "most", "up", "to", "just", "only", "at", "estimated", "exactly",
  "barely", "close", "upwards", "nearby",
]);

/** Value of a count written in digits or in words ("12", "Twelve"), or undefined. */
export const countValue = (written: string): number | undefined => (/^\d+$/.test(written) ? Number(written) : numberWordValue(written.toLowerCase()));

/** Value of a number word or hyphenated compound ("six" → 6, "twenty-five" → 25, "24th" → 24), or undefined. */
export function numberWordValue(word: string): number | undefined {
  const simple = SIMPLE_NUMBER_WORDS.get(word);
  if (simple !== undefined) return simple;
  // Asked of every word of every sentence: only a hyphenated one can be "twenty-five".
  if (!word.includes("-")) return undefined;
  const parts = word.split("-");
  if (parts.length === 2) {
    const tens = SIMPLE_NUMBER_WORDS.get(parts[0]);
    const unit = SIMPLE_NUMBER_WORDS.get(parts[1]);
    if (tens !== undefined && unit !== undefined && tens >= 20 && tens % 10 === 0 && unit > 0 && unit < 10) return tens + unit;
  }
  return undefined;
}

/**
 * Nouns a number word joins with a hyphen to make a measure or a count: "a two-year sentence", "a
 * five-story building", "a three-time champion", "a first-degree charge". Such a compound states the
 * same figure as "2-year", so it is read as the number word, a hyphen and the noun. Nouns of idioms
 * ("one-sided", "two-faced", "one-off") are not here.
 */
const COUNTED_NOUNS: ReadonlySet<string> = new Set([
  "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century",
  "inch", "foot", "yard", "mile", "meter", "metre", "kilometer", "kilometre", "acre", "hectare",
  "ounce", "pound", "ton", "tonne", "gallon", "liter", "litre", "degree", "percent", "point",
  "story", "storey", "floor", "room", "bedroom", "lane", "car", "vehicle", "alarm", "page", "count",
  "game", "match", "round", "set", "stage", "race", "goal", "run", "seat", "vote", "term", "time",
  "member", "person", "man", "woman", "judge", "nation", "country", "state", "team", "player", "justice",
]);

const HYPHENATED = /[-‐‑]/;

/**
 * Whether the two words written after a figure make it a person's age: "-" and "year-old"
 * ("a 25-year-old man"), or "years" and "old". Both the diff's tokens and the figure reader's ask.
 */
export function agedBy(next: string | undefined, after: string | undefined): boolean {
  if (next === undefined || after === undefined) return false;
  const [a, b] = [next.toLowerCase(), after.toLowerCase()];
  return HYPHEN.test(a) ? AGE_COMPOUND.test(b) : AGE_UNIT.test(a) && b === "old";
}

const HYPHEN = /^[-‐‑]$/;
const AGE_COMPOUND = /^(?:year|month|week|day)s?[-‐‑]old$/;
const AGE_UNIT = /^(?:years?|months?|weeks?|days?)$/;

/**
 * In "two-year-old" or "twenty-five-day", how many characters the number word that opens the
 * compound takes; 0 when the compound does not open with a number word before a counted noun.
 */
export function numberOpeningCompound(word: string): number {
  // Every word of every sentence is asked: most have no hyphen, and need no split to say so.
  if (!HYPHENATED.test(word)) return 0;
  const parts = word.toLowerCase().split(HYPHENATED);
  for (const take of [2, 1]) {
    if (parts.length <= take || !COUNTED_NOUNS.has(parts[take])) continue;
    const head = parts.slice(0, take).join("-");
    if (head !== "both" && numberWordValue(head) !== undefined) return head.length;
  }
  return 0;
}

/**
 * Value of a written figure: "2.5", "1,000", "24th", "23/32" (a fraction), "1.2891". Undefined when
 * it is not one. Grouping commas must come in threes, so "1,2" is not read as 12.
 */
export function numeralValue(text: string): number | undefined {
  const seconds = raceTimeSeconds(text);
  if (seconds !== undefined) return seconds;
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/i.exec(text);
  if (ordinal) return Number(ordinal[1]);
  const fraction = /^(\d+)\/(\d+)$/.exec(text);
  if (fraction) return Number(fraction[2]) === 0 ? undefined : Number(fraction[1]) / Number(fraction[2]);
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ""));
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  if (/^\.\d+$/.test(text)) return Number(`0${text}`);
  return undefined;
}

/**
 * "2:09:56", "2:11:53.4": hours, minutes and seconds, a race time or a span, never a clock time
 * (news gives clocks no seconds). In seconds, so a changed second is a changed figure.
 */
export function raceTimeSeconds(text: string): number | undefined {
  const m = RACE_TIME.exec(text);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
}
export const RACE_TIME = /^(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d+)?)$/;
