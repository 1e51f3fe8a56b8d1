/**
 * Entity: the passages name different people, places, organisations or titles ("North America" /
 * "North Atlantic", "Coulter" / "Carter", "deputy assistant secretary" / "assistant secretary").
 * Two spellings of one name are a minor spelling difference — unless the gazetteer knows them as
 * two different countries (Austria / Australia, Iran / Iraq). Two names of one country ("Kiev" /
 * "Kyiv", "U.S." / "American") are minor.
 */
import { isCommonWord } from "../lexicon/wordnet";
import * as titles from "../lexicon/titles";
import type { Token } from "../tokenize";
import type { Detector, Side, Verdict } from "./detector";
import { isTransliteration } from "./transliteration";
import { compareAffiliations } from "./affiliation";
import * as givenNames from "../lexicon/given-names";
import * as countries from "../lexicon/countries";
import { isAcronymOf } from "./format";
import * as wordsModule from "./words";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { isGivenName, sameGivenName } = givenNames;
const { placeNamed } = countries;

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { abbreviatesTitle, beside, isFunctionNorm, isRewrite, nameKey, nameTokens, placesIn, plain, rowMentionsName, rowWords, temperatureScaleOf, unmatched, wordsOf } = wordsModule;
const { postOf, TITLE_STATUS, TITLE_WORDS } = titles;

const lettersOf = (tokens: Token[]) => tokens.map((t) => nameKey(t).toLowerCase().replace(/[^\p{L}\p{N}]/gu, "")).join("");

/** Most name pairs compared for spelling (the comparison is quadratic; a passage this full of names is a rewrite). */
const MAX_SPELLING_PAIRS = 400;

/** The country a single name token belongs to, if the gazetteer knows it. */
const placeOf = (t: Token) => placeNamed(nameKey(t));

/** Takes out of both lists the pairs of names `same` says are one name written two ways. */
function takePairs(onlyA: Token[], onlyB: Token[], same: (a: Token, b: Token) => boolean): Array<[Token, Token]> {
  const pairs: Array<[Token, Token]> = [];
  for (const a of [...onlyA]) {
    const b = onlyB.find((t) => same(a, t));
    if (!b) continue;
    pairs.push([a, b]);
    onlyA.splice(onlyA.indexOf(a), 1);
    onlyB.splice(onlyB.indexOf(b), 1);
  }
  return pairs;
}

/**
 * Pairs up names that are two spellings of one name (Darchiev / Darchiyev) and takes them out of
 * both lists. A known country never pairs with a word that is not one of its names (Sudan / Sedan),
 * nor with another country (Austria / Australia).
 */
function takeSpellings(onlyA: Token[], onlyB: Token[]): Array<[Token, Token]> {
  // A name on one side alone pairs with nothing: no test is made for it.
  if (!onlyA.length || !onlyB.length || onlyA.length * onlyB.length > MAX_SPELLING_PAIRS) return [];
  return takePairs(onlyA, onlyB, (a, b) => {
    const placeA = placeOf(a);
    const placeB = placeOf(b);
    if ((placeA || placeB) && placeA?.id !== placeB?.id) return false;
    return isTransliteration(a.text, b.text);
  });
}

