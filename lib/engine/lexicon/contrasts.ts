/**
 * Sets of words that exclude one another in a news report: a story that says "convicted" where
 * another says "charged", "hundreds" where another says "dozens", "the second" where another says
 * "the first", "evening" where another says "morning" tells a different fact, however alike the
 * sentences look. Words of one class are the same ("killed" / "dead", "detained" / "arrested");
 * words of two classes of one set conflict. General knowledge of news language, not of any story.
 */
import { appendTo } from "../collections";
import * as measures from "./measures";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of
// the modules (the benchmarks run so), and every pair of every unit is judged.
const { TALLY_CUES } = measures;

interface ContrastSet {
  /** What differs, for the summary. */
  label: string;
  category: "number" | "characterization" | "date";
  /** Classes of interchangeable words (lower case, inflected forms listed). */
  classes: string[];
  /** The word both must stand before for the set to apply ("critical condition", not "a critical step"). */
  before?: string;
}

/**
 * Sets whose cues may be phrases, read in a changed stretch of a few words on each side: "landed
 * safely" / "crashed", "shot dead" / "arrested", "spoke by phone" / "met in person". Each side's
 * stretch must name a class of the set and no class the other names. Function words are left out of
 * the stretches, so cues are written without them ("life prison" for "life in prison").
 */
interface StretchSet {
  label: string;
  category: "characterization";
  /** Classes, cues separated by "|": a cue is one word or several that must all be in the stretch. */
  classes: string[];
  /** Words one of which each row must contain for the set to apply (admitted to or discharged from a "hospital"). */
  near?: string[];
}

