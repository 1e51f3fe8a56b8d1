/**
 * Negation: the same statement with "not" (or "never", "no", "didn't", "without"…) in one passage
 * and not the other, or with a word of the opposite direction ("rose" / "fell", "accepted" /
 * "rejected"). "The same statement" matters: a rewritten sentence that happens to contain a "not"
 * ("but did not provide details") is an addition, not a negation of the other version.
 */
import { appendTo } from "../collections";
import * as polarity from "../lexicon/polarity";
import * as wordnet from "../lexicon/wordnet";
import type { Detector, Side } from "./detector";
import type { Token, TokenizedRow } from "../tokenize";
import * as wordsModule from "./words";
import type { Word } from "./words";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { areOpposites } = wordnet;

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { beside, isFunctionNorm, lemma, spelledOut, unmatched } = wordsModule;
const { OPPOSITES, isNegator } = polarity;

/** Words around the negator that may change with it ("did not agree" / "agreed"). */
const SMALL_CHANGE_WORDS = 3;
/** Share of content words two passages must share to count as the same statement. */
const SAME_STATEMENT_OVERLAP = 0.5;
/** Opposite-direction words decide only in short changes ("rose 5%" / "fell 5%"). */
const POLARITY_MAX_WORDS = 4;

/**
 * Verbs that negate only what they govern: "failed to reach" negates "reached", while "because I
 * failed them" adds a clause; "denied that it knew" negates a claim, while "deny service" (refuse
 * it) says the same as "refuse service".
 */
const GOVERNING_NEGATORS = new Set(["fail", "fails", "failed", "refuse", "refuses", "refused", "unable", "deny", "denies", "denied", "decline", "declines", "declined"]);
/** Negators that are verbs with opposites of their own ("denied" / "admitted"), not a "not". */
const NEGATING_VERBS = new Set([...GOVERNING_NEGATORS, "lack", "lacks", "lacked", "lacking"]);
/** What a governing negator must be followed by to negate: an infinitive or a that-clause. */
const GOVERNED = new Set(["to", "that"]);

// The helpers of the detector are module level: keepNames transpilers (tsx runs the benchmarks
// so) name each closure made, and every hunk of every unit is judged.
const byLemma = (w: Word) => lemma(w.norm);
const normOf = (w: Word) => w.norm;
const isStatementWord = (w: Word) => !isFunctionNorm(w.norm) && !isNegator(w.norm);

/** Whether the two passages say the same thing apart from small words (content-word overlap). */
function sameStatement(a: Word[], b: Word[]): boolean {
  const ca = a.filter(isStatementWord);
  const cb = b.filter(isStatementWord);
  if (Math.max(a.length, b.length) <= SMALL_CHANGE_WORDS) return true;
  if (!ca.length || !cb.length) return false;
  const shared = ca.length - unmatched(ca, cb, byLemma).length;
  return shared / Math.max(ca.length, cb.length) >= SAME_STATEMENT_OVERLAP;
}

/** "at least" is a floor ("at least 30" / "more than 30"), not the opposite of "more". */
function withoutFloors(ws: Word[]): Word[] {
  // Most changes hold no "least": the words are then kept as they are, not copied.
  if (!ws.some(isLeast)) return ws;
  // A loop, not a filter: its test reads the neighbours, a closure keepNames transpilers would name per call.
  const kept: Word[] = [];
  for (let i = 0; i < ws.length; i++) {
    const norm = ws[i].norm;
    if (!(norm === "least" && ws[i - 1]?.norm === "at") && !(norm === "at" && ws[i + 1]?.norm === "least")) kept.push(ws[i]);
  }
  return kept;
}

const isLeast = (w: Word) => w.norm === "least";

/**
 * Whether the passages swap a word for its opposite: "reversed"; or for its opposite negated, which
 * says the same ("not hurt" / "uninjured", "does not open" / "is closed"): "restated".
 */
function polarityChange(allA: Word[], allB: Word[], sideA: Side, sideB: Side): "reversed" | "restated" | undefined {
  const a = withoutFloors(allA);
  const b = withoutFloors(allB);
  if (Math.max(a.length, b.length) > POLARITY_MAX_WORDS) return undefined;
  const wordsA = unmatched(a, b, normOf);
  const wordsB = unmatched(b, a, normOf);
  const onlyA = wordsA.map(normOf);
  const onlyB = wordsB.map(normOf);
  if (!opposed(onlyA, onlyB) && !wordNetOpposed(wordsA, wordsB, sideA, sideB) && !compoundsOpposed(wordsA, wordsB)) return undefined;
  return onlyA.some(negatesOpposite) !== onlyB.some(negatesOpposite) ? "restated" : "reversed";
}

/** Only a "not" or "no" negates the opposite: "denied" is itself one of a pair ("admitted" / "denied"). */
const negatesOpposite = (w: string) => isNegator(w) && !NEGATING_VERBS.has(w);

/**
 * Whether WordNet's opposites of adjectives and verbs may be asked of a word as used: not a noun
 * after an article ("below the surface" / "underground" is one place) and not a verb with its
 * particle ("came off the tracks" / "left the tracks" is one event, though "come" and "leave" are opposites).
 */
