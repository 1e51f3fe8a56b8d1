/**
 * Figures that conflict across versions. A figure is compared only with figures that count the
 * same thing (same tally, unit and counted group):
 *  - inside a unit (one statement), any counted figure;
 *  - across the whole story, tallies ("dead", "hurt", "missing", "rescued", "aboard"…): update
 *    stages restate them in rewritten ledes that share no sentence ("24 dead" → "43 dead").
 * Values that agree at the precision they are written to (or within a hedged range) agree; a
 * conflict needs two versions each stating a value the other does not.
 */
import { addToSetOf, appendTo, wordTable } from "../collections";
import { clip, MAX_SUMMARY_WORDING } from "../classify-text";
import type { FoundDiscrepancy, Variant } from "../types";
import type { SentenceRef } from "../units/sentences";
import type { Unit } from "../units/align-units";
import * as figureReading from "./quantity";
import type { Quantity } from "./quantity";
import { firstReadings, oneWording, readingsConflict } from "./readings";
import { moneyMeasureOf } from "./money-measure";
import { memoByText } from "../memo";

// Read once: an imported binding is a getter call in the CommonJS tsx makes (the benchmarks run
// so), and every sentence of every version is looked up.
const { quantitiesOfText } = figureReading;

export interface PlacedQuantity {
  quantity: Quantity;
  sentence: SentenceRef;
}

const TALLY_LABEL = wordTable({
  dead: "Death toll", hurt: "Injured", hospitalized: "Hospitalized", missing: "Missing", rescued: "Rescued", aboard: "On board", sick: "Sick",
  arrested: "Arrested", displaced: "Displaced", forecast: "Forecast", "without power": "Without power", evacuated: "Evacuated",
  destroyed: "Destroyed", damaged: "Damaged", area: "Area", "job cuts": "Job cuts", trapped: "Trapped",
});
/** Units whose sizes differ by no more than this ratio are one unit written two ways ("tons" / "tonnes"). */
const SAME_UNIT_SIZE = 1.2;
const MEASURE_LABEL = wordTable({ revenue: "Revenue", profit: "Profit" });
const UNIT_LABEL = wordTable({ percent: "Percentage", money: "Amount", weight: "Weight", length: "Distance", duration: "Duration", points: "Points", speed: "Speed", temperature: "Temperature", area: "Area" });
const COUNTED_LABEL = wordTable({ seats: "Seats", majority: "Majority", magnitude: "Magnitude" });
const GROUPS = new Set(["people", "troops", "civilians", "children", "crew", "jobs", "votes", "precincts"]);

/** All figures of every sentence, by sentence id. */
export function quantitiesBySentence(sentences: SentenceRef[]): Map<string, PlacedQuantity[]> {
  const out = new Map<string, PlacedQuantity[]>();
  for (const sentence of sentences) {
    const found = quantitiesOfText(sentence.text);
    if (found.length) out.set(sentence.id, found.map((quantity) => ({ quantity, sentence })));
  }
  return out;
}

/** A figure's slot inside one statement; undefined for a bare figure (the word diff reads those). */
function unitSlot(q: Quantity): string | undefined {
  // "($56.8 million)" after "42.6 million pounds" converts that sum into another currency: it is
  // compared only with other versions' conversions ("$9bn (£7.5bn)" / "$9bn (£6.5bn)").
  if (q.converted && q.unit === "money") return "-|money|converted";
  // Outside tallies a bound ("less than 5,000 steps", "up to 1,000%") is another claim than a
  // figure ("20,000 steps"), and a floor another than a ceiling: only figures of one kind are compared.
  // An estimate of a measure ("about five hours") is a claim of the value itself, read with its
  // slack; sums of money, several to a statement ("earned roughly $141 million and paid …"), keep
  // their estimates apart.
  // So is a figure just short of a value ("for nearly 30 years" / "for 23 years"), unlike a ceiling ("up to").
  const bound = (q.bound === "estimate" || q.near) && q.unit !== "money" ? "point" : (q.bound ?? "point");
  const kind = `${q.tally ? "" : `|${bound}`}${q.prior ? "|prior" : ""}`;
  if (q.tally || q.unit) return `${q.tally ?? "-"}|${q.unit ?? "-"}|${groupOf(q)}${kind}`;
  // A case's counts are read with their verdict (verdicts.ts): "23 counts" brought are no "ten counts" convicted on.
  if (q.counted === "count" || q.counted === "charge") return undefined;
  return q.counted && q.counted !== "people" ? `-|-|${q.counted}${partyOf(q)}${kind}` : undefined;
}

