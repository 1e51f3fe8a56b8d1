/**
 * Abbreviations news copy uses, and the names they stand for.
 * All keys are lower case without periods; the tokenizer keeps a listed abbreviation's period
 * with the word ("Gov." is one token) so that "Gov." and "Governor" can compare equal.
 */
import { CALENDAR_ABBREVIATIONS } from "./calendar";

/** Title and company abbreviations → the full word ("gov" → "governor"). */
const EXPANSIONS: Record<string, string> = {
  gov: "governor",
  sen: "senator",
  rep: "representative",
  gen: "general",
  lt: "lieutenant",
  col: "colonel",
  sgt: "sergeant",
  capt: "captain",
  cmdr: "commander",
  adm: "admiral",
  maj: "major",
  prof: "professor",
  pres: "president",
  supt: "superintendent",
  dept: "department",
  govt: "government",
  corp: "corporation",
  co: "company",
  ltd: "limited",
  inc: "incorporated",
  bros: "brothers",
  jr: "junior",
  sr: "senior",
  mt: "mount",
  ft: "fort",
  ave: "avenue",
  blvd: "boulevard",
  no: "number",
  nos: "numbers",
  vs: "versus",
  approx: "approximately",
  est: "estimated",
};

/** Abbreviations that keep their period but have no expansion worth equating ("Mr." = "Mr"). */
const PLAIN = ["mr", "mrs", "ms", "dr", "st", "rev", "hon", "etc", "esq", "univ", "assn", "msgr", "fr"];

/** Words that are abbreviations only when followed by a period (see `CALENDAR_ABBREVIATIONS`). */
const DOT_ONLY = new Set(["no", "co", "gen", "col", "rep", "sen", "maj", "est", "fr", "rev", "ft", "mt", "sr", "jr", "st", "dr", "inc", "ms", "mr", "mrs", "capt", "lt", "gov"]);

const FULL_FORM: ReadonlyMap<string, string> = new Map([
  ...Object.entries(EXPANSIONS),
  ...CALENDAR_ABBREVIATIONS.map((a) => [a.short, a.full] as [string, string]),
]);

const DOTTED: ReadonlySet<string> = new Set([...FULL_FORM.keys(), ...PLAIN]);

const CALENDAR_DOT_ONLY = new Set(CALENDAR_ABBREVIATIONS.filter((a) => a.dotOnly).map((a) => a.short));

/** True when `word` (lower case, no period) is an abbreviation whose period belongs to the word. */
export function takesPeriod(word: string): boolean {
  return DOTTED.has(word);
}

/**
 * The full form of an abbreviation, or undefined. `withPeriod` says whether the source wrote the
 * period: "Mar." is March, "Mar" is not; "Sept" is September either way.
 */
export function expandAbbreviation(word: string, withPeriod: boolean): string | undefined {
  const full = FULL_FORM.get(word);
  if (!full) return undefined;
  if (!withPeriod && (DOT_ONLY.has(word) || CALENDAR_DOT_ONLY.has(word))) return undefined;
  return full;
}

/**
 * Multi-word names that have a standard short form, as normalised token sequences → the key both
 * share. The short forms themselves ("U.S.", "UN", "EU") normalise to the same key in normalize.ts.
 */
export const NAME_PHRASES: ReadonlyArray<{ words: string[]; key: string }> = [
  { words: ["united", "states", "of", "america"], key: "US" },
  { words: ["united", "states"], key: "US" },
  { words: ["united", "kingdom"], key: "uk" },
  { words: ["united", "nations"], key: "un" },
  { words: ["european", "union"], key: "eu" },
  { words: ["soviet", "union"], key: "ussr" },
  { words: ["united", "arab", "emirates"], key: "uae" },
  { words: ["per", "cent"], key: "percent" },
];

/** Acronym spellings that stand for the same name ("USA" = "US"), after periods are removed. */
export const ACRONYM_ALIASES: ReadonlyMap<string, string> = new Map([
  ["usa", "US"],
  ["us", "US"],
  // "Grand Old Party": the Republican Party's nickname, used interchangeably in US copy.
  ["gop", "republican"],
  // A North American time zone with or without its season: copy writes "EST" all year for "ET".
  ...["e", "c", "m", "p"].flatMap((zone) => ["t", "st", "dt"].map((season) => [`${zone}${season}`, `${zone}t`] as [string, string])),
  ["utc", "gmt"],
]);