const STRETCH_SETS: StretchSet[] = [
  // What became of an aircraft.
  { label: "Outcome", category: "characterization", classes: ["landed|touched down|landing", "crashed|crash|plunged|plummeted"] },
  // What became of an attacker or a suspect at the end of an incident.
  { label: "Outcome", category: "characterization", classes: ["arrested|detained|custody|captured|apprehended|surrendered", "shot dead|killed|dead", "escaped|fled|large|run"] },
  { label: "Sentence", category: "characterization", classes: ["life|life prison|life imprisonment", "death|death penalty|execution", "probation|suspended", "years|year|months|month"], near: ["sentenced", "sentence", "sentences", "penalty", "faces", "face", "punishment"] },
  { label: "Vote", category: "characterization", classes: ["unanimous|unanimously", "split|divided|narrow|narrowly"] },
  // How a victim was attacked.
  { label: "Weapon", category: "characterization", classes: ["shot|gunned|gunfire", "stabbed|knifed", "beaten|bludgeoned", "strangled"] },
  // Where a victim was hurt.
  {
    label: "Wound",
    category: "characterization",
    classes: ["head|face", "neck|throat", "chest|torso|abdomen|stomach", "back", "arm|arms|shoulder", "hand|hands", "leg|legs|thigh|knee", "foot|feet"],
    near: ["shot", "stabbed", "wounded", "wounds", "injured", "injuries", "hit", "struck", "hurt"],
  },
  { label: "Colour", category: "characterization", classes: ["black", "white", "red", "blue", "green", "yellow", "gray|grey", "brown", "orange", "purple", "pink", "silver"] },
  // Which courts hear a case.
  { label: "Court", category: "characterization", classes: ["federal", "state|county"], near: ["court", "courts", "judge"] },
  // Whether someone still holds a post.
  { label: "Tenure", category: "characterization", classes: ["former|ex|onetime|then", "current|sitting|serving|incumbent"] },
  // On what terms someone was let go: charged and bailed, or not charged at all.
  { label: "Release", category: "characterization", classes: ["charge|charges|uncharged", "bail|bond"], near: ["released", "freed", "release", "let"] },
  // How two parties talked.
  { label: "Contact", category: "characterization", classes: ["phone|telephone|phoned", "person|face-to-face", "video|videoconference|virtually|virtual|online"], near: ["spoke", "speak", "talked", "met", "meet", "meeting", "talks", "call", "conversation", "interview", "interviewed"] },
  { label: "Travel", category: "characterization", classes: ["foot|walking", "car|vehicle|automobile", "motorcycle|motorbike", "bicycle|bike", "bus", "train|rail", "boat|ship|ferry|sea", "plane|air|aircraft|helicopter"] },
  { label: "Vote", category: "characterization", classes: ["bipartisan|cross-party", "party lines|party-line|partisan"] },
  { label: "Hospital", category: "characterization", classes: ["admitted|hospitalized|hospitalised", "discharged|released"], near: ["hospital", "hospitals"] },
  { label: "Place", category: "characterization", classes: ["scene", "hospital|hospitals", "home|house|residence|apartment"] },
  // How many times over a figure grew: "more than doubled" / "tripled".
  { label: "Multiple", category: "characterization", classes: ["doubled|doubling|double", "tripled|tripling|triple|trebled", "quadrupled|quadrupling|quadruple", "halved|halving"] },
  // Who says so: the authorities, people who saw it, or the family.
  {
    label: "Source",
    category: "characterization",
    classes: ["police|officers|authorities|officials", "witnesses|witness|bystanders|onlookers|residents", "relatives|family|relative"],
    near: ["said", "say", "says", "told", "according", "reported", "described"],
  },
  // Which way forces moved.
  { label: "Movement", category: "characterization", classes: ["entered|stormed|captured|seized|invaded", "withdrew|retreated|pulled out|abandoned"] },
  // What a vote, a regulator or a court decided.
  { label: "Decision", category: "characterization", classes: ["approved|ratified|accepted|adopted|passed|endorsed|upheld", "rejected|vetoed|blocked|refused|voted down|defeated|overturned|struck down"] },
  // How badly a building was hit: standing and repairable, or gone.
  { label: "Damage", category: "characterization", classes: ["destroyed|razed|flattened|leveled|levelled|collapsed|demolished|obliterated", "damaged"] },
  // What became of an order or a restriction.
  {
    label: "Order",
    category: "characterization",
    classes: ["lifted|rescinded|ended|eased|relaxed|suspended", "expanded|extended|widened|issued|imposed|tightened|reinstated"],
    near: ["order", "orders", "warning", "warnings", "ban", "curfew", "restrictions", "evacuation", "evacuations", "lockdown", "advisory", "state"],
  },
  // How a buyer pays.
  { label: "Payment", category: "characterization", classes: ["cash", "stock|shares"], near: ["share", "deal", "offer", "acquire", "buy", "bought", "acquisition", "bid", "merger", "paid", "pay", "takeover"] },
  // Results against what analysts expected.
  {
    label: "Against estimates",
    category: "characterization",
    classes: ["beat|topped|exceeded|surpassed|above|ahead", "missed|below|short|lagged|trailed"],
    near: ["estimates", "estimate", "expectations", "forecast", "forecasts", "consensus", "projections", "analysts"],
  },
  // Which opinion a judge wrote.
  { label: "Opinion", category: "characterization", classes: ["majority", "dissent|dissenting|dissented", "concurring|concurrence|concurred"], near: ["opinion", "wrote", "written", "justice", "justices", "judge", "court", "ruling"] },
  { label: "Award", category: "characterization", classes: ["won|winner|winning|awarded|received", "nominated|nomination|nominee|nominees|shortlisted|finalist"], near: ["award", "awards", "prize", "prizes", "best", "medal", "trophy"] },
  // What police used on a crowd.
  { label: "Weapon", category: "characterization", classes: ["tear gas|teargas", "rubber bullets|rubber", "water cannon|water cannons", "pepper spray", "live ammunition|live rounds|live fire", "stun grenades|flash-bang|flash-bangs"] },
  // Where in a house.
  { label: "Room", category: "characterization", classes: ["kitchen", "bedroom|bedrooms", "living room", "bathroom", "garage", "basement|cellar", "attic", "porch", "yard|backyard|garden"] },
  { label: "Open", category: "characterization", classes: ["reopened|opened|reopen|reopens|reopening", "closed|shut|shuttered|closure"] },
  { label: "Place", category: "characterization", classes: ["offshore|coast|coastal", "inland|onshore"] },
  { label: "Water", category: "characterization", classes: ["river|rivers|creek|stream", "lake|lakes|pond|reservoir", "sea|ocean|gulf|bay", "canal"] },
  // Whether someone was found alive: "rescued alive" / "found dead", "dead" / "unresponsive"; a
  // patient's condition ("in stable condition" / "had died").
  {
    label: "Alive",
    category: "characterization",
    classes: ["alive|survived|survivor|survivors|rescued|stable condition|critical condition|serious condition|fair condition|good condition|recovering", "dead|died|killed|bodies|body", "unresponsive|unconscious"],
  },
  { label: "Race", category: "characterization", classes: ["leading|leads|led|ahead", "trailing|trails|trailed|behind"], near: ["poll", "polls", "points", "race", "vote", "votes", "election", "survey"] },
  // Where a deal stands.
  { label: "Deal", category: "characterization", classes: ["announced|agreed|proposed|planned", "completed|closed|finalized|finalised"], near: ["deal", "merger", "acquisition", "takeover", "purchase", "sale", "agreement"] },
  { label: "Approval", category: "characterization", classes: ["subject|pending|awaiting|needs|requires|seeking", "received|secured|granted|obtained|won"], near: ["approval", "approvals"] },
  // What a central bank did with its rate.
  { label: "Rate decision", category: "characterization", classes: ["held|kept|left|unchanged|steady|paused|pause", "raised|hiked|increased|hike|raise", "cut|lowered|reduced|trimmed"], near: ["rate", "rates", "interest"] },
  // Whether a search goes on ("called off": function words are left out of cues).
  { label: "Search", category: "characterization", classes: ["searching|continued|continuing|continues|resumed|ongoing", "called|suspended|ended|halted|abandoned|scaled"], near: ["search", "searching", "searches", "rescue", "rescuers", "operation"] },
  // How a fire, a crash or a death came about: on purpose or by accident.
  { label: "Cause", category: "characterization", classes: ["deliberately|deliberate|intentionally|intentional|arson|set", "accidental|accidentally|accident"] },
  // What brought a system down or set off a blast: an attack, or a fault.
  {
    label: "Cause",
    category: "characterization",
    classes: ["cyberattack|cyber attack|cyber-attack|hack|hackers|hacked|hacking|ransomware|sabotage|bomb|explosive device", "configuration|software update|glitch|bug|faulty|malfunction|technical|gas leak|human error|equipment failure"],
    near: ["caused", "cause", "blamed", "blames", "due", "because", "triggered", "result"],
  },
  // How a school or a club disciplined someone.
  { label: "Discipline", category: "characterization", classes: ["suspended|suspension", "expelled|expulsion|banned"] },
];