/** Seats are counted party by party: "Labour won 411 seats … the Conservatives 121" are two facts. */
const partyOf = (q: Quantity) => (q.counted === "seats" && q.anchor ? `|${q.anchor}` : "");

/** A tally's slot across the story. */
function storySlot(q: Quantity): string | undefined {
  if (q.increment || q.prior || (q.converted && q.unit === "money")) return undefined;
  // A forecast is one fact of the story only when it says what it counts: economists expect
  // several figures (jobs, the jobless rate, earnings per share).
  if (q.tally === "forecast" && !(q.counted && GROUPS.has(q.counted))) return undefined;
  if (q.tally) return `${q.tally}|${q.unit ?? "-"}|${groupOf(q)}`;
  // An election's result: each party's seats and the winner's majority, wherever a version says them.
  if (!q.unit && q.counted === "seats" && q.anchor) return `-|-|seats${partyOf(q)}|${q.bound ?? "point"}`;
  if (!q.unit && q.counted === "majority") return `-|-|majority|${q.bound ?? "point"}`;
  if (q.unit !== "percent" || !q.counted) return undefined;
  // How much of the count is in ("98 percent of polling stations"): one fact of an election story.
  if (q.counted === "precincts") return "-|percent|precincts";
  // "Lai … 40.2 percent of the vote": a share said of a named party is one fact across the story.
  return q.anchor ? `-|percent|${q.counted}|${q.anchor}|${q.bound ?? "point"}` : undefined;
}

/** A percentage a noun names ("a premium of 32%" / "a 23% premium"): one fact of the story, however the versions' sentences fall. */
function measuredSlot(q: Quantity): string | undefined {
  return q.unit === "percent" && q.measures && !q.increment && !q.prior ? `-|percent|measures ${q.measures}|${q.bound ?? "point"}` : undefined;
}

/**
 * The counted group a slot keeps apart: children are a breakdown of a toll ("including 14
 * children"), soldiers and personnel are people. A figure with a unit and no noun ("40.2
 * percent") matches the same unit with a noun only inside one statement.
 */
function groupOf(q: Quantity): string {
  // Jobs cut and the people who held them are one count ("15,000 jobs" / "18,000 people").
  if (q.tally === "job cuts") return "jobs";
  // What a sum is called ("$2.3 million in public funds" / "$3.2 million from taxpayers") is how a
  // version words it; what it measures (revenue, profit) keeps sums apart instead (moneyMeasureOf).
  if (!q.counted || q.moneyNoun) return q.tally ? "people" : "";
  // A breakdown ("including three pilots") is a count of its own kind, never the toll itself.
  if (GROUPS.has(q.counted) || q.part) return q.counted;
  return q.tally ? "people" : q.counted;
}