function usedPlainly(w: Word, side: Side): boolean {
  // One search of the row for both neighbours (beside() would search it twice), from the side's
  // start: its words stand there or after.
  const tokens = side.row.tokens;
  const at = tokens.indexOf(w.token, side.from);
  const before = tokens[at - 1]?.norm.toLowerCase() ?? "";
  const after = tokens[at + 1]?.norm.toLowerCase() ?? "";
  return !ARTICLES.has(before) && !PARTICLES.has(after);
}
const ARTICLES = new Set(["the", "a", "an"]);
const PARTICLES = new Set(["off", "out", "up", "down", "away", "back", "over", "through"]);

function opposed(onlyA: string[], onlyB: string[]): boolean {
  for (const x of onlyA) for (const y of onlyB) if (negatedByPrefix(x, y) || negatedByPrefix(y, x)) return true;
  for (const x of onlyA) {
    const sidesOfX = OPPOSITE_SIDES.get(x);
    if (sidesOfX) for (const y of onlyB) if (facesIn(sidesOfX, OPPOSITE_SIDES.get(y))) return true;
  }
  return false;
}

/**
 * Beyond the list, WordNet's opposites ("empty" / "full", "public" / "private"), when they are the
 * one word each side changes (in a longer change they may be said of different things) and each is
 * used plainly: the neighbours are read only for that one word a side.
 */
function wordNetOpposed(wordsA: Word[], wordsB: Word[], sideA: Side, sideB: Side): boolean {
  const contentA = wordsA.filter(isContentWord);
  const contentB = wordsB.filter(isContentWord);
  return contentA.length === 1 && contentB.length === 1 && usedPlainly(contentA[0], sideA) && usedPlainly(contentB[0], sideB) && areOpposites(contentA[0].norm, contentB[0].norm);
}

/** The same within one compound, as written (its normal form drops the hyphen): "maximum-security" / "minimum-security". */
function compoundsOpposed(onlyA: Word[], onlyB: Word[]): boolean {
  const compoundA = compoundsIn(onlyA);
  const compoundB = compoundsIn(onlyB);
  const heads = compoundA.length === 1 && compoundB.length === 1 ? headsOfOneTail(compoundA[0], compoundB[0]) : undefined;
  return !!heads && areOpposites(heads[0], heads[1]);
}

/**
 * Per word of OPPOSITES, the sides it stands on: pair k's first set is 2k, its second 2k + 1. One
 * look-up per changed word instead of asking every set of every pair.
 */
const OPPOSITE_SIDES: ReadonlyMap<string, number[]> = (() => {
  const sides = new Map<string, number[]>();
  OPPOSITES.forEach(([up, down], k) => {
    for (const word of up) appendTo(sides, word, 2 * k);
    for (const word of down) appendTo(sides, word, 2 * k + 1);
  });
  return sides;
})();

/** Whether two words stand on the two sides of one pair of OPPOSITES. */
function facesIn(sidesOfX: number[], sidesOfY: number[] | undefined): boolean {
  if (!sidesOfY) return false;
  for (const side of sidesOfX) if (sidesOfY.includes(side ^ 1)) return true;
  return false;
}

// The set first and the length before the pattern: most changed words are short or function words.
const isContentWord = (w: Word) => w.norm.length >= 3 && !isFunctionNorm(w.norm) && (ASCII_LOWER_CASE_WORD.test(w.norm) || LOWER_CASE_WORD.test(w.norm));
// Module level: a transpiler that lowers `\p{…}` patterns builds a literal anew at every call.
const LOWER_CASE_WORD = /^\p{Ll}{3,}$/u;
/** Plain a to z, which the Unicode pattern accepts too, read first by the faster pattern. */
const ASCII_LOWER_CASE_WORD = /^[a-z]{3,}$/;
/** The compounds among words, as written in lower case. */
function compoundsIn(words: Word[]): string[] {
  const compounds: string[] = [];
  // Most changed words have no hyphen: only those are lowered and read by the pattern.
  for (const w of words) if (w.token.text.includes("-") && isCompound(w.token.text.toLowerCase())) compounds.push(w.token.text.toLowerCase());
  return compounds;
}
const isCompound = (norm: string) => COMPOUND.test(norm);
const COMPOUND = /^\p{Ll}{2,}(?:-\p{Ll}+)+$/u;

/** The first words of two compounds that end alike ("long-term", "short-term" → "long", "short"). */
function headsOfOneTail(a: string, b: string): [string, string] | undefined {
  const [cutA, cutB] = [a.indexOf("-"), b.indexOf("-")];
  return a.slice(cutA) === b.slice(cutB) ? [a.slice(0, cutA), b.slice(0, cutB)] : undefined;
}

/** Shortest word a negating prefix is read on: "unable" yes, "undo" no. */
const MIN_PREFIXED_WORD = 4;

/**
 * "unknown" / "known", "unconfirmed" / "confirmed", "non-fatal" / "fatal": the prefix negates the
 * word. Only "un-" and "non-": "in-", "im-" and "dis-" start too many words that negate nothing
 * ("cover" / "discover", "press" / "impress").
 */
