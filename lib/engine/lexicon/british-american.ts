/**
 * British → American spelling pairs ("normalising" → "normalizing", "grey" → "gray").
 *
 * Data: `british-american.json` is the spelling table of the npm package
 * `american-british-english-translator` 0.2.1 (data/british_spellings.json, plus the two pairs only
 * its data/american_spellings.json lists), © 2016 Hyperreality, MIT licence,
 * https://github.com/hyperreality/American-British-English-Translator. Copied as data so the engine
 * has no run-time dependency on the package; one pair that is not a spelling variant ("bevvy") dropped.
 *
 * The table is exact; `americanSpelling` adds a few general suffix rules for words it lacks
 * (-isation, -ise, -yse, -our, -tre, -ll- inflections, -ogue), each guarded so that two different
 * real words never collapse into one ("filled" ≠ "filed", "four" ≠ "for", "prise" ≠ "prize").
 */
import table from "./british-american.json";

const BRITISH_TO_AMERICAN: ReadonlyMap<string, string> = new Map(Object.entries(table as Record<string, string>));

/** Real -ise words that are not British spellings of an -ize word (and their inflections share the stem). */
const ISE_WORDS = new Set([
  "advertise", "advise", "apprise", "arise", "braise", "bruise", "chastise", "circumcise", "comprise",
  "compromise", "concise", "cruise", "demise", "despise", "devise", "disguise", "enterprise", "excise",
  "exercise", "expertise", "franchise", "guise", "improvise", "incise", "likewise", "merchandise",
  "mortise", "noise", "otherwise", "paradise", "poise", "praise", "precise", "premise", "promise",
  "raise", "reprise", "revise", "rise", "supervise", "surmise", "surprise", "televise", "treatise",
  "turquoise", "valise", "wise", "clockwise", "counterclockwise", "fundraise", "upraise", "uprise",
  "porpoise", "tortoise", "anise", "remise", "valise",
]);

/** Real -our words that are not British spellings of an -or word. */
const OUR_WORDS = new Set(["contour", "detour", "devour", "troubadour", "paramour", "velour", "amour", "glamour", "scour", "flour", "hour", "tour", "pour", "sour", "four", "your", "dour"]);

/**
 * The endings a real -ise word may be compounded into ("disguise", "fundraise", "otherwise"). Not
 * "rise": "characterise", "authorise", "summarise", "memorise" end in it as stem + "-ise" (their
 * compounds, "arise", "uprise", are listed whole).
 */
const ISE_WORDS_LIST = [...ISE_WORDS].filter((w) => w !== "rise");
const OUR_WORDS_LIST = [...OUR_WORDS];

const VOWELS = /[aeiouy]+/g;

function syllables(stem: string): number {
  return stem.match(VOWELS)?.length ?? 0;
}

/** -ise family → -ize family: "stabilise", "stabilised", "stabilising", "stabilises", "-isation(s)". */
function iseToIze(word: string): string | undefined {
  const m = /^(.{3,})is(e|ed|es|ing|ation|ations)$/.exec(word);
  if (!m || ISE_WORDS.has(`${m[1]}ise`) || ISE_WORDS_LIST.some((w) => `${m[1]}ise`.endsWith(w))) return undefined;
  return `${m[1]}iz${m[2]}`;
}

/** analyse → analyze, paralysed → paralyzed. */
function yseToYze(word: string): string | undefined {
  const m = /^(.{3,})ys(e|ed|es|ing|er|ers)$/.exec(word);
  return m ? `${m[1]}yz${m[2]}` : undefined;
}

/** colour → color, honoured → honored, favourite → favorite (stem of three letters or more). */
function ourToOr(word: string): string | undefined {
  const m = /^(.{3,})our(|s|ed|ing|able|ably|ful|ite|ites|less|er|ers|ism|ist|ists)$/.exec(word);
  if (!m) return undefined;
  const base = `${m[1]}our`;
  if (OUR_WORDS.has(base) || OUR_WORDS_LIST.some((w) => base.endsWith(w))) return undefined;
  return `${m[1]}or${m[2]}`;
}

/** centre → center, fibres → fibers, sombre → somber. */
function treToTer(word: string): string | undefined {
  const m = /^(.{3,})([tb])re(|s|d)$/.exec(word);
  if (!m) return undefined;
  return `${m[1]}${m[2]}er${m[3]}`;
}

/** travelled → traveled, cancelling → canceling: only after a stem of two syllables or more, so "filled" stays. */
function doubleLToSingle(word: string): string | undefined {
  const m = /^(.+[aeiou])ll(ed|ing|er|ers|or|ors)$/.exec(word);
  if (!m || syllables(m[1]) < 2) return undefined;
  return `${m[1]}l${m[2]}`;
}

/** catalogue → catalog, dialogues → dialogs (stem of four letters or more, so "rogue" stays). */
function ogueToOg(word: string): string | undefined {
  const m = /^(.{4,})ogue(|s)$/.exec(word);
  return m ? `${m[1]}og${m[2]}` : undefined;
}

const RULES = [iseToIze, yseToYze, ourToOr, treToTer, doubleLToSingle, ogueToOg];

/**
 * Forms British usage prefers and American style guides drop (AP: "toward", "among", "while"),
 * which the spelling table leaves out because each is also a word of its own.
 */
const PREFERRED_FORMS: ReadonlyMap<string, string> = new Map([
  ["towards", "toward"], ["afterwards", "afterward"], ["backwards", "backward"], ["forwards", "forward"],
  ["upwards", "upward"], ["downwards", "downward"], ["onwards", "onward"], ["inwards", "inward"], ["outwards", "outward"],
  ["amongst", "among"], ["whilst", "while"], ["amidst", "amid"],
]);

/** The American spelling of a lower-case word, or the word itself. */
export function americanSpelling(word: string): string {
  const listed = BRITISH_TO_AMERICAN.get(word) ?? PREFERRED_FORMS.get(word);
  if (listed) return listed;
  if (word.length < 6) return word;
  for (const rule of RULES) {
    const american = rule(word);
    if (american) return american;
  }
  return word;
}
