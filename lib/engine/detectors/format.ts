/**
 * Format: the same words written another way — split or joined ("half century" / "half-century",
 * "can not" / "cannot"), contracted ("didn't" / "did not"), a figure in other units of writing
 * ("2 million" / "2,000,000"), an acronym for the name it abbreviates ("HP" / "Hewlett-Packard").
 */
import { expandContraction, mayBeContraction } from "../lexicon/contractions";
import { isMonth, isWeekday } from "../lexicon/calendar";
import { placeNamed } from "../lexicon/countries";
import { isCommonWord } from "../lexicon/wordnet";
import { memoByWord } from "../lexicon/word-memo";
import type { Token } from "../tokenize";
import type { Detector, Side } from "./detector";
import * as numberReadings from "./number";
import * as wordsModule from "./words";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { figuresOf } = numberReadings;
const { abbreviatesTitle, wordsOf } = wordsModule;

/** Ambiguous contractions ("it's": is or has) whose readings are tried; more are read one way. */
const MAX_AMBIGUOUS = 4;

/** Spelling out a contraction adds at most a few letters ("won't" → "will not", "ain't" → "is not"). */
const MAX_CONTRACTION_GAIN = 4;

/** Letters of the tokens' normal forms (a loop: keepNames transpilers name a closure per call). */
function letterCount(tokens: Token[]): number {
  let n = 0;
  for (const t of tokens) n += t.norm.length;
  return n;
}
const CONTRACTED_WHOLE = new Set(["cannot", "gonna", "wanna", "gotta"]);
const isContraction = (t: Token) => t.norm.includes("'") || CONTRACTED_WHOLE.has(t.norm);

/** Contractions among tokens (a loop, not a filter over a joined list: every hunk is judged). */
function contractionsIn(tokens: Token[]): number {
  let n = 0;
  for (const t of tokens) if (isContraction(t)) n++;
  return n;
}

/** The passage's letters and digits run together, under every reading of its contractions. */
function looseReadings(tokens: Token[]): Set<string> {
  // Loops rather than closures: keepNames transpilers (tsx runs the benchmarks so) name each closure made.
  const forms: Array<readonly string[]> = [];
  const ambiguous: number[] = [];
  for (const t of tokens) {
    const f = looseForms(t.norm);
    if (f.length > 1 && ambiguous.length < MAX_AMBIGUOUS) ambiguous.push(forms.length);
    forms.push(f);
  }
  const readings = new Set<string>();
  for (let combo = 0; combo < 1 << ambiguous.length; combo++) {
    let reading = "";
    let bit = 0;
    for (let i = 0; i < forms.length; i++) {
      const chosen = bit < ambiguous.length && ambiguous[bit] === i ? (combo & (1 << bit++) ? forms[i][1] : forms[i][0]) : forms[i][0];
      reading += chosen;
    }
    readings.add(reading);
  }
  return readings;
}

/** Whether the two passages read alike under some reading of each one's contractions. */
function shareLooseReading(a: Token[], b: Token[]): boolean {
  // Most passages have one reading: two strings compared, no sets of readings made.
  const onlyA = soleReading(a);
  const onlyB = onlyA === undefined ? undefined : soleReading(b);
  if (onlyA !== undefined && onlyB !== undefined) return onlyA === onlyB;
  const readingsA = looseReadings(a);
  for (const reading of looseReadings(b)) if (readingsA.has(reading)) return true;
  return false;
}

/** looseReadings of a passage whose every token reads one way: its one reading; undefined when some token reads two. */
function soleReading(tokens: Token[]): string | undefined {
  let reading = "";
  for (const t of tokens) {
    // A word of plain letters and digits that is no contraction (most) is its own one reading: the
    // memo is not asked (every changed word of a comparison would be read into it once).
    if (isPlainLowerCase(t.norm) && !mayBeContraction(t.norm)) {
      reading += t.norm;
      continue;
    }
    const forms = looseForms(t.norm);
    if (forms.length > 1) return undefined;
    reading += forms[0];
  }
  return reading;
}

/** Only a to z and 0 to 9: lowering and looseForms' pattern leave such a word as it is. */
function isPlainLowerCase(norm: string): boolean {
  if (!norm.length) return false;
  for (let i = 0; i < norm.length; i++) {
    const code = norm.charCodeAt(i);
    if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))) return false;
  }
  return true;
}

/** A normal form's letters and digits under each reading of it as a contraction; read once per form. */
const looseForms = memoByWord(50_000, (norm: string): readonly string[] => expandContraction(norm.toLowerCase()).map((f) => f.replace(/[^\p{L}\p{N}]/gu, "")));