/** The figures' conflicts among the units; `placed` is quantitiesBySentence's map of their sentences. */
export function quantityConflicts(units: Unit[], placed: Map<string, PlacedQuantity[]>, reportOrder: string[]): FoundDiscrepancy[] {
  const found = new Map<string, FoundDiscrepancy>();
  const add = (d: FoundDiscrepancy | undefined) => {
    if (!d) return;
    const signature = placesOf(d);
    if (!found.has(signature)) found.set(signature, d);
  };
  // Sums of money are compared measure by measure: revenue with revenue, profit with profit.
  // A figure's slots are a function of the figure and its sentence's wording, and copies of a
  // sentence share its figures' objects (quantitiesOfText): each figure's are worked out once,
  // not once per copy (a sum's measure is read from the words around it).
  const slots = new Map<Quantity, string | undefined>();
  const measured = (p: PlacedQuantity) => {
    if (slots.has(p.quantity)) return slots.get(p.quantity);
    const slot = unitSlot(p.quantity);
    const key = slot && p.quantity.unit === "money" ? `${slot}|${moneyMeasureOf(p) ?? ""}` : slot;
    slots.set(p.quantity, key);
    return key;
  };
  const measures = new Map<Quantity, string | undefined>();
  const measureOfFigure = (p: PlacedQuantity) => {
    if (measures.has(p.quantity)) return measures.get(p.quantity);
    const key = measureOf(p);
    measures.set(p.quantity, key);
    return key;
  };
  const rounded: FoundDiscrepancy[] = [];
  for (const unit of units) {
    // Most statements hold no figure: they are passed over without a list built for them.
    const here: PlacedQuantity[] = [];
    // Copies of a wording come one after another in a unit and state the same figures: after a
    // member without any, its copies are passed over unlooked-up (a map read per member of every unit).
    let without: string | undefined;
    for (const member of unit.members) {
      if (member.text === without) continue;
      const figures = placed.get(member.id);
      if (figures) for (const p of figures) here.push(p);
      else without = member.text;
    }
    if (!here.length) continue;
    // Copies of one sentence state the same figures, which agree in every slot (each version holds
    // every reading), even at face value: only a bound one copy's plain figure breaks is read there.
    if (!oneWording(unit.members)) for (const group of byPlacedSlot(here, measured).values()) {
      const withForms = withNamedForms(group, here);
      const conflict = conflictOf(withForms, reportOrder);
      if (conflict) add(conflict);
      else {
        const apart = roundedApart(withForms, reportOrder);
        if (apart) rounded.push(apart);
      }
    }
    for (const group of byPlacedSlot(here, measureOfFigure).values()) add(brokenBound(group, reportOrder));
  }
  const all = adoptCountedNouns(outsideBackground([...placed.values()].flat()));
  for (const group of bySlot(all, storySlot).values()) add(conflictOf(group, reportOrder));
  for (const group of bySlot(all, measuredSlot).values()) add(conflictOf(group, reportOrder));
  const conflicts = withoutSubsumed([...found.values()]);
  // A figure within rounding of another is shown once, and only where no conflict already shows it.
  const shown = new Set(conflicts.flatMap(spanKeys));
  return [...conflicts, ...rounded.filter((d) => !spanKeys(d).some((k) => shown.has(k)))];
}

/**
 * Where a discrepancy's variants sit, as one string ("p:start" by span, "," between spans, "|"
 * between variants): a conflict found twice (by its statement and across the story) is kept once.
 * Built in one pass: fifty versions' variants would make a list and a string per variant.
 */
function placesOf(d: FoundDiscrepancy): string {
  let out = "";
  for (let k = 0; k < d.variants.length; k++) {
    if (k > 0) out += "|";
    const spans = d.variants[k].spans;
    for (let j = 0; j < spans.length; j++) out += `${j > 0 ? "," : ""}${spans[j].paragraph}:${spans[j].start}`;
  }
  return out;
}

/** Where each version states a conflict's reading: the places withoutSubsumed and the rounded differences compare. */
const spanKeys = (d: FoundDiscrepancy) => d.variants.flatMap((v) => (v.core ? v.spans.map((sp) => `${v.source} ${sp.paragraph} ${sp.start}`) : []));

/**
 * Versions of one statement whose figures differ only within rounding or an estimate's slack
 * ("about 30" / "about 32", "100 pages" / "101 pages"): no conflict, but a difference a
 * fact-checker may want to see, as a minor one. Read at face value: each figure's own value.
 */
