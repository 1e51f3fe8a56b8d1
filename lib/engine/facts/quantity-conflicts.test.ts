import { describe, expect, it } from "vitest";
import { story } from "./story.test-helper";
import { figureSpans, quantitiesBySentence, quantityConflicts, sameValue } from "./quantity-conflicts";
import { quantitiesOf } from "./quantity";
import type { Unit } from "../units/align-units";

function conflicts(...versions: ReturnType<typeof story>[]) {
  const all = versions.flat();
  // Each sentence its own statement: only the story-wide comparison can pair them.
  const units: Unit[] = all.map((s) => ({ members: [s] }));
  return quantityConflicts(units, quantitiesBySentence(all), versions.map((v) => v[0].source));
}

const q = (text: string) => quantitiesOf(text)[0];

/** Two versions of one statement: only the in-statement comparison can pair their figures. */
function unit(a: string, b: string) {
  const all = [...story("s1", a), ...story("s2", b)];
  return quantityConflicts([{ members: all }], quantitiesBySentence(all), ["s1", "s2"]);
}

describe("quantityConflicts", () => {
  it("compares death tolls across rewritten ledes that share no sentence", () => {
    const found = conflicts(
      story("s1", "A landslide buried a village on Monday, killing at least 24 people.", "Rescuers dug through the mud."),
      story("s2", "At least 43 people are dead after a landslide buried a hillside village.", "The search goes on."),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ category: "number", severity: "substantive" });
    expect(found[0].variants.map((v) => v.core)).toEqual(["at least 24 people", "At least 43 people"]);
  });

  it("compares a percentage a noun names across the story ('a premium of 32%' / 'a 23% premium'), never a generic rate or a share of a group", () => {
    const premium = conflicts(
      story("s1", "The buyer will pay $38.50 a share in cash.", "The price represents a premium of 32% to the last close."),
      story("s2", "The buyer will pay $38.50 a share in cash, a 23% premium over the last close."),
    );
    expect(premium.map((d) => d.summary)).toEqual(["Premium: 32% ≠ 23% premium"]);
    const turnout = conflicts(story("s1", "Turnout was 64.4%, the highest in decades."), story("s2", "Voter turnout reached 46.4%."));
    expect(turnout.map((d) => d.summary)).toEqual(["Turnout: 64.4% ≠ 46.4%"]);
    expect(conflicts(story("s1", "Sales were 5% higher."), story("s2", "Sales were 7% higher in the second half."))).toEqual([]);
    const rates = conflicts(story("s1", "They paid an effective tax rate of 35.7 percent last year."), story("s2", "Over eight years they paid an effective tax rate of 31.55 percent."));
    expect(rates).toEqual([]);
    expect(conflicts(story("s1", "In the poll, 52% of voters approve of the plan."), story("s2", "In the poll, 47% of voters said the plan goes too far."))).toEqual([]);
  });

  it("reads conversions rounded differently as one figure ('114.8 degrees Fahrenheit' / '115 degrees Fahrenheit')", () => {
    expect(unit("It reached 46 degrees Celsius (114.8 degrees Fahrenheit).", "It reached 46 degrees Celsius (115 degrees Fahrenheit).")).toEqual([]);
    expect(unit("It reached 46 degrees Celsius (114.8 degrees Fahrenheit).", "It reached 48 degrees Celsius (118 degrees Fahrenheit).").map((d) => d.summary)).toEqual([
      "Temperature: 46 degrees Celsius ≠ 48 degrees Celsius",
      "Temperature: 114.8 degrees Fahrenheit ≠ 118 degrees Fahrenheit",
    ]);
  });

  it("shows figures of one statement that differ only within rounding as a minor difference, not a conflict", () => {
    const rounded = unit("About 30 senators remained opposed to the plan.", "About 32 senators remained opposed to the plan.");
    expect(rounded.map((d) => [d.severity, d.summary])).toEqual([["minor", "Figure: About 30 senators ≈ About 32 senators"]]);
    expect(unit("The agency released 100 pages of emails.", "The agency released 101 pages of emails.").map((d) => d.severity)).toEqual(["minor"]);
    expect(unit("About 30 senators remained opposed to the plan.", "Some 30 senators remained opposed to the plan.")).toEqual([]);
  });

  it("flags a toll put below a figure in one version and above it in another, not two floors of it", () => {
    const turned = conflicts(story("s1", "Nearly 300 people died in the quake."), story("s2", "More than 300 people died in the quake."));
    expect(turned).toHaveLength(1);
    expect(turned[0].summary).toBe("Death toll: Nearly 300 people ≠ More than 300 people");
    expect(conflicts(story("s1", "At least 300 people died in the quake."), story("s2", "More than 300 people died in the quake."))).toEqual([]);
  });

  it("leaves a figure turned from a ceiling into a floor outside a tally to the word diff, whose slots never meet", () => {
    const placed = quantitiesBySentence([...story("s1", "The company has nearly 10,000 employees."), ...story("s2", "The company has more than 10,000 employees.")]);
    const claimed = figureSpans(placed);
    const variant = (source: string, core: string, start: number) => ({ source, text: "", core, spans: [{ paragraph: `${source}-p1`, start, end: start + core.length }] });
    const turned = { severity: "substantive" as const, category: "number" as const, summary: "", variants: [variant("s1", "nearly", 16), variant("s2", "more than", 16)] };
    expect(claimed(turned)).toBe(false);
  });

  it("keeps an earlier year's toll out of the story's, and a group among the hurt out of the total", () => {
    const background = conflicts(story("s1", "The fire killed two people on Monday.", "In 2017, fires killed more than 100 people."), story("s2", "The fire killed two people on Monday."));
    expect(background).toEqual([]);
    const groups = conflicts(story("s1", "At least 14 were injured. Two firefighters were among the injured."), story("s2", "At least 20 people were injured, including three firefighters."));
    expect(groups.map((d) => d.summary).sort()).toEqual(["Injured: At least 14 ≠ At least 20 people", "Injured: Two firefighters ≠ three firefighters"]);
  });

  it("never sets a result against the prior period's sum another version compares it with", () => {
    expect(unit("Net sales were $4.82 billion, compared with $4.54 billion a year earlier.", "Sales rose 6.1% to $4.82 billion.")).toEqual([]);
  });

  it("compares sums in a statement whatever each version calls the money, never a price with a sum", () => {
    expect(unit("A treasurer who stole $2.3 million in public funds was sentenced.", "A treasurer who stole $3.2 million from taxpayers was sentenced.")).toHaveLength(1);
    expect(unit("He bought a $43,000 watch.", "He spent $750,000 in campaign money on a watch.")).toEqual([]);
  });

  it("flags the same figure given in units of other sizes, however round", () => {
    expect(unit("The two countries share a 1,000-mile border.", "The two countries share a 1,000-kilometer border.")).toHaveLength(1);
  });

  it("compares sums of money in a statement measure by measure, not all together", () => {
    const found = unit("Acme reported revenue of $1.42 billion and net income of $112 million.", "Acme reported revenue of $1.24 billion; net income was $112 million.");
    expect(found).toHaveLength(1);
    expect(found[0].summary).toBe("Revenue: $1.42 billion ≠ $1.24 billion");
  });

  it("reports a statement's conflict over a toll once, inside the story's conflict over it", () => {
    const [s1, s2, s3] = [story("s1", "Floods killed 24 people."), story("s2", "The storm killed at least 32 people."), story("s3", "The flooding killed at least 43 people.")];
    const units: Unit[] = [{ members: s1 }, { members: [...s2, ...s3] }];
    const found = quantityConflicts(units, quantitiesBySentence([...s1, ...s2, ...s3]), ["s1", "s2", "s3"]);
    expect(found).toHaveLength(1);
    expect(found[0].variants.map((v) => v.core)).toEqual(["24 people", "at least 32 people", "at least 43 people"]);
  });

  it("compares figures written in two units of one measure by what they amount to", () => {
    // One statement in two versions: the figures are compared inside it.
    const sentenced = "She was sentenced to 11 years in prison on Friday.";
    expect(unit(sentenced, "She was sentenced to 11 months in prison on Friday.")).toHaveLength(1);
    expect(unit(sentenced, "She was sentenced to 135 months in prison on Friday.")).toEqual([]);
    const depth = "The quake struck 18 kilometers below the surface.";
    expect(unit(depth, "The quake struck 11 miles below the surface.")).toEqual([]);
    expect(unit(depth, "The quake struck 5 miles below the surface.")).toHaveLength(1);
  });

  it("never pairs figures that count different things", () => {
    const found = conflicts(story("s1", "The crash killed 12 people."), story("s2", "Rescuers saved 40 people from the river."));
    expect(found).toEqual([]);
  });

  it("counts soldiers, civilians and a plane's crew apart from the whole toll", () => {
    const found = conflicts(
      story("s1", "The crash killed at least 42 soldiers and three civilians on the ground.", "The plane had 96 people on board, including three pilots and five crew."),
      story("s2", "At least 47 military personnel were killed, 3 civilians also died.", "There were 92 on board, including three pilots and five crew."),
    );
    expect(found.map((d) => d.variants.map((v) => v.core))).toEqual([
      ["at least 42 soldiers", "At least 47 military personnel"],
      ["96 people", "92"],
    ]);
  });

  it("reads a bare share said of another name after a share of the vote as of the vote too", () => {
    const found = conflicts(
      story("s1", "The count went on overnight.", "Ramos had 48.2% of the vote to Park's 46.9%, according to unofficial results."),
      story("s2", "With all ballots counted, Ramos took 48.6 percent of the vote and Park 46.5 percent."),
    );
    expect(found.map((d) => d.summary).sort()).toEqual(["Percentage: 46.9% ≠ 46.5 percent", "Percentage: 48.2% of the vote ≠ 48.6 percent of the vote"]);
  });

  it("compares how much of an election count is in across the story", () => {
    const found = conflicts(story("s1", "With 98 percent of polling stations counted, Smith led."), story("s2", "Smith was ahead, with 87% of polling places having reported."));
    expect(found.map((d) => d.variants.map((v) => v.core))).toEqual([["98 percent of polling stations", "87% of polling places"]]);
  });

  it("compares what economists expected, when both versions say what they expected", () => {
    const found = conflicts(
      story("s1", "Economists had been expecting 150,000 jobs and a jobless rate of 4.2 percent."),
      story("s2", "Economists had forecast a payrolls reading of around 132,500 for the month."),
    );
    expect(found.map((d) => d.summary)).toEqual(["Forecast: 150,000 jobs ≠ around 132,500"]);
    expect(conflicts(story("s1", "Analysts expected 2.09 a share."), story("s2", "Analysts had expected 11.2 on average."))).toEqual([]);
  });

  it("flags the missing found in one version and still missing in another", () => {
    const found = conflicts(story("s1", "At least 30 people died and 5 are still missing."), story("s2", "The remains of five missing climbers have been recovered."));
    expect(found.map((d) => d.summary)).toEqual(["Missing: 5 ≠ five (recovered)"]);
    expect(conflicts(story("s1", "Five people are still missing."), story("s2", "Rescuers said five people remain missing."))).toEqual([]);
  });

  it("lets a version that states both figures agree with each", () => {
    const found = conflicts(
      story("s1", "The quake killed 296 people, officials said.", "A later count said 820 people died."),
      story("s2", "The quake killed 820 people."),
    );
    expect(found).toEqual([]);
  });
});