/** "2 million" and "2,000,000" and "two million" read as the same figures, words aside. */
function sameFiguresSameWords(base: Side, other: Side): boolean {
  const a = figuresOf(base);
  // Most changes hold no figure: the other side's are then read only by the number detector, if it is reached.
  if (!a.length) return false;
  const b = figuresOf(other);
  if (a.length !== b.length) return false;
  if (a.some((f, i) => f.value !== b[i].value)) return false;
  const rest = (side: Side, used: Set<Token>) => wordsOf(side).filter((t) => !used.has(t)).map((t) => t.norm);
  const restA = rest(base, new Set(a.flatMap((f) => f.tokens)));
  const restB = rest(other, new Set(b.flatMap((f) => f.tokens)));
  return restA.join(" ") === restB.join(" ");
}

// Module level: a transpiler that lowers `\p{…}` patterns builds a literal anew at every call.
const CAPITAL_FIRST = /^\p{Lu}/u;
const LOWER_CASE_ASCII = /[a-z]/;

/** "HP" / "Hewlett-Packard", "G+J" / "Gruner & Jahr": one side is the initials of the other's name. */
export function isAcronymOf(short: Token[], long: Token[]): boolean {
  // A lower-case letter a to z is kept among the letters and changes when raised: no initials then
  // (most words), read before any pattern runs.
  if (short.length !== 1 || long.length < 1 || LOWER_CASE_ASCII.test(short[0].text)) return false;
  const letters = short[0].text.replace(/[^\p{L}]/gu, "");
  if (letters.length < 2 || letters !== letters.toUpperCase()) return false;
  const words = long.flatMap((t) => t.text.split(/[-‐‑\s]+/)).filter(Boolean);
  const initials = (ws: string[]) => ws.map((w) => w[0]).join("").toUpperCase();
  // "Standard & Poor's" → "SP" (lower-case words like "broad" may lead); "vice-president" → "VP".
  const capitalised = words.filter((w) => CAPITAL_FIRST.test(w));
  if ((capitalised.length >= 2 && initials(capitalised) === letters) || (words.length >= 2 && initials(words) === letters) || abbreviatesTitle(short, long)) return true;
  // "FDA" / "U.S. Food and Drug Administration": the country before an agency's name is not in its initials.
  const [first, ...rest] = capitalised;
  if (first && isCountry(first) && rest.length >= 2 && initials(rest) === letters) return true;
  // "JFK" / "John F. Kennedy International": common words after the initials say what the named thing is.
  const named = capitalised.slice(0, letters.length);
  return letters.length >= 3 && capitalised.length > letters.length && initials(named) === letters && capitalised.slice(letters.length).every(isCommonWord);
}

const isCountry = (word: string) => placeNamed(word.replace(/\./g, ""))?.role === "name";

/**
 * "said on Thursday" / "said Thursday", "on Feb. 3" / "Feb. 3": American style drops the "on"
 * before a day or a date, and a copy edited to it says the same.
 */
function onBeforeDate(withOn: Side, without: Side): boolean {
  if (without.tokens.length || withOn.tokens.length !== 1 || withOn.tokens[0].norm.toLowerCase() !== "on") return false;
  const next = withOn.row.tokens[withOn.to]?.norm.toLowerCase();
  return next !== undefined && (isWeekday(next) || isMonth(next));
}

/** isAcronymOf's first test of the short side, read before the long side's words are gathered. */
const mayBeInitials = (t: Token) => !LOWER_CASE_ASCII.test(t.text);

/** Module level: keepNames transpilers (tsx runs the benchmarks so) name each closure made. */
const withoutAnd = (ts: Token[]) => ts.filter((t) => t.norm !== "and");

export const formatDetector: Detector = {
  name: "format",
  detect({ base, other }) {
    const a = wordsOf(base);
    const b = wordsOf(other);
    if (!a.length && !b.length) return undefined;
    // Cheap first: spelling out contractions is the only thing that changes the letter count much.
    // Within the gain of one, the contractions need no counting (most one-word swaps).
    const gap = Math.abs(letterCount(a) - letterCount(b));
    if ((gap <= MAX_CONTRACTION_GAIN || gap <= MAX_CONTRACTION_GAIN * (contractionsIn(a) + contractionsIn(b) + 1)) && shareLooseReading(a, b)) {
      return { category: "format", severity: "cosmetic", relation: "=" };
    }
    if (sameFiguresSameWords(base, other)) return { category: "format", severity: "cosmetic", relation: "=", widen: "figure" };
    if (onBeforeDate(base, other) || onBeforeDate(other, base)) return { category: "format", severity: "cosmetic", relation: "=" };
    // An acronym is one word with no lower-case letter a to z: the other side's words are gathered only then.
    if ((a.length === 1 && mayBeInitials(a[0]) && isAcronymOf(a, withoutAnd(b))) || (b.length === 1 && mayBeInitials(b[0]) && isAcronymOf(b, withoutAnd(a)))) {
      return { category: "format", severity: "minor", relation: "≈", label: "Name", widen: "name" };
    }
    return undefined;
  },
};
