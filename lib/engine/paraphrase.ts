/**
 * Paraphrase: when two versions of a row say the same thing in other words (an outlet's rewrite
 * next to wire copy), their word diff pairs unrelated stretches of text ("Thursday" / "that took
 * place"). Such a pair is not read hunk by hunk. Instead the facts each side states are compared
 * slot by slot — figures by unit and context, dates by kind and context, names by the kind noun
 * they belong to ("… Department"), evaluative descriptors in a describing frame ("described … as
 * X", "in a X manner") — and a conflict is reported only when both sides state a value for the
 * same slot and the values differ.
 */
import type { WordDiff } from "./diff";
import type { Side } from "./detectors/detector";
import { dateItemsOf } from "./detectors/date";
import { figuresOf, saidBySources, type Figure } from "./detectors/number";
import * as wordsModule from "./detectors/words";
import { looksDescriptive } from "./lexicon/evaluative";
import { KIND_NOUNS, TITLE_WORDS } from "./lexicon/titles";
import { isTransliteration } from "./detectors/transliteration";
import { compareAffiliations } from "./detectors/affiliation";
import { sameGivenName } from "./lexicon/given-names";
import type { Token, TokenizedRow } from "./tokenize";
import type { Category } from "./types";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { isFunctionNorm, isNameToken, isWordlike, lemma, nameKey, plain, rowMentionsName } = wordsModule;

/** Rows shorter than this (words, shorter side) are edited, not rewritten: the detectors read them. */
export const PARAPHRASE_MIN_WORDS = 18;
/** A pair whose diff keeps less than this share of the shorter side's words is a paraphrase. */
export const PARAPHRASE_MAX_SHARED = 0.35;
/** Words either side of a fact that name its slot. */
const SLOT_WINDOW = 4;

const wordCount = (row: TokenizedRow, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) if (isWordlike(row.tokens[i])) n++;
  return n;
};

/** Below this share a rewrite is read hunk by hunk only for names, figures and dates. */
export const LOOSE_MAX_SHARED = 0.6;

/**
 * Which other sources rewrote the primary's cell rather than editing it, by their places among the
 * diffs: wholly (the diff keeps less than PARAPHRASE_MAX_SHARED of the shorter side's words), or
 * loosely (of the others, less than LOOSE_MAX_SHARED). Rows shorter than PARAPHRASE_MIN_WORDS are
 * edited, not rewritten. Each row's words are counted once: the primary's row is every diff's.
 */
export function rewritesOf(diffs: readonly WordDiff[]): { paraphrased: Set<number>; loose: Set<number> } {
  const paraphrased = new Set<number>();
  const loose = new Set<number>();
  let counted: WordDiff["base"] | undefined;
  let nb = 0;
  for (let k = 0; k < diffs.length; k++) {
    const diff = diffs[k];
    if (diff.base !== counted) {
      counted = diff.base;
      nb = wordCount(diff.base, 0, diff.base.tokens.length);
    }
    const no = wordCount(diff.other, 0, diff.other.tokens.length);
    const shorter = Math.min(nb, no);
    if (shorter < PARAPHRASE_MIN_WORDS) continue;
    let changedBase = 0;
    let changedOther = 0;
    for (const h of diff.hunks) {
      changedBase += wordCount(diff.base, h.base.from, h.base.to);
      changedOther += wordCount(diff.other, h.other.from, h.other.to);
    }
    const shared = Math.min(nb - changedBase, no - changedOther);
    if (shared < PARAPHRASE_MAX_SHARED * shorter) paraphrased.add(k);
    else if (shared / Math.max(1, shorter) < LOOSE_MAX_SHARED) loose.add(k);
  }
  return { paraphrased, loose };
}

/** Whether a hunk runs over a sentence end or a paragraph break on a side (both sides saying something). */
export function crossesSentence(side: Side, otherSide: Side): boolean {
  if (!side.tokens.length || !otherSide.tokens.length) return false;
  return runsOverBreak(side) || runsOverBreak(otherSide);
}

