/**
 * What a figure in a news story counts, as general knowledge of how news reports tallies: the
 * words that say a number of people died, were hurt, are missing, were rescued or were aboard,
 * and the nouns that name the same kind of counted thing ("soldiers" / "troops" / "military
 * personnel"). A figure is compared only with a figure of the same measure.
 */

/** Tally classes: words (lower case, inflected forms listed) → class. Multi-word cues are joined by a space. */
export const TALLY_CUES: ReadonlyMap<string, string> = cueMap({
  dead: "killed kill kills killing dead died die dies dying death deaths fatalities fatality fatally perished lives toll bodies",
  hurt: "injured injuring injuries injury injures hurt wounded wounding wounds",
  // Taken to hospital: of the sick or of the hurt, a count of its own ("12 injured, three hospitalized").
  hospitalized: "hospitalized hospitalised hospitalizations hospitalisations",
  missing: "missing unaccounted",
  // Under rubble, in a mine or a tunnel: a count of its own beside the missing and the rescued.
  trapped: "trapped",
  rescued: "rescued rescuing rescues rescue saved",
  // Ordered or forced from their homes: a count of its own beside the rescued ("forcing 10,000 people to evacuate").
  evacuated: "evacuated evacuate evacuating evacuation evacuations evacuees fled",
  // What a fire, a storm or a quake wrecked: buildings only (quantity.ts keeps other nouns out).
  destroyed: "destroyed destroying destroys destroy razed leveled levelled flattened",
  damaged: "damaged damaging",
  // Jobs a company cuts (quantity.ts reads the cue only before jobs and the people who hold them).
  "job cuts": "layoff layoffs lay-offs laid lay laying eliminate eliminates eliminated eliminating cut cuts cutting slash slashes slashed slashing axe axes axed axing",
  aboard: "aboard board carrying carried onboard passengers",
  sick: "sick ill infected infections illnesses cases sickened",
  arrested: "arrested arrests detained detentions",
  displaced: "displaced homeless",
  // What economists or officials expected, against which the real figure is reported.
  forecast: "forecast forecasts forecasting expected expecting expectations consensus predicted projected anticipated",
});

/**
 * Tally cues that are nouns: after a figure they count only as its own noun ("3.2 million
 * deaths"), never from further on ("4,000 steps are enough to reduce deaths").
 */
export const NOUN_CUES = new Set(
  "death deaths fatalities fatality lives toll bodies injuries injury wounds hospitalizations hospitalisations infections illnesses cases arrests detentions".split(" "),
);

/** Hedges by what they make of the figure: a floor, a ceiling or an estimate. */
export const FLOOR_HEDGES = new Set("least more over upwards".split(" "));
export const CEILING_HEDGES = new Set("most up less fewer under nearly almost".split(" "));

/** Counted nouns that name the same group → one key. A noun not listed is its own key (lemma). */
export const COUNTED_GROUPS: ReadonlyMap<string, string> = cueMap({
  people: "people persons person individuals residents victims others",
  // Civilians and soldiers are counted apart in every report of an attack or a military crash.
  civilians: "civilians civilian",
  troops: "soldiers soldier troops troop personnel servicemen military marines sailors airmen",
  precincts: "precincts precinct",
  children: "children child kids kid minors girls boys students pupils campers",
  // A ship's or a plane's crew is counted apart from its passengers ("87 passengers and nine crew").
  crew: "crew crews crewmembers crewmen",
  jobs: "jobs job positions payrolls",
  votes: "votes vote ballots",
  // A party's seats in a chamber, however called ("121 seats" / "121 MPs").
  seats: "seats seat mps mp",
  // Who a study or a poll counted.
  participants: "participants participant volunteers volunteer subjects respondents",
});

/** Two-word counted nouns whose first word alone would be read as an adjective. */
export const COUNTED_PHRASES: ReadonlyMap<string, string> = new Map([
  ["polling stations", "precincts"], ["polling places", "precincts"], ["polling locations", "precincts"], ["polling booths", "precincts"],
]);

/** Units of measure → dimension key, so "3.5-pound" and "3.5-lb." share a slot. */
export const MEASURE_UNITS: ReadonlyMap<string, string> = cueMap({
  percent: "percent per-cent percentage %",
  money: "$ £ € ¥ ₹ ₽ dollars dollar euros euro pounds-sterling yen yuan rupees rubles roubles",
  weight: "pound pounds lb lbs kg kilograms kilogram tons tonnes ton ounces oz",
  length: "meters meter metres metre yards yard feet foot ft miles mile km kilometers kilometres kilometer kilometre inches inch cm millimeters millimetres mm",
  duration: "years year months month weeks week days day hours hour minutes minute seconds",
  points: "points point bps",
  speed: "mph kph kmh knots knot",
  area: "acres acre hectares hectare",
});

/**
 * How much of its dimension's base unit (a day, a metre, a kilogram) one of a unit word is, so a
 * figure in one unit is compared with one in another: "135 months" is "more than 11 years", "18
 * kilometers" is "11 miles", and "11 months" is not "11 years". "Ton" is read as the metric tonne:
 * news copy uses them loosely.
 */
export const UNIT_SIZES: ReadonlyMap<string, number> = sizeMap({
  365.25: "years year",
  30.4375: "months month",
  7: "weeks week",
  1: "days day",
  [1 / 24]: "hours hour",
  [1 / 1440]: "minutes minute",
  [1 / 86400]: "seconds second",
  1000: "km kilometers kilometre kilometres kilometer tons ton tonnes tonne",
  1609.344: "miles mile",
  0.9144: "yards yard",
  0.3048: "feet foot ft",
  0.0254: "inches inch",
  0.01: "cm",
  0.001: "mm millimeters millimetres",
  0.45359237: "pound pounds lb lbs",
  0.028349523125: "ounces oz",
  "1.0": "meters meter metres metre kg kilograms kilogram",
  // Speeds in kilometres an hour.
  "1.00": "kph kmh",
  1.609344: "mph",
  1.852: "knots knot",
  // Areas in square metres.
  4046.8564224: "acres acre",
  10000: "hectares hectare",
});

/** Scale words after a figure. */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ["hundred", 1e2], ["thousand", 1e3], ["million", 1e6], ["mn", 1e6], ["m", 1e6], ["billion", 1e9], ["bn", 1e9], ["b", 1e9],
  ["trillion", 1e12], ["tn", 1e12], ["k", 1e3],
]);

/** Hedges before a figure: the figure is a bound or an estimate, compared at its own precision. */
export const HEDGES = new Set(
  "about around approximately roughly nearly almost some over under more less fewer than least most up to just only estimated close upwards".split(" "),
);

function sizeMap(groups: Record<string, string>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [size, words] of Object.entries(groups)) for (const word of words.split(/\s+/)) map.set(word, Number(size));
  return map;
}

function cueMap(groups: Record<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, words] of Object.entries(groups)) for (const word of words.split(/\s+/)) map.set(word, key);
  return map;
}