export const entityDetector: Detector = {
  name: "entity",
  detect({ base, other }): Verdict | undefined {
    // "40C" / "40F": the scales are no names, but one figure on two scales is two temperatures
    // (with the figures changed too, "40C" / "104F" may be one temperature converted).
    // Most passages name no scale: the other side is then not read.
    const scaleA = temperatureScaleOf(base);
    const scaleB = scaleA && temperatureScaleOf(other);
    if (scaleA && scaleB && scaleA !== scaleB && figureBefore(base) === figureBefore(other)) return { category: "entity", severity: "substantive", label: "Temperature scale", widen: "figure" };
    const [namesA, namesB] = withNamesOpeningSentences(nameTokens(base), base, nameTokens(other), other);
    // No name on either side (most changes): nothing below pairs or swaps one, and only the titles are compared.
    if (!namesA.length && !namesB.length) return titleChange(base, other);
    // "Manto Tshabalala-Msimang" / "Manto-Tshabalala Msimang": the same letters, hyphenated elsewhere.
    const sameLetters = namesA.length > 0 && lettersOf(namesA) === lettersOf(namesB);
    let onlyA = sameLetters ? [] : unmatched(namesA, namesB, nameKey);
    let onlyB = sameLetters ? [] : unmatched(namesB, namesA, nameKey);
    const rewrite = isRewrite(base, other);
    if (rewrite) {
      // In a rewritten sentence names move: one the other version mentions elsewhere in the row is no swap.
      onlyA = onlyA.filter((t) => !rowMentionsName(other.row, t));
      onlyB = onlyB.filter((t) => !rowMentionsName(base.row, t));
    }
    [onlyA, onlyB] = [withoutGivenNamesOfShared(onlyA, base, other), withoutGivenNamesOfShared(onlyB, other, base)];
    if (onlyA.length && onlyB.length) {
      const found = compareAffiliations(onlyA, onlyB);
      // Restyled and nothing else is style; with other words changed beside it, those words are judged.
      const onlyStyle = (side: Side) => wordsOf(side).every((t) => namesA.includes(t) || namesB.includes(t) || isFunctionNorm(t.norm.toLowerCase()));
      if (found === "same") return onlyStyle(base) && onlyStyle(other) ? { category: "format", severity: "cosmetic", relation: "=", label: "Party and state", widen: "name" } : undefined;
      const focus = rewrite ? { base: plain(onlyA), other: plain(onlyB) } : undefined;
      if (found === "conflict") return { category: "entity", severity: "substantive", label: "Party or state", widen: "name", focus };
      if (found === "descriptor") return { category: "entity", severity: "minor", label: "Affiliation", widen: "name", focus };
    }
    const spellings = takeSpellings(onlyA, onlyB);
    const forms = takeGivenNames(onlyA, onlyB);
    if (forms.length) {
      // "Ron Johnson" / "Ronald S. Johnson": with the given name in two forms, a middle initial is no other name.
      onlyA = onlyA.filter((t) => !isInitial(t));
      onlyB = onlyB.filter((t) => !isInitial(t));
    }
    if (!onlyA.length && !onlyB.length) {
      if (!spellings.length && !forms.length) return titleChange(base, other);
      const pairs = [...spellings, ...forms];
      const focus = rewrite ? { base: plain(pairs.map(([a]) => a)), other: plain(pairs.map(([, b]) => b)) } : undefined;
      return { category: "spelling", severity: "minor", relation: "≈", label: spellings.length ? "Name spelling" : "Name form", widen: "name", focus };
    }

    // A name only one passage has, with no name in its place in the other, is an addition, not a
    // different name: left to the later detectors (characterization, wording).
    // A capitalised title against a lower-case one ("Assistant Professor" / "an associate
    // professor") is not a name added: the titles themselves are compared.
    if (!onlyA.length || !onlyB.length) return titleChange(base, other, true);
    const focus = rewrite ? { base: plain(onlyA), other: plain(onlyB) } : undefined;

    // Countries and their people and capitals: different countries are different places, and two
    // names of one country ("Kiev" / "Kyiv", "U.S." / "American") are a minor difference.
    const placesA = placesIn(base.tokens).filter((p) => p.tokens.some((t) => onlyA.includes(t)));
    const placesB = placesIn(other.tokens).filter((p) => p.tokens.some((t) => onlyB.includes(t)));
    const byPlace = (p: (typeof placesA)[number]) => p.place.id;
    const placesOnlyA = unmatched(placesA, placesB, byPlace);
    const placesOnlyB = unmatched(placesB, placesA, byPlace);
    // Measured on ETPC: in rewritten sentences, names left on both sides after moved ones are taken
    // out change the sense as often as one-word swaps do (0.71 vs 0.74), so both are substantive.
    if (placesOnlyA.length && placesOnlyB.length) {
      return { category: "entity", severity: "substantive", label: "Place", widen: "name", focus };
    }
    const placeTokens = new Set([...placesA, ...placesB].flatMap((p) => p.tokens));
    const restA = onlyA.filter((t) => !placeTokens.has(t));
    const restB = onlyB.filter((t) => !placeTokens.has(t));
    if (!restA.length && !restB.length && !placesOnlyA.length && !placesOnlyB.length) {
      return { category: "entity", severity: "minor", relation: "≈", label: "Place", widen: "name", focus };
    }
    // "FCA" / "Financial Conduct Authority": one version gives the other's name by its initials.
    if ((restA.length === 1 && isAcronymOf(restA, restB)) || (restB.length === 1 && isAcronymOf(restB, restA))) {
      return { category: "spelling", severity: "minor", relation: "≈", label: "Name", widen: "name", focus };
    }
    // "L." for "Listeria", "Fed" for "Federal Reserve": a short form of the other version's name.
    const short = (x: Token, y: Token) => abbreviates(x, y) || abbreviates(y, x);
    if (restA.length && restB.length && (restA.every((a) => restB.some((b) => short(a, b))) || restB.every((b) => restA.some((a) => short(a, b))))) {
      return { category: "spelling", severity: "minor", relation: "≈", label: "Name", widen: "name", focus };
    }
    // "to give Real Madrid a 2-1 win over Atletico" / "Real Madrid came from behind to beat city
    // rivals Atletico": the words around the names were retold and each version gives the other's
    // name elsewhere. Two single words exchanged in one frame are a swap, read by crossed-swaps.ts.
    const retoldAround = wordsOf(base).length > 1 || wordsOf(other).length > 1;
    if (!rewrite && retoldAround && restA.every((t) => rowMentionsName(other.row, t)) && restB.every((t) => rowMentionsName(base.row, t))) {
      return { category: "entity", severity: "minor", widen: "name" };
    }
    // In rewritten text a real swap is a name for a name; longer stretches with names on both
    // sides are the diff pairing unrelated clauses, which the fact stages read instead.
    if (rewrite && (base.tokens.length > MAX_SWAP_TOKENS || other.tokens.length > MAX_SWAP_TOKENS)) {
      return { category: "entity", severity: "minor", widen: "name", focus };
    }
    return { category: "entity", severity: "substantive", widen: "name", focus };
  },
};

