/**
 * Sets of words that exclude one another in a news report: a story that says "convicted" where
 * another says "charged", "hundreds" where another says "dozens", "the second" where another says
 * "the first", "evening" where another says "morning" tells a different fact, however alike the
 * sentences look. Words of one class are the same ("killed" / "dead", "detained" / "arrested");
 * words of two classes of one set conflict. General knowledge of news language, not of any story.
 */
import { TALLY_CUES } from "./measures";

interface ContrastSet {
  /** What differs, for the summary. */
  label: string;
  category: "number" | "characterization" | "date";
  /** Classes of interchangeable words (lower case, inflected forms listed). */
  classes: string[];
  /** The word both must stand before for the set to apply ("critical condition", not "a critical step"). */
  before?: string;
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
  // "next week" / "next month", "a day earlier" / "a year earlier": another time, not another wording.
  { label: "Time span", category: "date", classes: ["day days", "week weeks", "month months", "year years", "decade decades", "century centuries"] },
  // A patient's condition as hospitals grade it.
  { label: "Condition", category: "characterization", classes: ["critical", "serious grave", "stable fair good satisfactory"], before: "condition" },
  // How someone left a post: of their own accord or put out of it.
  { label: "Departure", category: "characterization", classes: ["resigned quit", "fired dismissed sacked ousted"] },
  {
    label: "Order",
    category: "number",
    classes: ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"],
  },
  { label: "Scale", category: "number", classes: ["dozen dozens", "scores", "hundred hundreds", "thousand thousands", "million millions", "billion billions", "tens"] },
  // What became of an event: it took place, was called off, or was put back.
  { label: "Event status", category: "characterization", classes: ["held", "canceled cancelled scrapped", "postponed delayed"] },
  { label: "Share", category: "number", classes: ["half halves", "third thirds", "quarter quarters", "fifth fifths", "tenth tenths"] },
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

/**
 * The contrast two words make, if they belong to two classes of one set ("dozens" / "hundreds").
 * The tallies of measures.ts count too: "five were missing" / "five were injured".
 */
export function contrastOf(a: string, b: string, next: { a?: string; b?: string } = {}): { label: string; category: ContrastSet["category"] } | undefined {
  if (a === b) return undefined;
  for (const x of CLASS_OF.get(a) ?? []) {
    const { set } = x;
    if (set.before && (next.a !== set.before || next.b !== set.before)) continue;
    for (const y of CLASS_OF.get(b) ?? []) if (y.set === set && x.index !== y.index) return { label: set.label, category: set.category };
  }
  const [regionA, regionB] = [REGION_PARTS.get(a), REGION_PARTS.get(b)];
  if (regionA && regionB && ![...regionA].some((part) => regionB.includes(part))) return { label: "Direction", category: "characterization" };
  const [tallyA, tallyB] = [TALLY_CUES.get(a), TALLY_CUES.get(b)];
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

/** Tally classes that say what was expected or counted, not what happened to someone. */
const NOT_A_STATUS = new Set(["forecast", "aboard"]);