/** Whether a side holds a sentence start or a paragraph break (module level: judge asks per hunk, and keepNames transpilers name each closure made). */
function runsOverBreak(s: Side): boolean {
  for (let i = s.from; i < s.to; i++) {
    const t = s.row.tokens[i];
    if (t.kind === "boundary" && i > s.from && i < s.to - 1) return true;
    if (t.sentenceStart && i > s.from) return true;
  }
  return false;
}

/** One fact a side states: its slot (what it is about) and its value. */
interface Fact {
  category: Category;
  /** Facts compare only within one kind ("weekday", "figure percent", "name department", "descriptor"). */
  kind: string;
  value: string;
  tokens: Token[];
  /** Content lemmas near the fact: pairs facts of one kind about the same thing. */
  context: Set<string>;
  label: string;
}

const whole = (row: TokenizedRow): Side => ({ source: row.source, row, from: 0, to: row.tokens.length, tokens: row.tokens });

function contextAt(row: TokenizedRow, from: number, to: number): Set<string> {
  const out = new Set<string>();
  const take = (i: number) => {
    const t = row.tokens[i];
    if (t.kind === "word" && !isFunctionNorm(t.norm.toLowerCase())) out.add(lemma(t.norm.toLowerCase()));
  };
  // SLOT_WINDOW words each way, stopping at a paragraph boundary.
  const walk = (start: number, step: 1 | -1) => {
    let words = 0;
    for (let i = start; i >= 0 && i < row.tokens.length && words < SLOT_WINDOW && row.tokens[i].kind !== "boundary"; i += step) {
      if (!isWordlike(row.tokens[i])) continue;
      take(i);
      words++;
    }
  };
  walk(from - 1, -1);
  walk(to, 1);
  return out;
}

const positions = new WeakMap<TokenizedRow, Map<Token, number>>();
const indexOf = (row: TokenizedRow, t: Token) => {
  let map = positions.get(row);
  if (!map) positions.set(row, (map = new Map(row.tokens.map((u, i) => [u, i]))));
  return map.get(t) ?? -1;
};

/** Shared context words that make two free-standing names one slot ("said X" / "said Y" is not enough). */
const NAME_MIN_CONTEXT = 2;

/** Verbs that frame an evaluation of what follows "as": "described the talks as constructive". */
const DESCRIBING_VERBS = new Set(["describe", "hail", "call", "term", "characterize", "characterise", "label", "praise", "brand", "deem", "dub"].map(lemma));
/** Nouns closing an "in a … manner" frame. */
const MANNER_NOUNS = new Set(["manner", "atmosphere", "spirit", "fashion", "way", "tone"]);
/** Tokens between the last descriptor and the manner noun ("substantive and business-like manner"). */
const MANNER_REACH = 5;
/** Words a describing frame may skip before its descriptors ("described the talks in Istanbul as"). */
const FRAME_REACH = 8;

/** Descriptors in a describing frame: "described X as A and B", "called X A", "in a A, B manner". */
function descriptorsOf(row: TokenizedRow): Fact[] {
  const t = row.tokens;
  const out: Fact[] = [];
  const runFrom = (i: number) => {
    const run: Token[] = [];
    for (let j = i; j < t.length && run.length < 6; j++) {
      const w = t[j];
      if (w.kind === "punct" && w.norm === ",") continue;
      if (w.kind !== "word") break;
      const n = w.norm.toLowerCase();
      if (n === "and" || n === "very" || n === "highly" || n === "quite" || n === "extremely") continue;
      if (w.capitalized && !w.sentenceStart) break;
      if (!looksDescriptive(n)) break;
      run.push(w);
    }
    return run;
  };
  const push = (run: Token[], at: number) => {
    for (const w of run) {
      out.push({ category: "characterization", kind: "descriptor", value: lemma(w.norm.toLowerCase().replace(/[-‐‑]/g, "")), tokens: [w], context: contextAt(row, at, at), label: "Characterization" });
    }
  };
  for (let i = 0; i < t.length; i++) {
    const n = t[i].kind === "word" ? t[i].norm.toLowerCase() : "";
    if (!n) continue;
    if (DESCRIBING_VERBS.has(lemma(n))) {
      for (let j = i + 1; j < Math.min(t.length, i + FRAME_REACH) && t[j].kind !== "boundary"; j++) {
        if (t[j].norm.toLowerCase() === "as") {
          push(runFrom(j + 1), i);
          break;
        }
      }
    } else if ((n === "a" || n === "an") && t[i - 1]?.norm.toLowerCase() === "in") {
      const run = runFrom(i + 1);
      if (!run.length) continue;
      const end = indexOf(row, run[run.length - 1]);
      for (let j = end + 1; j < Math.min(t.length, end + MANNER_REACH) && t[j].kind !== "boundary"; j++) {
        if (MANNER_NOUNS.has(t[j].norm.toLowerCase())) {
          push(run, i);
          break;
        }
      }
    }
  }
  return out;
}