/** Most content words a changed stretch may have on either side for its cues to be read as the change. */
export const MAX_STRETCH_WORDS = 3;

/** Each side's words (lower case, function words left out) and whether its row has a word (for `near`). */
export interface Stretch {
  words: string[];
  rowHas(word: string): boolean;
}

/** A cue of a stretch set, split into its words once. */
interface Cue {
  set: StretchSet;
  index: number;
  words: string[];
}

/** Cues by each of their words: a stretch looks up only the cues its own words could complete. */
const CUES_BY_WORD: ReadonlyMap<string, Cue[]> = (() => {
  const map = new Map<string, Cue[]>();
  for (const set of STRETCH_SETS) {
    set.classes.forEach((cues, index) => {
      for (const cue of cues.split("|")) {
        const words = cue.split(" ");
        for (const word of new Set(words)) appendTo(map, word, { set, index, words });
      }
    });
  }
  return map;
})();

/**
 * The contrast two changed stretches make when each names another class of one set ("landed
 * safely" / "crashed"), or undefined.
 */
export function stretchContrastOf(a: Stretch, b: Stretch): { label: string; category: StretchSet["category"] } | undefined {
  if (a.words.length > MAX_STRETCH_WORDS || b.words.length > MAX_STRETCH_WORDS) return undefined;
  // Most stretches name no class: the second is then not read.
  const inA = classesNamed(a.words);
  if (!inA.size) return undefined;
  const inB = classesNamed(b.words);
  if (!inB.size) return undefined;
  // Sets in their listed order, so the first that fits names the contrast whatever the words' order.
  for (const set of STRETCH_SETS) {
    const [classesA, classesB] = [inA.get(set), inB.get(set)];
    if (!classesA || !classesB || [...classesA].some((k) => classesB.has(k))) continue;
    if (set.near && !(rowHasAny(a, set.near) && rowHasAny(b, set.near))) continue;
    return { label: set.label, category: set.category };
  }
  return undefined;
}

