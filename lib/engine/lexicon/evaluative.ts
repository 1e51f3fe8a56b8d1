/**
 * Words that characterise rather than report: evaluative adjectives and adverbs, intensifiers,
 * verbs that judge ("hailed", "slammed"), and loaded nouns for conflict and dissent. Swapping one
 * of these changes how a story is told. Suffix rules in `looksDescriptive` catch the open class.
 */
import { memoByWord } from "./word-memo";

export const EVALUATIVE_WORDS: ReadonlySet<string> = new Set(
  `good bad great poor best worst better worse positive negative productive useful
  useless frank candid cordial warm friendly hostile tense tough difficult easy hard serious
  historic important major minor significant
  modest massive huge small large big strong weak firm soft harsh mild sharp slight
  successful failed fruitful fruitless honest dishonest fair unfair free open closed secret
  brutal bloody peaceful violent aggressive defensive illegal legal unlawful lawful
  alleged suspected so-called controversial disputed notorious infamous famous renowned
  radical extremist moderate hardline conservative liberal progressive
  very highly extremely deeply really quite rather somewhat fairly largely mostly
  entirely completely totally fully partly partially barely hardly slightly sharply
  clearly apparently reportedly allegedly supposedly possibly probably likely unlikely
  hail hailed praise praised welcome welcomed commend commended applaud applauded laud lauded
  criticize criticized condemn condemned denounce denounced slam slammed blast blasted
  attack attacked accuse accused blame blamed claim claimed admit admitted concede conceded
  insist insisted warn warned threaten threatened vow vowed pledge pledged promise promised
  boast boasted complain complained deny denied reject rejected dismiss dismissed
  urge urged demand demanded plead pleaded beg begged reveal revealed acknowledge acknowledged
  invasion invade invaded occupation occupy occupied annexation annex annexed aggression
  war conflict crisis operation incursion offensive attack assault raid strike massacre
  genocide atrocity terror terrorist terrorists terrorism militant militants rebel rebels
  insurgent insurgents fighters regime junta dictator dictatorship propaganda
  riot riots protest protests protesters demonstrators mob crowd
  killed murdered slaughtered executed
  disappointing encouraging heartening alarming shocking troubling disturbing worrying promising
  surprising stunning astonishing heartbreaking devastating damning humiliating embarrassing
  frustrating unprecedented unexpected disappointed pleased delighted shocked saddened outraged
  angered relieved optimistic pessimistic upbeat gloomy bleak grim dire`
    .split(/\s+/)
    .filter(Boolean),
);

/** Derivational endings of adjectives and adverbs ("productive", "historic", "deeply"). */
const DESCRIPTIVE_SUFFIXES = /(?:ive|ous|ful|less|ic|ical|able|ible|ary|ant|ent|like|ish|esque|ly)$/;

/** Nouns and others that carry those endings without describing anything. */
const NOT_DESCRIPTIVE = new Set(
  `only early family supply reply apply rely ally italy july daily
  public republic music topic logic clinic traffic panic
  agent percent president student parent event content moment government department
  statement agreement settlement payment management development investment movement element
  comment client patient current talent accident incident argument document instrument
  assistant consultant participant merchant servant tenant lieutenant immigrant migrant
  table cable stable vegetable library salary secretary anniversary summary military january february`
    .split(/\s+/)
    .filter(Boolean),
);

/** Endings that look descriptive but make verbs and nouns: "receive", "survive", "statement", "grant". */
const FALSE_SUFFIXES = /(?:ceive|rive|vive|ieve|give|ment|ments|grant|went|spent)$/;

/** Nouns ending like adjectives ("executive", "representative", "incentive"). */
const IVE_NOUNS = new Set(
  "executive executives representative representatives initiative initiatives alternative alternatives detective detectives relative relatives incentive incentives perspective directive directives motive motives native natives captive operative operatives objective objectives archive archives".split(
    " ",
  ),
);

/**
 * True when a lower-case content word describes or judges (by list or by its ending). Read once per
 * word (word-memo.ts): the characterization and contrast detectors ask of every changed word of
 * every pair, and the endings are two patterns run over the word.
 */
export const looksDescriptive: (word: string) => boolean = memoByWord(50_000, (word: string): boolean => {
  if (EVALUATIVE_WORDS.has(word)) return true;
  if (word.length < 5 || NOT_DESCRIPTIVE.has(word) || IVE_NOUNS.has(word) || FALSE_SUFFIXES.test(word)) return false;
  return DESCRIPTIVE_SUFFIXES.test(word);
});

/**
 * Words that say the same of an event in other words: a thesaurus's groups for the verbs and
 * adjectives news uses to characterise. Swapping one for another of its group ("admitted" /
 * "conceded") is wording; swapping across groups ("praised" / "criticised") is a conflict.
 */
const NEAR_SYNONYMS: readonly string[] = [
  "admit concede acknowledge confess",
  "praise hail laud commend applaud welcome",
  "criticize criticise condemn denounce slam blast decry",
  "warn caution",
  "vow pledge promise",
  "urge call press",
  "deny reject dismiss rebuff",
  "claim assert allege",
  "reveal disclose",
  "insist maintain",
  "huge massive enormous vast",
  "big large",
  "small little",
  "strong powerful",
  "serious grave",
  "important significant major key",
  "difficult hard tough",
  "frank candid",
  "cordial friendly warm",
  "impressive remarkable dazzling spectacular",
  // Participles by their stem, as synonymGroup looks them up ("devastating" → "devastate").
  "tragic devastate heartbreak",
  "disappoint frustrate",
  "encourage hearten",
  "alarm worry trouble disturb",
  "shock stun astonish surprise",
  "please delight",
  "anger outrage",
  "grim bleak dire gloomy",
  "optimistic upbeat",
];

const SYNONYM_GROUP: ReadonlyMap<string, number> = new Map(NEAR_SYNONYMS.flatMap((line, group) => line.split(" ").map((word) => [word, group] as const)));

/** The near-synonym group of a word's lemma, if it has one. */
export function synonymGroup(lemma: string): number | undefined {
  return SYNONYM_GROUP.get(lemma) ?? SYNONYM_GROUP.get(`${lemma}e`);
}