function roundedApart(group: PlacedQuantity[], reportOrder: string[]): FoundDiscrepancy | undefined {
  // A conversion in parentheses ("(114.8 degrees Fahrenheit)") is rounded as each outlet likes: nothing
  // said apart; "1.000" may be a thousand written the European way (its `alt` reading stays).
  if (group.some((p) => p.quantity.converted)) return undefined;
  // Copies of a sentence share its figures' objects: they share one face-value copy too, so
  // conflictOf still compares each distinct figure once, not once per copy.
  const faceValues = new Map<Quantity, Quantity>();
  for (const { quantity: q } of group) if (!faceValues.has(q)) faceValues.set(q, { ...q, hedged: false, strict: false, step: 1 });
  // Most statements' versions give one value even at face value (each wording of an edited
  // sentence has figures of its own): told so before a copy of every placed figure is made.
  if (oneReading([...faceValues.values()])) return undefined;
  const exact = group.map((p) => ({ ...p, quantity: faceValues.get(p.quantity)! }));
  const conflict = conflictOf(exact, reportOrder);
  return conflict && { ...conflict, severity: "minor", summary: conflict.summary.replaceAll(" ≠ ", " ≈ ") };
}

/**
 * A bound at the figure itself that another version's plain figure breaks: "winds of up to 135 mph"
 * against "peak winds of 150 mph", "highs of at least 40C" against "38C". A ceiling and a figure are
 * otherwise two claims ("fewer than 5,000 steps" / "20,000 steps"), compared by nothing else.
 */
function brokenBound(group: PlacedQuantity[], reportOrder: string[]): FoundDiscrepancy | undefined {
  // Measures only: a count's bound and a count are often two groups ("up to 50 people" of a crowd).
  const bounds = group.filter((p) => p.quantity.strict && !p.quantity.tally);
  if (!bounds.length) return undefined;
  const plain = group.filter((p) => !p.quantity.hedged);
  const breaking = (b: Quantity, q: Quantity) =>
    b.size === q.size && (b.bound === "ceiling" ? q.low > b.high + slack(q) + 1e-9 : b.bound === "floor" && q.high < b.low - slack(q) - 1e-9);
  const broken = bounds.flatMap((b) => plain.filter((q) => q.sentence.source !== b.sentence.source && breaking(b.quantity, q.quantity)).map((q) => [b, q]));
  if (!broken.length) return undefined;
  return conflictOf([...new Set(broken.flat())], reportOrder);
}

/**
 * The measure a figure is in, whatever noun the scan took after it ("up to 135 mph ripped through"
 * reads a verb): speeds and temperatures, which a statement gives one of ("winds of up to 135 mph",
 * "highs of up to 46C"). Spans and distances are several to a statement ("faces up to 20 years …
 * led the House for 36 years").
 */
const measureOf = (p: PlacedQuantity) => (p.quantity.unit && MEASURES.has(p.quantity.unit) && !p.quantity.tally ? `${p.quantity.unit}|${p.quantity.counted && TEMPERATURE_SCALES.has(p.quantity.counted) ? p.quantity.counted : ""}` : undefined);
const MEASURES = new Set(["speed", "temperature"]);
const TEMPERATURE_SCALES = new Set(["celsius", "fahrenheit"]);

/**
 * Figures of an earlier year's event ("In 2017, fires killed more than 100 people") are background:
 * compared inside their statement, never with the story's own toll. A sentence is of an earlier
 * year when it opens with "In 2017" or says "in 2017" of a year before the latest the story names.
 */
function outsideBackground(list: PlacedQuantity[]): PlacedQuantity[] {
  const latest = Math.max(0, ...list.flatMap((p) => yearsOf(p.sentence.text).map((y) => y.year)));
  return list.filter((p) => !yearsOf(p.sentence.text).some((y) => y.opening || y.year < latest) && !statesRate(p.sentence.text));
}

/** The years a sentence says "in" of, each wording read once (copies repeat most sentences). */
const yearsOf = memoByText(20_000, (text: string) => [...text.matchAll(YEAR_IN)].map((m) => ({ year: Number(m[2]), opening: m.index === 0 })));
const statesRate = memoByText(20_000, (text: string) => RATE.test(text));

/** "More than 3,000 people die in traffic accidents each year": a rate of such events, not this one's count. */
const RATE = /\b(?:each|every|per) (?:year|month|week)\b|\bannually\b|\ba year\b(?! (?:ago|after|before|later|earlier|since))/i;