function negatedByPrefix(word: string, negated: string): boolean {
  if (word.length < MIN_PREFIXED_WORD || !negated.endsWith(word)) return false;
  // Compared in place, not by building "un…", "non…" and "non-…" for every pair of changed words.
  const prefix = negated.length - word.length;
  return (prefix === 2 && negated.startsWith("un")) || (prefix === 3 && negated.startsWith("non")) || (prefix === 4 && negated.startsWith("non-"));
}

/**
 * Whether what a negator negates is something the other version says: "did not confirm" /
 * "confirmed", "no arrests" / "two arrests". "Broadband is no longer a luxury" against a version
 * that never mentions a luxury, or "without opposition" against "unanimously", denies nothing the
 * other says. The negated word is the first content word after the negator, in the passage or past it.
 */
function negatesWhatOtherSays(words: Word[], side: Side, other: Side): boolean {
  // Loops, not a list of the rest of the row per negator: the negated word is most often the next one.
  for (let i = 0; i < words.length; i++) {
    if (!isNegator(words[i].norm)) continue;
    const next = negatedAfter(words, i, side);
    if (next === undefined || saidIn(other.row).has(lemma(next))) return true;
  }
  return false;
}

/** The first content word after words[i]: among the words, else among the row's words past the side (in lower case). */
function negatedAfter(words: Word[], i: number, side: Side): string | undefined {
  for (let k = i + 1; k < words.length; k++) if (isNegated(words[k].norm)) return words[k].norm;
  const tokens = side.row.tokens;
  for (let k = side.to; k < tokens.length; k++) {
    if (tokens[k].kind !== "word") continue;
    const norm = tokens[k].norm.toLowerCase();
    if (isNegated(norm)) return norm;
  }
  return undefined;
}
const isNegated = (norm: string) => !isFunctionNorm(norm) && !isNegator(norm);

const saidByRow = new WeakMap<TokenizedRow, Set<string>>();

/** The lemmas of the words a row says, read once per row (every pair of its hunks may ask). */
function saidIn(row: TokenizedRow): Set<string> {
  let said = saidByRow.get(row);
  if (!said) {
    // "without power" / "knocking out power", "lost power": the other version takes it away too.
    // A loop, not closures and a list per token: keepNames transpilers name each closure made.
    const tokens = row.tokens;
    said = new Set<string>();
    for (let k = 0; k < tokens.length; k++) {
      if (tokens[k].kind === "word" && !isPrivative(tokens[k - 1]) && !isPrivative(tokens[k - 2])) said.add(lemma(tokens[k].norm.toLowerCase()));
    }
    saidByRow.set(row, said);
  }
  return said;
}

/** "She is survived by her daughter": who outlives the dead, no opposite of "died". */
function withoutSurvivedBy(words: Word[], side: Side): Word[] {
  // Most changes hold no "survive(d)": the words are then kept as they are, not copied.
  if (!words.some(isSurvive)) return words;
  // A loop, not a filter: its test reads the side, a closure keepNames transpilers would name per call.
  const kept: Word[] = [];
  for (const w of words) if (!((w.norm === "survive" || w.norm === "survived") && beside(side.row, w.token, 1)?.norm.toLowerCase() === "by")) kept.push(w);
  return kept;
}

const isSurvive = (w: Word) => w.norm === "survive" || w.norm === "survived";

const isPrivative = (t: Token | undefined) => t !== undefined && PRIVATIVE.has(t.norm.toLowerCase());

/** Words that take away what follows them: "knocked out power", "cut power", "lost power". */
const PRIVATIVE = new Set("out cut cuts cutting lost lose loses losing without no not never".split(" "));

/** The word after a side's words, which may lie past the differing words ("said" / "denied" + "that it knew"). */
function wordAfter(side: Side): string {
  const tokens = side.row.tokens;
  for (let i = side.to; i < tokens.length; i++) if (tokens[i].kind === "word") return tokens[i].norm;
  return "";
}

/** How many words negate something: a governing negator ("failed", "denied") only what it governs. */
function negationsIn(ws: Word[], side: Side): number {
  let n = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (isNegator(w.norm) && (!GOVERNING_NEGATORS.has(w.norm) || GOVERNED.has(i + 1 < ws.length ? ws[i + 1].norm : wordAfter(side)))) n++;
  }
  return n;
}

export const negationDetector: Detector = {
  name: "negation",
  detect({ base, other }) {
    const a = spelledOut(base);
    const b = spelledOut(other);
    const na = negationsIn(a, base);
    const nb = negationsIn(b, other);
    if (na !== nb && sameStatement(a, b) && (na > nb ? negatesWhatOtherSays(a, base, other) : negatesWhatOtherSays(b, other, base))) {
      return { category: "negation", severity: "substantive" };
    }
    const polarity = polarityChange(withoutSurvivedBy(a, base), withoutSurvivedBy(b, other), base, other);
    if (polarity === "reversed") return { category: "negation", severity: "substantive", label: "Polarity" };
    if (polarity === "restated") return { category: "characterization", severity: "minor", label: "Wording", relation: "=" };
    return undefined;
  },
};