/** The figure a side's changed words follow, past a "degrees" ("40 degrees Celsius" → "40"). */
function figureBefore(side: Side): string | undefined {
  const tokens = side.row.tokens;
  let at = side.from - 1;
  if (/^(?:degrees?|°)$/i.test(tokens[at]?.norm ?? "")) at--;
  return tokens[at]?.kind === "number" ? tokens[at].norm : undefined;
}

/**
 * "Peter Carr" / "Carr": a given name before a surname both passages name is that person named in
 * full, unless the other passage gives the surname another given name ("Peter Carr" / "Paul Carr").
 */
function withoutGivenNamesOfShared(only: Token[], side: Side, other: Side): Token[] {
  // A loop, not a filter: keepNames transpilers (tsx runs the benchmarks so) name each closure made.
  const kept: Token[] = [];
  for (const t of only) if (!isGivenNameOfShared(t, side, other)) kept.push(t);
  return kept;
}

function isGivenNameOfShared(t: Token, side: Side, other: Side): boolean {
  if (!isGivenName(t.text)) return false;
  const surname = side.tokens[side.tokens.indexOf(t) + 1];
  const there = surname ? other.tokens.findIndex((u) => u.capitalized && nameKey(u) === nameKey(surname)) : -1;
  if (there < 0) return false;
  const before = other.tokens[there - 1];
  return !before || !before.capitalized || nameKey(before) === nameKey(t);
}

/**
 * "Smith and Jones said" / "Jones and Smith said": a capitalised word opening a sentence is a name
 * when the other passage names it; on its own its capital says nothing. One such word swapped for
 * another is a name swap when either is a word no dictionary knows in lower case ("Boeing said" /
 * "Airbus said", "Smith said" / "Jones said"; not "Officials said" / "Authorities said").
 */
function withNamesOpeningSentences(namesA: Token[], base: Side, namesB: Token[], other: Side): [Token[], Token[]] {
  const a = base.tokens;
  const b = other.tokens;
  // Tested in place, not through a list of the two: every one-word change of every unit asks.
  if (a.length === 1 && b.length === 1 && opensSentenceAsWord(a[0]) && opensSentenceAsWord(b[0]) && !(isCommonWord(a[0].text) && isCommonWord(b[0].text))) return [a, b];
  return [withNamedOpeners(base, namesA, namesB), withNamedOpeners(other, namesB, namesA)];
}

/** A side's names, with the words opening its sentences that the other side names (module level: keepNames names each closure made). */
function withNamedOpeners(side: Side, names: Token[], named: Token[]): Token[] {
  let keys: Set<string> | undefined;
  const extra: Token[] = [];
  for (const t of side.tokens) {
    if (!(t.kind === "word" && t.capitalized && t.sentenceStart && !names.includes(t))) continue;
    keys ??= new Set(named.map(nameKey));
    if (keys.has(nameKey(t))) extra.push(t);
  }
  return extra.length ? side.tokens.filter((t) => names.includes(t) || extra.includes(t)) : names;
}