/** Whether a stretch's row has any of the words (a loop: `rowHas` is a method). */
function rowHasAny(stretch: Stretch, words: readonly string[]): boolean {
  for (const w of words) if (stretch.rowHas(w)) return true;
  return false;
}

/** Whether every cue word is among the words (a loop: keepNames transpilers name a closure per call). */
function allIn(cueWords: readonly string[], words: string[]): boolean {
  for (const w of cueWords) if (!words.includes(w)) return false;
  return true;
}

/** Set → the classes whose cues the words complete. */
function classesNamed(words: string[]): Map<StretchSet, Set<number>> {
  const named = new Map<StretchSet, Set<number>>();
  for (const word of words) {
    const cues = CUES_BY_WORD.get(word);
    if (!cues) continue;
    for (const cue of cues) {
      if (cue.words.length > 1 && !allIn(cue.words, words)) continue;
      const classes = named.get(cue.set) ?? new Set<number>();
      classes.add(cue.index);
      named.set(cue.set, classes);
    }
  }
  return named;
}

const SETS: ContrastSet[] = [
  {
    label: "Legal status",
    category: "characterization",
    classes: [
      "questioned interviewed",
      "detained arrested held jailed",
      "charged indicted accused",
      "convicted",
      "acquitted cleared exonerated",
      "sentenced",
      "pardoned",
    ],
  },
  {
    label: "Charge",
    category: "characterization",
    classes: ["murder murders homicide", "manslaughter", "assault assaults battery", "robbery robberies", "burglary burglaries", "theft thefts larceny", "fraud frauds", "arson", "kidnapping kidnappings abduction", "rape rapes", "terrorism"],
  },
  { label: "Sex", category: "characterization", classes: ["boy boys son sons brother brothers father fathers husband husbands", "girl girls daughter daughters sister sisters mother mothers wife wives"] },
  { label: "Sex", category: "characterization", classes: ["man men", "woman women"] },
  // Groups only: "a 17-year-old man" / "a 17-year-old boy" is how two outlets describe one teenager.
  { label: "Age", category: "characterization", classes: ["adults men women", "children kids minors"] },
  { label: "Time of day", category: "date", classes: ["morning mornings", "afternoon afternoons", "evening evenings"] },
  // How often: "100 million monthly users" / "daily users".
  { label: "Frequency", category: "characterization", classes: ["hourly", "daily", "weekly", "monthly", "quarterly", "yearly annual annually"] },
  // "next week" / "next month", "a day earlier" / "a year earlier": another time, not another wording.
  { label: "Time span", category: "date", classes: ["day days", "week weeks", "month months", "year years", "decade decades", "century centuries"] },
  // A patient's condition as hospitals grade it.
  { label: "Condition", category: "characterization", classes: ["critical", "serious grave", "stable fair good satisfactory"], before: "condition" },
  // How someone left a post: of their own accord or put out of it.
  { label: "Departure", category: "characterization", classes: ["resigned quit resignation", "fired dismissed sacked ousted", "retired retirement"] },
  {
    label: "Order",
    category: "number",
    classes: ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"],
  },
  { label: "Scale", category: "number", classes: ["dozen dozens", "scores", "hundred hundreds", "thousand thousands", "million millions", "billion billions", "tens"] },
  // What became of an event: it took place, was called off, or was put back.
  { label: "Event status", category: "characterization", classes: ["held", "canceled cancelled scrapped", "postponed delayed"] },
  { label: "Share", category: "number", classes: ["half halves one-half half-point", "third thirds one-third", "two-thirds", "quarter quarters one-quarter quarter-point", "three-quarters", "fifth fifths one-fifth", "tenth tenths one-tenth"] },
  { label: "Outcome", category: "characterization", classes: ["profit profits surplus", "loss losses deficit"] },
];