const YEAR_IN = /\b(in|In) ((?:18|19|20)\d\d)\b/g;

/**
 * One discrepancy per conflicting fact: a statement's conflict ("32 dead" / "43 dead") whose readings
 * are all among the story's conflict over that tally (24 / 27 / 32 / 43) is that conflict, seen in part.
 */
function withoutSubsumed(conflicts: FoundDiscrepancy[]): FoundDiscrepancy[] {
  const sets = conflicts.map((d) => new Set(spanKeys(d)));
  // Each set's members listed once, not once per other conflict it is held against.
  const lists = sets.map((set) => [...set]);
  return conflicts.filter((_, i) => !sets.some((other, j) => j !== i && other.size > sets[i].size && lists[i].every((r) => other.has(r))));
}

/**
 * A figure said without a noun ("toward 2 percent") may be the one another version says with one
 * ("its 2 percent target"): inside a statement, those figures of the same measure and value join
 * the bare ones' slot as witnesses, so a version that states the value in either form agrees.
 */
function withNamedForms(group: PlacedQuantity[], statement: PlacedQuantity[]): PlacedQuantity[] {
  const q = group[0].quantity;
  if (q.counted || !q.unit) return group;
  const kind = (x: Quantity) => `${x.tally ?? ""}|${x.unit}|${x.bound ?? ""}`;
  const witnesses = statement.filter((p) => p.quantity.counted && kind(p.quantity) === kind(q) && group.some((g) => sameValue(g.quantity, p.quantity)));
  return [...group, ...witnesses];
}

/**
 * "Hou has 33.27%" says of what only through the story: when every share said of that name in any
 * version is a share of one thing ("of the vote"), a bare one is read as that too.
 */
function adoptCountedNouns(placed: PlacedQuantity[]): PlacedQuantity[] {
  const list = sharesOfOneSentence(placed);
  const counted = new Map<string, Set<string>>();
  for (const { quantity: q } of list) {
    // Only shares of a group (the vote, jobs): "1,000% profit" says nothing of Nvidia's other percentages.
    if (q.unit === "percent" && q.anchor && q.counted && GROUPS.has(q.counted)) counted.set(q.anchor, (counted.get(q.anchor) ?? new Set()).add(q.counted));
  }
  return list.map((p) => {
    const q = p.quantity;
    const only = q.unit === "percent" && q.anchor && !q.counted ? counted.get(q.anchor) : undefined;
    return only?.size === 1 ? { ...p, quantity: { ...q, counted: [...only][0] } } : p;
  });
}

/**
 * "Ramos had 48.2% of the vote to Park's 46.9%", "… and Park 46.5 percent": a bare share said of
 * another name after a share of a group in one sentence is of that group too.
 */
function sharesOfOneSentence(list: PlacedQuantity[]): PlacedQuantity[] {
  const groupIn = new Map<string, string>();
  return list.map((p) => {
    const q = p.quantity;
    if (q.unit !== "percent") return p;
    const group = groupIn.get(p.sentence.id);
    if (q.counted && GROUPS.has(q.counted)) {
      if (!group) groupIn.set(p.sentence.id, q.counted);
      return p;
    }
    return group && q.anchor && !q.counted ? { ...p, quantity: { ...q, counted: group } } : p;
  });
}

function bySlot(list: PlacedQuantity[], slot: (q: Quantity) => string | undefined): Map<string, PlacedQuantity[]> {
  // Copies of a sentence share its figures' objects: each figure's slot is made once, not once per copy.
  const slots = new Map<Quantity, string | undefined>();
  const out = new Map<string, PlacedQuantity[]>();
  for (const p of list) {
    let key = slots.get(p.quantity);
    if (key === undefined && !slots.has(p.quantity)) slots.set(p.quantity, (key = slot(p.quantity)));
    if (key) appendTo(out, key, p);
  }
  return out;
}