/** A plain capitalised word opening a sentence, not a function word ("This", "But"). */
const opensSentenceAsWord = (t: Token) => t.kind === "word" && t.sentenceStart && CAPITALISED_WORD.test(t.text) && !isFunctionNorm(t.norm.toLowerCase());
// Module level: a transpiler that lowers `\p{…}` patterns builds a literal anew at every call.
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Given names in their formal and short forms ("Mike" / "Michael"), taken out of both lists. */
const takeGivenNames = (onlyA: Token[], onlyB: Token[]) => (onlyA.length && onlyB.length ? takePairs(onlyA, onlyB, sameGivenNameOf) : []);
const sameGivenNameOf = (a: Token, b: Token) => sameGivenName(a.text, b.text);

const isInitial = (t: Token) => INITIAL.test(t.text);
const INITIAL = /^\p{Lu}\.$/u;

const PERSONAL_PRONOUNS = new Set(["he", "she", "they", "him", "her", "them", "i", "we", "you"]);

const byPost = (t: Token) => postOf(t.norm.toLowerCase());

/** Tokens of a side beyond which a hunk in a rewrite is not a name swap. */
const MAX_SWAP_TOKENS = 4;

/** "L." / "Listeria", "Fed" / "Federal": an initial or a clipped form of the longer name. */
function abbreviates(short: Token, long: Token): boolean {
  const a = short.text.replace(/[.'’s]+$/u, "").toLowerCase();
  const b = long.text.toLowerCase();
  return a.length > 0 && a.length < b.length && b.startsWith(a) && (a.length === 1 ? /\.$/.test(short.text) : a.length >= 3);
}

/**
 * "Former President Trump" / "President Trump": whether someone still holds the post. Only a
 * status word that one side adds before a post or a name counts, and only where the sides' posts
 * agree: against another post ("former" / "chief") the descriptions differ, not the status.
 */
function statusChange(base: Side, other: Side): Verdict | undefined {
  const a = statusWordsOf(base);
  const b = statusWordsOf(other);
  if (a.length === b.length) return undefined;
  const rest = (side: Side, status: Token[]) => wordsOf(side).filter((t) => !status.includes(t) && !isFunctionNorm(t.norm.toLowerCase()));
  if (rest(base, a).length || rest(other, b).length) return undefined;
  return { category: "entity", severity: "substantive", label: "Title", widen: "title" };
}

/** The status words a side puts before a post or a name (a loop: keepNames names each closure made). */
function statusWordsOf(side: Side): Token[] {
  const found: Token[] = [];
  for (const t of wordsOf(side)) {
    if (!TITLE_STATUS.has(t.norm.toLowerCase())) continue;
    const next = beside(side.row, t, 1);
    if (next && (TITLE_WORDS.has(next.norm.toLowerCase()) || next.capitalized)) found.push(t);
  }
  return found;
}

const isTitleWord = (t: Token) => TITLE_WORDS.has(t.norm.toLowerCase());

/** Titles: "deputy assistant secretary" / "assistant secretary" names a different post. */
function titleChange(base: Side, other: Side, swapOnly = false): Verdict | undefined {
  const titleA = wordsOf(base).filter(isTitleWord);
  const titleB = wordsOf(other).filter(isTitleWord);
  const onlyA = unmatched(titleA, titleB, byPost);
  const onlyB = unmatched(titleB, titleA, byPost);
  if ((!onlyA.length && !onlyB.length) || abbreviatesTitle(onlyA, onlyB) || abbreviatesTitle(onlyB, onlyA)) return statusChange(base, other);
  if (!onlyA.length || !onlyB.length) {
    if (swapOnly) return undefined;
    // A title added or dropped ("deputy assistant secretary" / "assistant secretary") stands
    // alone; against other words ("military chief says" / "air force") the clause was retold.
    const [titled, untitled] = onlyA.length ? [titleB, other] : [titleA, base];
    const untitledWords = wordsOf(untitled);
    const retold = !titled.length && untitledWords.some((t) => !isFunctionNorm(t.norm.toLowerCase()));
    // "he" / "the former president": the same person, once by pronoun and once by post.
    const byPronoun = !titled.length && untitledWords.some((t) => PERSONAL_PRONOUNS.has(t.norm.toLowerCase()));
    if (retold || byPronoun) return undefined;
    // "“This is …,” the president said." / "The president called it …": the post moved, the other
    // row names it too. Asked last: the row's words are gathered for it.
    if ((onlyA.length ? onlyA : onlyB).every((t) => rowWords(untitled.row).has(t.norm.toLowerCase()))) return undefined;
  }
  const focus = isRewrite(base, other) ? { base: plain(onlyA), other: plain(onlyB) } : undefined;
  if (focus && (!onlyA.length || !onlyB.length)) return undefined;
  return { category: "entity", severity: "substantive", label: "Title", widen: "title", focus };
}