const CLASS_OF = new Map<string, Array<{ set: ContrastSet; index: number }>>();
for (const set of SETS) {
  set.classes.forEach((words, index) => {
    for (const word of words.split(" ")) {
      const list = CLASS_OF.get(word) ?? [];
      list.push({ set, index });
      CLASS_OF.set(word, list);
    }
  });
}

/** Words of a set that applies only before a word ("critical" condition): the words after are read only for them. */
const READ_WITH_WORD_AFTER: ReadonlySet<string> = new Set(SETS.filter((set) => set.before !== undefined).flatMap((set) => set.classes.flatMap((words) => words.split(" "))));
export const readsWordAfter = (word: string) => READ_WITH_WORD_AFTER.has(word);

/**
 * The contrast two words make, if they belong to two classes of one set ("dozens" / "hundreds").
 * The tallies of measures.ts count too: "five were missing" / "five were injured".
 */
export function contrastOf(a: string, b: string, next: { a?: string; b?: string } = {}): { label: string; category: ContrastSet["category"] } | undefined {
  if (a === b) return undefined;
  // Every one-word swap asks: each list is read only when the first word has one (no lists made).
  const classesA = CLASS_OF.get(a);
  const classesB = classesA && CLASS_OF.get(b);
  if (classesA && classesB) {
    for (const x of classesA) {
      const { set } = x;
      if (set.before && (next.a !== set.before || next.b !== set.before)) continue;
      for (const y of classesB) if (y.set === set && x.index !== y.index) return { label: set.label, category: set.category };
    }
  }
  const regionA = REGION_PARTS.get(a);
  const regionB = regionA && REGION_PARTS.get(b);
  if (regionA && regionB && ![...regionA].some((part) => regionB.includes(part))) return { label: "Direction", category: "characterization" };
  const tallyA = TALLY_CUES.get(a);
  const tallyB = tallyA && TALLY_CUES.get(b);
  if (tallyA && tallyB && tallyA !== tallyB && !NOT_A_STATUS.has(tallyA) && !NOT_A_STATUS.has(tallyB)) return { label: "Status", category: "characterization" };
  return undefined;
}

/**
 * Parts of the country a direction word points to: "northern" and "southern" Greece exclude each
 * other, "northern" and "northeastern" overlap, "central" excludes every edge.
 */
const REGION_PARTS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const forms = (root: string) => [root, `${root}ern`, `${root}ward`];
  for (const [root, parts] of [["north", "n"], ["south", "s"], ["east", "e"], ["west", "w"]] as const) for (const w of forms(root)) map.set(w, parts);
  for (const [a, b] of [["north", "east"], ["north", "west"], ["south", "east"], ["south", "west"]] as const) {
    for (const w of [`${a}${b}`, `${a}-${b}`, `${a}${b}ern`, `${a}-${b}ern`]) map.set(w, `${a[0]}${b[0]}`);
  }
  map.set("central", "c");
  return map;
})();

/** Tally classes that say what was expected or counted, not what happened to someone; "cut" says too much else. */
const NOT_A_STATUS = new Set(["forecast", "aboard", "job cuts"]);