function byPlacedSlot(list: PlacedQuantity[], slot: (p: PlacedQuantity) => string | undefined): Map<string, PlacedQuantity[]> {
  const out = new Map<string, PlacedQuantity[]>();
  for (const p of list) {
    const key = slot(p);
    if (key) appendTo(out, key, p);
  }
  return out;
}

/** Whether any of `figures` states `figure`: the same measure and value ("½ percentage point" / "50 basis points"). */
export function statesFigure(figures: readonly Quantity[], figure: Quantity): boolean {
  return figures.some((q) => q.unit === figure.unit && sameValue(q, figure));
}

/** Whether two figures state the same value at the precision they are written to. */
export function sameValue(a: Quantity, b: Quantity): boolean {
  // Asked of every pair of figures in a slot: most have no other reading, and are compared without building a list of readings.
  if (agree(a, b)) return true;
  if (a.alt === undefined && b.alt === undefined) return false;
  const readings = (q: Quantity) => (q.alt !== undefined ? [q, { ...q, low: q.alt, high: q.alt, step: 1 }] : [q]);
  return readings(a).some((x) => readings(b).some((y) => agree(x, y)));
}

/**
 * How far a figure may be from what it says: half its step when it is an estimate ("about 24",
 * "some 45 miles") or a round large figure ("2,000"), none when it is a plain count. Each side
 * brings its own slack: "at least 45" is not "50", though "50" ends in a zero.
 */
const slack = (q: Quantity) => {
  const estimate = q.hedged && !q.strict;
  if (!estimate && q.step < 100) return 0;
  return Math.min(q.step / 2, (estimate ? SLACK_SHARE : ROUND_SHARE) * Math.max(Math.abs(q.low), Math.abs(q.high)));
};
/**
 * A round figure said without a hedge rounds less than an estimate does: "$15 million" is
 * "$14,959,450", but "€70 million" is no rounding of "€65 million".
 */
const ROUND_SHARE = 0.05;
/**
 * However round, an estimate is not read as looser than this share of itself: "between 10 and 20"
 * is no "between 10 and 15", "about 20" no "about 15".
 */
const SLACK_SHARE = 0.1;

function agree(a: Quantity, b: Quantity): boolean {
  // "fell 2%" / "2% higher": one figure, gone two ways.
  if (a.change && b.change && a.change !== b.change) return false;
  if (a.size !== undefined && b.size !== undefined && a.size !== b.size) return agreeAcrossUnits(a, b);
  if (boundTurned(a, b)) return false;
  const loose = slack(a) > 0 || slack(b) > 0;
  // Conversions are rounded as each outlet likes: "(114.8 degrees Fahrenheit)" is "(115 degrees Fahrenheit)".
  const rounding = a.converted || b.converted ? Math.max(a.step, b.step) / 2 : 0;
  const tolerance = slack(a) + slack(b) + rounding + 1e-9 * Math.max(1, Math.abs(a.low));
  if (Math.abs(a.low - b.low) <= tolerance && Math.abs(a.high - b.high) <= tolerance) return true;
  // A hedged single figure inside the other's range ("about 24" / "between 23 and 25").
  return loose && (inside(a, b, tolerance) || inside(b, a, tolerance));
}

/** Whether x is a single figure within y's range, give or take `tolerance` (module level: every pair of a slot's figures is asked). */
const inside = (x: Quantity, y: Quantity, tolerance: number) => x.low === x.high && y.low < y.high && x.low >= y.low - tolerance && x.low <= y.high + tolerance;

/**
 * "nearly 10,000" / "more than 10,000": one figure, below it in one version and above it in the
 * other. Whatever rounding the figure allows, the two say opposite things of it.
 */
const boundTurned = (a: Quantity, b: Quantity) =>
  a.low === b.low && a.high === b.high && ((a.bound === "floor" && b.bound === "ceiling") || (a.bound === "ceiling" && b.bound === "floor"));

/**
 * A figure outside a tally turned from a ceiling into a floor between variants: the two sit in slots
 * of their own (a floor is another claim than a ceiling), so only the word diff sees the turn.
 */