describe("sameValue", () => {
  it("compares a fire's damage, evacuations and burned area across update stages", () => {
    const found = conflicts(
      story("s1", "The fire tore through the hills on Wednesday, destroying at least 90 homes and forcing about 10,000 people to evacuate.", "It had burned more than 14,000 acres (5,665 hectares) by evening."),
      story("s2", "A total of 132 structures have been destroyed.", "About 14,000 residents remain under evacuation orders.", "The fire has burned 19,904 acres."),
    );
    expect(found.map((d) => d.summary).sort()).toEqual([
      "Area: more than 14,000 acres ≠ 19,904 acres",
      "Destroyed: at least 90 homes ≠ 132 structures",
      "Evacuated: about 10,000 people ≠ About 14,000 residents",
    ]);
    // "nearly 20,000 acres" and a conversion in hectares agree with 19,904 acres.
    expect(conflicts(story("s1", "The fire had scorched nearly 20,000 acres (8,094 hectares)."), story("s2", "The fire has burned 19,904 acres."))).toEqual([]);
  });

  it("compares each party's seats and the winner's majority across the story, party by party", () => {
    const found = conflicts(
      story("s1", "Labour had won 412 of the 650 seats in the House of Commons, a majority of 174.", "The Conservatives won 121 seats."),
      story("s2", "Labour won 411 seats, giving the party a Commons majority of 172, while the Conservatives were reduced to 121 MPs."),
      story("s3", "Labour won 412 seats in the 650-seat House of Commons."),
    );
    expect(found.map((d) => d.summary).sort()).toEqual(["Majority: 174 ≠ 172", "Seats: 412 of the 650 seats ≠ 411 seats"]);
    // Seats gained or needed are a change, not the seats a party holds.
    expect(conflicts(story("s1", "Democrats won 47 seats."), story("s2", "Democrats gained 3 seats.", "Democrats need 4 seats for control."))).toEqual([]);
  });

  it("compares job cuts across the story, in jobs or in the people who hold them", () => {
    const found = conflicts(story("s1", "Intel had 124,800 employees, meaning the cuts would affect more than 18,000 people."), story("s2", "Intel is cutting about 15,000 jobs, roughly 15% of its staff."));
    expect(found.map((d) => d.summary)).toEqual(["Job cuts: more than 18,000 people ≠ about 15,000 jobs"]);
  });

  it("compares a figure just short of a value with a plain one, but not a ceiling", () => {
    expect(unit("Researchers followed more than 540,000 people for nearly 30 years.", "The researchers tracked 540,000 adults for 23 years.").map((d) => d.summary)).toEqual(["Duration: nearly 30 years ≠ 23 years"]);
    expect(unit("Patients stayed in hospital for up to 30 days.", "Patients stayed in hospital for 23 days.")).toEqual([]);
  });

  it("reads 'at least 24' as the count standing at 24, another stage than 'at least 25'; 'more than 130' rounds", () => {
    expect(conflicts(story("s1", "The bus crash killed at least 24 people."), story("s2", "At least 25 people died in the crash.")).map((d) => d.summary)).toEqual(["Death toll: at least 24 people ≠ At least 25 people"]);
    expect(conflicts(story("s1", "The fire destroyed more than 130 structures."), story("s2", "A total of 132 structures have been destroyed."))).toEqual([]);
  });

  it("leaves a yearly rate and a part of a counted group out of the story's count", () => {
    const found = conflicts(
      story("s1", "The crash killed at least 24 people and injured 35.", "More than 3,000 people die in traffic accidents in the country each year."),
      story("s2", "The death toll rose to 24 after two of the injured died in hospital."),
    );
    expect(found).toEqual([]);
  });

  it("compares a labour deal's pay rise across the story", () => {
    const found = conflicts(story("s1", "The contract includes 38% pay raises over four years."), story("s2", "Workers accepted a 35% pay rise over four years."), story("s3", "The deal includes a 38% general wage increase."));
    expect(found.map((d) => d.summary)).toEqual(["Pay rise: 38% pay raises ≠ 35% pay"]);
  });

  it("sets a plain speed against a bound it breaks in the same statement, and nothing else against a bound", () => {
    const broken = unit("A tornado packing winds of up to 135 mph ripped through the town, injuring 38 people.", "In the town, a tornado with peak winds of 150 mph injured 38 people.");
    expect(broken.map((d) => d.summary)).toEqual(["Speed: up to 135 mph ripped ≠ 150 mph"]);
    expect(unit("A tornado packing winds of up to 135 mph hit the town.", "A tornado with peak winds of 120 mph hit the town.")).toEqual([]);
    expect(unit("He faces up to 20 years in prison after leading the House for 36 years.", "He led the House for 36 years and faces a long sentence.")).toEqual([]);
  });

  it("compares race times in one statement to the second", () => {
    expect(unit("She took almost two minutes off the previous record of 2:11:53 set in Berlin.", "She took 1:57 off the world record of 2:11:35 from Berlin.").map((d) => d.summary)).toEqual(["Duration: 2:11:53 ≠ 2:11:35"]);
  });

  it("agrees at the precision a figure is written to when it is hedged or round", () => {
    expect(sameValue(q("more than 207,500 pounds"), q("about 207,528 pounds"))).toBe(true);
    expect(sameValue(q("40.2 percent"), q("40.73 percent"))).toBe(false);
    expect(sameValue(q("about 24 girls were missing"), q("between 23 and 25 girls were missing"))).toBe(true);
    expect(sameValue(q("20 people died"), q("24 people died"))).toBe(false);
    expect(sameValue(q("around 44 miles south"), q("some 45 miles southwest"))).toBe(true);
    // A plain count ending in a zero is exact: "at least 45" dead is another toll than 50.
    expect(sameValue(q("at least 45 people were killed"), q("the death toll rose to 50"))).toBe(false);
  });

  it("reads a plain round figure as rounding less than an estimate", () => {
    expect(sameValue(q("Arsenal paid €65 million for him."), q("Arsenal paid €70 million for him."))).toBe(false);
    expect(sameValue(q("They donated $15 million to charity."), q("They made $14,959,450 in charitable contributions."))).toBe(true);
    expect(sameValue(q("Arsenal paid about €65 million for him."), q("Arsenal paid about €70 million for him."))).toBe(true);
  });

  it("never reads a round estimate looser than a tenth of itself", () => {
    expect(sameValue(q("between 10 and 15 people were hurt"), q("between 10 and 20 people were hurt"))).toBe(false);
    expect(sameValue(q("about 20 people died"), q("24 people died"))).toBe(false);
    expect(sameValue(q("about 20 people died"), q("21 people died"))).toBe(true);
    expect(sameValue(q("about 2,000 homes"), q("2,150 homes"))).toBe(true);
    expect(sameValue(q("about 2,000 homes"), q("2,400 homes"))).toBe(false);
  });
});

describe("figureSpans", () => {
  it("takes from the word diff two figures that agree at their precision", () => {
    const a = story("s1", "The sheriff said about 24 of them were late.");
    const b = story("s2", "The sheriff said between 23 and 25 of them were late.");
    const read = figureSpans(quantitiesBySentence([...a, ...b]));
    const variant = (s: (typeof a)[number], words: string) => {
      const start = s.text.indexOf(words);
      return { source: s.source, text: s.text, core: words, spans: [{ paragraph: s.paragraph, start: s.start + start, end: s.start + start + words.length }] };
    };
    const diff = (x: string, y: string) => ({ severity: "substantive" as const, category: "number" as const, summary: "", variants: [variant(a[0], x), variant(b[0], y)] });
    expect(read(diff("about 24", "between 23 and 25"))).toBe(true);
    const c = story("s3", "The sheriff said 30 of them were late.");
    const readC = figureSpans(quantitiesBySentence([...a, ...c]));
    expect(readC({ ...diff("about 24", "between 23 and 25"), variants: [variant(a[0], "about 24"), variant(c[0], "30")] })).toBe(false);
  });
});