/** Names attached to a kind noun: "North Atlantic department", "Department of North America". */
function kindNamesOf(row: TokenizedRow): Fact[] {
  const side = whole(row);
  const t = row.tokens;
  const out: Fact[] = [];
  const attached = new Set<Token>();
  const isName = (i: number) =>
    i >= 0 && i < t.length && isNameToken(t[i], side) && !KIND_NOUNS.has(t[i].norm.toLowerCase()) && !TITLE_WORDS.has(t[i].norm.toLowerCase());
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    if (w.kind !== "word") continue;
    const kind = w.norm.toLowerCase().replace(/['’]s$/, "");
    if (!KIND_NOUNS.has(kind)) continue;
    let run: Token[] = [];
    if (t[i + 1]?.norm.toLowerCase() === "of") {
      for (let j = i + 2; isName(j); j++) run.push(t[j]);
    }
    if (!run.length) {
      const before: Token[] = [];
      for (let j = i - 1; isName(j); j--) before.unshift(t[j]);
      run = before;
    }
    if (!run.length) continue;
    for (const x of run) attached.add(x);
    out.push({
      category: "entity",
      kind: `name ${kind}`,
      value: run.map((x) => nameKey(x)).join(" "),
      tokens: run,
      context: new Set([kind]),
      label: kind[0].toUpperCase() + kind.slice(1),
    });
  }
  // Other names: a run of capitalised words, its slot told by the words around it.
  for (let i = 0; i < t.length; i++) {
    if (!isName(i) || attached.has(t[i])) continue;
    let j = i;
    while (isName(j) && !attached.has(t[j])) j++;
    const run = t.slice(i, j);
    out.push({ category: "entity", kind: "name", value: run.map((x) => nameKey(x)).join(" "), tokens: run, context: contextAt(row, i, j), label: "Name" });
    i = j - 1;
  }
  return out;
}

function factsOf(row: TokenizedRow): Fact[] {
  const side = whole(row);
  const facts: Fact[] = [];
  for (const d of dateItemsOf(side)) {
    const i = indexOf(row, d.token);
    facts.push({ category: "date", kind: d.key.split(" ")[0], value: d.key, tokens: [d.token], context: contextAt(row, i, i + 1), label: "Date" });
  }
  const dateTokens = new Set(facts.map((f) => f.tokens[0]));
  for (const f of figuresOf(side) as Figure[]) {
    if (f.tokens.some((x) => dateTokens.has(x))) continue;
    const i = indexOf(row, f.tokens[0]);
    const j = indexOf(row, f.tokens[f.tokens.length - 1]) + 1;
    facts.push({ category: "number", kind: `figure ${f.unit ?? ""}`, value: String(f.value), tokens: f.tokens, context: contextAt(row, i, j), label: "Number" });
  }
  facts.push(...kindNamesOf(row), ...descriptorsOf(row));
  return facts;
}

const factCache = new WeakMap<TokenizedRow, Fact[]>();
const cachedFacts = (row: TokenizedRow) => {
  let f = factCache.get(row);
  if (!f) factCache.set(row, (f = factsOf(row)));
  return f;
};

/**
 * Two name runs that differ only by words one adds, by spelling ("Darchiev" / "Darchiyev") or by
 * the form of a given name ("Liz" / "Elizabeth", "Ron" / "Ronald S.").
 */
function sameName(a: Token[], b: Token[]): boolean {
  const restA = a.filter((x) => !b.some((y) => nameKey(x) === nameKey(y)));
  const restB = b.filter((y) => !a.some((x) => nameKey(x) === nameKey(y)));
  const written = (x: Token, y: Token) => isTransliteration(x.text, y.text) || sameGivenName(x.text, y.text);
  return !restA.length || !restB.length || restA.every((x) => restB.some((y) => written(x, y)));
}

/** A party and state written two ways, or beside another name: no name changed (detectors/affiliation.ts). */
const sameAffiliation = (a: Token[], b: Token[]) => {
  const found = compareAffiliations(a, b);
  return found === "same" || found === "descriptor";
};

/** A fact conflict between the primary and one paraphrasing source. */
export interface FactConflict {
  category: Category;
  label: string;
  base: Token[];
  other: Token[];
  /** Identifies the primary's fact, so that several sources' conflicts over it merge. */
  key: string;
}

const overlap = (a: Set<string>, b: Set<string>) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

/**
 * Conflicts of fact between two paraphrasing cells: facts of one kind paired by their context, and
 * reported only when both state a value for the slot, the values differ, and neither version
 * states the other's value anywhere in the row (then the fact merely moved).
 */
export function factConflicts(base: TokenizedRow, other: TokenizedRow): FactConflict[] {
  const a = cachedFacts(base);
  const b = cachedFacts(other);
  const valuesB = new Set(b.map((f) => `${f.kind}|${f.value}`));
  const valuesA = new Set(a.map((f) => `${f.kind}|${f.value}`));
  const out: FactConflict[] = [];

  // Descriptors: the set of judgements each side makes, compared as a whole.
  const descA = a.filter((f) => f.kind === "descriptor" && !valuesB.has(`${f.kind}|${f.value}`));
  const descB = b.filter((f) => f.kind === "descriptor" && !valuesA.has(`${f.kind}|${f.value}`));
  if (descA.length && descB.length) {
    out.push({ category: "characterization", label: "Characterization", base: descA.flatMap((f) => f.tokens), other: descB.flatMap((f) => f.tokens), key: `descriptor ${descA.map((f) => f.value).join(" ")}` });
  }

  const used = new Set<Fact>();
  for (const fa of a) {
    if (fa.kind === "descriptor" || valuesB.has(`${fa.kind}|${fa.value}`)) continue;
    let best: Fact | undefined;
    let bestScore = 0;
    for (const fb of b) {
      if (used.has(fb) || fb.kind !== fa.kind || fb.value === fa.value || valuesA.has(`${fb.kind}|${fb.value}`)) continue;
      const score = overlap(fa.context, fb.context);
      if (score >= (fa.kind === "name" ? NAME_MIN_CONTEXT : 1) && score > bestScore) [best, bestScore] = [fb, score];
    }
    if (!best) continue;
    // "The ministry said 87,000 …" / "the union said 2 million …": two sources' figures, not one changed.
    if (fa.category === "number" && saidBySources(base, fa.tokens.slice(0, 1), other, best.tokens.slice(0, 1))) continue;
    // Names sharing a word, or spelt two ways, are one name written differently: the entity detector's business.
    if (fa.category === "entity" && (sameName(fa.tokens, best.tokens) || sameAffiliation(fa.tokens, best.tokens))) continue;
    // A name the other version mentions elsewhere in the row moved rather than changed.
    if (fa.category === "entity" && (fa.tokens.every((x) => rowMentionsName(other, x)) || best.tokens.every((x) => rowMentionsName(base, x)))) continue;
    used.add(best);
    out.push({ category: fa.category, label: fa.label, base: fa.tokens, other: best.tokens, key: `${fa.kind} ${fa.value} ${indexOf(base, fa.tokens[0])}` });
  }
  return out;
}

export const textOfTokens = plain;