function turnedOutsideTally(variants: Quantity[][]): boolean {
  return variants.some((qs, i) => variants.some((rs, j) => j > i && qs.some((q) => !q.tally && rs.some((r) => boundTurned(q, r)))));
}

/**
 * "18 kilometers" / "11 miles", "135 months" / "11 years": figures in two units agree when, in
 * the dimension's base unit, they lie within what rounding either of them allows (half its step,
 * more for an estimate), since a conversion is always rounded.
 */
function agreeAcrossUnits(a: Quantity, b: Quantity): boolean {
  // The same figure in units of other sizes ("1,000-mile" / "1,000-kilometer") is the classic slip of
  // a conversion, whatever rounding a round figure allows.
  if (a.low === b.low && a.high === b.high && Math.max(a.size!, b.size!) / Math.min(a.size!, b.size!) > SAME_UNIT_SIZE) return false;
  const inBase = (q: Quantity) => ({ low: q.low * q.size!, high: q.high * q.size!, slack: (q.step / 2 + slack(q)) * q.size! });
  const [x, y] = [inBase(a), inBase(b)];
  const tolerance = Math.max(x.slack, y.slack);
  if (a.bound === "floor" || b.bound === "floor" || a.bound === "ceiling" || b.bound === "ceiling") {
    // "more than 11 years" holds "135 months"; a bound is checked against the other's value.
    const within = (bound: Quantity, q: typeof x, other: typeof y) =>
      bound.bound === "floor" ? other.high >= q.low - tolerance : bound.bound === "ceiling" ? other.low <= q.high + tolerance : true;
    return within(a, x, y) && within(b, y, x);
  }
  return Math.abs(x.low - y.low) <= tolerance && Math.abs(x.high - y.high) <= tolerance;
}

/**
 * The readings of one slot, clustered by value. A conflict needs two versions that each state a
 * reading the other lacks; versions that state every reading (a story quoting both counts) agree.
 */
function conflictOf(group: PlacedQuantity[], reportOrder: string[]): FoundDiscrepancy | undefined {
  const sources = new Set(group.map((p) => p.sentence.source));
  if (sources.size < 2 || oneReading(distinctFigures(group))) return undefined;
  // Each reading's distinct figures too: copies of a sentence share its figures' objects, and a
  // figure is matched against a reading by its value alone, so each is compared once, not per copy.
  const readings: Array<{ members: PlacedQuantity[]; sources: Set<string>; figures: Set<Quantity> }> = [];
  const column = columnsOf(reportOrder);
  const columnOf = (p: PlacedQuantity) => column.get(p.sentence.source) ?? -1;
  const sorted = [...group].sort((a, b) => columnOf(a) - columnOf(b) || a.sentence.order - b.sentence.order || a.quantity.start - b.quantity.start);
  for (const p of sorted) {
    // Five missing and five missing "recovered" are one count in two states.
    const reading = readings.find((r) => holdsValue(r.figures, p.quantity));
    if (reading) {
      reading.members.push(p);
      reading.sources.add(p.sentence.source);
      reading.figures.add(p.quantity);
    } else readings.push({ members: [p], sources: new Set([p.sentence.source]), figures: new Set([p.quantity]) });
  }
  const heldBy = new Map<string, Set<number>>();
  readings.forEach((r, k) => r.sources.forEach((source) => addToSetOf(heldBy, source, k)));
  if (!readingsConflict(heldBy)) return undefined;
  const disputed = readings.filter((r) => r.sources.size < sources.size);
  const variants = firstReadings(disputed.flatMap((r) => r.members), reportOrder, (p) => p.quantity);
  const q = group[0].quantity;
  const measure = q.unit === "money" ? moneyMeasureOf(group[0]) : undefined;
  const named = q.measures && group.every((p) => p.quantity.measures === q.measures) ? q.measures[0].toUpperCase() + q.measures.slice(1) : undefined;
  const label = (q.tally && TALLY_LABEL[q.tally]) ?? (measure && MEASURE_LABEL[measure]) ?? named ?? (q.unit && UNIT_LABEL[q.unit]) ?? (q.counted && COUNTED_LABEL[q.counted]) ?? "Figure";
  const wordings = [...new Set(disputed.map((r) => coreOf(r.members[0])))].map((w) => clip(w, MAX_SUMMARY_WORDING));
  return { severity: "substantive", category: "number", summary: `${label}: ${wordings.join(" ≠ ")}`, variants };
}

/**
 * Whether the figures make one reading: every two of them hold the same value in the same state
 * (holdsValue), so conflictOf would cluster them all into one and find no conflict. Asked of the
 * distinct figures (copies of a sentence share its figures' objects), a few per statement, before
 * every placed figure is sorted and clustered.
 */
function oneReading(figures: Quantity[]): boolean {
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) if (figures[i].found !== figures[j].found || !sameValue(figures[i], figures[j])) return false;
  }
  return true;
}

/** The group's figures, each object once. */
function distinctFigures(group: PlacedQuantity[]): Quantity[] {
  const distinct = new Set<Quantity>();
  for (const p of group) distinct.add(p.quantity);
  return [...distinct];
}

/** Each source's column in the report, built once per comparison's order, not once per slot compared. */
let lastOrder: { reportOrder: string[]; column: Map<string, number> } | undefined;
function columnsOf(reportOrder: string[]): Map<string, number> {
  if (lastOrder?.reportOrder !== reportOrder) lastOrder = { reportOrder, column: new Map(reportOrder.map((source, k) => [source, k])) };
  return lastOrder.column;
}

/** Whether one of a reading's figures has this one's value and state. */
function holdsValue(figures: Set<Quantity>, q: Quantity): boolean {
  for (const m of figures) if (sameValue(m, q) && m.found === q.found) return true;
  return false;
}

const coreOf = (p: PlacedQuantity) => p.sentence.text.slice(p.quantity.start, p.quantity.end) + (p.quantity.found ? ` (${p.quantity.found})` : "");

/**
 * Whether a word-diff discrepancy about figures is already read here: its words touch a figure that
 * counts something, which the slot comparison judges with what it counts (a diff pairs any two
 * figures that happen to sit in the same place); or the figures it sets against each other agree
 * at the precision they are written to ("about 24" / "between 23 and 25").
 */
export function figureSpans(placed: Map<string, PlacedQuantity[]>): (d: FoundDiscrepancy) => boolean {
  const byParagraph = new Map<string, Array<{ from: number; to: number; quantity: Quantity; slotted: boolean }>>();
  // Copies of a sentence share its figures' objects: whether a figure has a slot is worked out once, not once per copy.
  const slotted = new Map<Quantity, boolean>();
  for (const list of placed.values()) {
    for (const { quantity, sentence } of list) {
      const spans = byParagraph.get(sentence.paragraph) ?? [];
      let hasSlot = slotted.get(quantity);
      if (hasSlot === undefined) slotted.set(quantity, (hasSlot = !!(unitSlot(quantity) || storySlot(quantity))));
      spans.push({ from: sentence.start + quantity.start, to: sentence.start + quantity.end, quantity, slotted: hasSlot });
      byParagraph.set(sentence.paragraph, spans);
    }
  }
  const figuresUnder = (v: Variant) => v.spans.flatMap((sp) => (byParagraph.get(sp.paragraph) ?? []).filter((f) => sp.start < f.to && f.from < sp.end));
  return (d) => {
    // "No deaths" / "Two deaths": the toll of none is a figure, and its slot reads the change.
    if (d.category === "negation") return d.variants.some((v) => v.core && figuresUnder(v).some((f) => f.slotted && f.quantity.low === 0 && f.quantity.high === 0));
    if (d.category !== "number") return false;
    const stated = d.variants.filter((v) => v.core).map(figuresUnder);
    if (turnedOutsideTally(stated.map((figures) => figures.map((f) => f.quantity)))) return false;
    if (stated.some((figures) => figures.some((f) => f.slotted))) return true;
    const all = stated.flat().map((f) => f.quantity);
    return stated.length > 1 && stated.every((figures) => figures.length > 0) && all.every((q) => all.every((r) => sameValue(q, r)));
  };
}
