import { describe, expect, it } from "vitest";
import { quantitiesOf } from "./quantity";

const only = (text: string) => {
  const found = quantitiesOf(text);
  expect(found).toHaveLength(1);
  return { ...found[0], words: text.slice(found[0].start, found[0].end) };
};

describe("quantitiesOf: what a figure counts", () => {
  it("reads the tally from the verb before or after the figure", () => {
    expect(only("The bus plunged into a gorge, killing at least 14 people.")).toMatchObject({ low: 14, hedged: true, tally: "dead", counted: "people", words: "at least 14 people" });
    expect(only("Nine passengers were injured in the collision.")).toMatchObject({ low: 9, tally: "hurt" });
    expect(only("Officials said 31 hikers remained unaccounted for.")).toMatchObject({ low: 31, tally: "missing" });
  });

  it("prefers what happened to people over where they were", () => {
    expect(only("At least 12 people on board were rescued by fishermen.")).toMatchObject({ tally: "rescued" });
    expect(only("The ferry was carrying 120 passengers.")).toMatchObject({ low: 120, tally: "aboard" });
  });

  it("carries the tally to a breakdown or a second count", () => {
    const [all, children] = quantitiesOf("The fire killed 21 people, including six children.");
    expect(all).toMatchObject({ low: 21, tally: "dead" });
    expect(children).toMatchObject({ low: 6, tally: "dead", counted: "children" });
    const [, second] = quantitiesOf("The blast killed 8 workers and three firefighters.");
    expect(second).toMatchObject({ low: 3, tally: "dead" });
  });

  it("reads a number word joined to its unit as the figure with that unit", () => {
    expect(only("The museum reopened after a two-year renovation.")).toMatchObject({ low: 2, unit: "duration" });
  });

  it("reads units, scales, ranges and mixed fractions", () => {
    expect(only("Shares fell 4.5 percent on Monday.")).toMatchObject({ low: 4.5, unit: "percent" });
    expect(only("The deal is worth £2.3bn.")).toMatchObject({ low: 2.3e9, unit: "money" });
    expect(only("It sold 7-lb. bags of flour.")).toMatchObject({ low: 7, unit: "weight" });
    expect(only("The bank set a range of 3-1/4 to 3-1/2 percent.")).toMatchObject({ low: 3.25, high: 3.5, unit: "percent" });
    expect(only("Between 40 and 45 students were evacuated.")).toMatchObject({ low: 40, high: 45, hedged: true });
  });

  it("does not count dates, clock times, years or model numbers", () => {
    expect(quantitiesOf("The storm hit on March 3 at 4:15 a.m. in 2019.")).toEqual([]);
    expect(quantitiesOf("The meeting starts at 2 p.m. on Monday.")).toEqual([]);
    expect(quantitiesOf("The fire started on the 12th floor.")).toEqual([]);
    // An age is no count: a 25-year-old who died is one death, not a toll of 25.
    expect(quantitiesOf("A 25-year-old man died at the scene.")).toEqual([]);
    expect(quantitiesOf("The boy, 10 years old, was rescued.")).toEqual([]);
    expect(quantitiesOf("An F-16 jet and a Boeing 737-800 landed.")).toEqual([]);
  });

  it("reads a plane's type and a distance as no count of people", () => {
    expect(quantitiesOf("An ATR 72 and an A320 were parked nearby.")).toEqual([]);
    expect(only("The fuselage lay missing a wing some 30 yards from the bank.")).toMatchObject({ unit: "length" });
    expect(only("The fuselage lay missing a wing some 30 yards from the bank.").tally).toBeUndefined();
    expect(only("Officials said 40 people on board were taken to a hospital.").tally).toBeUndefined();
  });

  it("tells a floor, a ceiling and an estimate from a plain figure", () => {
    expect(only("Demand exceeds supply by at least 50%.")).toMatchObject({ bound: "floor" });
    expect(only("It makes up to 1,000% profit on each chip.")).toMatchObject({ bound: "ceiling" });
    expect(only("Profit was up 843% from a year earlier.")).toMatchObject({ hedged: false });
    expect(only("Profit was up 843% from a year earlier.").bound).toBeUndefined();
    expect(only("The death toll rose to 50 on Monday.")).toMatchObject({ hedged: false, tally: "dead" });
  });

  it("never reads a rate or a risk as a toll", () => {
    expect(only("Walking more meant a 15 percent reduction in the risk of dying.")).toMatchObject({ unit: "percent" });
    expect(only("Walking more meant a 15 percent reduction in the risk of dying.").tally).toBeUndefined();
    expect(only("Just 4,000 steps are enough to reduce deaths from any cause.").tally).toBeUndefined();
  });

  it("reads a range whose first figure waits for the unit, labels, increments and what money is for", () => {
    expect(only("Guards take a 40- to 60-hour training course.")).toMatchObject({ low: 40, high: 60, unit: "duration" });
    expect(quantitiesOf("He kept the No. 3 position.")).toEqual([]);
    expect(only("He was killed along with 19 other children.")).toMatchObject({ low: 19, increment: true });
    expect(only("They have paid $43 million in federal taxes.")).toMatchObject({ unit: "money", counted: "taxe", moneyNoun: true });
    expect(quantitiesOf("She stole $2.3 million in public funds over eight years.")[0]).toMatchObject({ counted: "fund" });
    // "over three years" is during them; "over 3%" is more than it.
    expect(quantitiesOf("The team studied 1,500 volunteers over three years.")).toMatchObject([{ low: 1500, counted: "participants" }, { low: 3, unit: "duration", hedged: false }]);
    expect(only("Prices rose over 3% in May.")).toMatchObject({ bound: "floor" });
  });

  it("reads the sum a result is compared with as a prior period's", () => {
    const [current, prior] = quantitiesOf("Net sales were $4.82 billion, compared with $4.54 billion in the third quarter of 2023.");
    expect(current.prior).toBeUndefined();
    expect(prior).toMatchObject({ low: 4.54e9, prior: true });
    const [, , was, perShare] = quantitiesOf("Net income was $212 million, or $1.87 a share, compared with $188 million, or $1.63 a share, a year ago.");
    expect([was.prior, perShare.prior]).toEqual([true, true]);
    // "6.1% compared with …" counts nothing called "compared".
    expect(quantitiesOf("Sales rose 6.1% compared with a year earlier.")[0].counted).toBeUndefined();
    // A share after "from" is as often what a count covers.
    expect(only("Results from 98 percent of polling stations were in.").prior).toBeUndefined();
  });

  it("keeps a breakdown apart from the figure it breaks down", () => {
    const [all, pilots, crew] = quantitiesOf("There were 92 on board, including three pilots and five crew.");
    expect(all).toMatchObject({ low: 92, tally: "aboard" });
    expect(all.part).toBeUndefined();
    expect(pilots).toMatchObject({ low: 3, counted: "pilot", part: true });
    expect(crew).toMatchObject({ low: 5, counted: "crew", part: true });
    expect(only("Two firefighters were among the injured.")).toMatchObject({ low: 2, tally: "hurt", part: true });
    expect(quantitiesOf("Twelve people were hurt, among them three children.")[1]).toMatchObject({ low: 3, part: true });
  });

  it("tolerates a one-letter typo in a tally word", () => {
    expect(only("Crews said 55 people had been evacuted overnight.")).toMatchObject({ tally: "evacuated" });
  });

  it("remembers the name a share is said of", () => {
    expect(only("Smith won 52.1 percent of the vote.")).toMatchObject({ anchor: "smith", counted: "votes" });
  });
});

describe("quantitiesOf: fractions and basis points", () => {
  const read = (text: string) => quantitiesOf(text).map((q) => ({ low: q.low, high: q.high, unit: q.unit, counted: q.counted }));

  it("reads a rate cut the ways central banks and reporters write it as one figure", () => {
    const half = { low: 0.5, high: 0.5, unit: "points", counted: undefined };
    expect(read("The Fed cut rates by 50 basis points.")).toEqual([half]);
    expect(read("The Fed cut rates by 50 bps.")).toEqual([half]);
    expect(read("The Fed cut rates by half a point.")).toEqual([half]);
    expect(read("The Fed cut rates by a half-point.")).toEqual([half]);
    expect(read("The Committee decided to lower the target range by ½ percentage point.")).toEqual([half]);
    expect(read("The Committee decided to lower the target range by 1⁄2 percentage point.")).toEqual([half]);
    expect(read("The Committee has decided to lower the target range by half a percentage point.")).toEqual([half]);
  });

  it("reads a quarter of a point as a figure, and a quarter of a year or of a group as none", () => {
    const quarter = [{ low: 0.25, high: 0.25, unit: "points", counted: undefined }];
    expect(read("The bank raised its rate by a quarter point.")).toEqual(quarter);
    expect(read("The bank raised its rate by a quarter-point.")).toEqual(quarter);
    expect(read("The bank raised its rate by a quarter of a percentage point.")).toEqual(quarter);
    expect(read("The bank raised its rate by 25 basis points.")).toEqual(quarter);
    expect(read("Sales fell in the second quarter.")).toEqual([]);
    expect(read("A quarter of the residents left.")).toEqual([]);
  });

  it("reads which way a figure of change went, before it or after it, and counts nothing by it", () => {
    const change = (text: string) => quantitiesOf(text).map((q) => [q.change, q.counted, text.slice(q.start, q.end)]);
    expect(change("Shares fell 2% on Tuesday.")).toEqual([["down", undefined, "fell 2%"]]);
    expect(change("Shares were 2% higher on Tuesday.")).toEqual([["up", undefined, "2% higher"]]);
    expect(change("Revenue rose by $3 billion to $40 billion.")).toEqual([["up", undefined, "rose by $3 billion"], [undefined, undefined, "$40 billion"]]);
    expect(change("Unemployment fell to 4.1%.")).toEqual([[undefined, undefined, "4.1%"]]);
  });

  it("keeps a change in percentage points apart from a percentage", () => {
    expect(read("Unemployment rose 0.2 percentage point.")).toEqual([{ low: 0.2, high: 0.2, unit: "points", counted: undefined }]);
    expect(read("Unemployment rose 0.2 percent.")).toMatchObject([{ low: 0.2, unit: "percent" }]);
  });

  it("reads a mixed number with a printed fraction", () => {
    expect(read("Residents faced a 4½-hour wait.")).toEqual([{ low: 4.5, high: 4.5, unit: "duration", counted: "wait" }]);
  });

  it("reads 'half a' before a scale", () => {
    expect(read("Half a million people fled the city.")).toMatchObject([{ low: 500_000, counted: "people" }]);
  });
});

describe("quantitiesOf: the whole a share is taken of", () => {
  it("does not count the whole group as what happened to a share of it", () => {
    expect(quantitiesOf("Two-thirds of the 58 people aboard were killed.").map((q) => q.tally)).toEqual([undefined]);
    expect(quantitiesOf("The crash killed 38 of the 58 people aboard.").map((q) => [q.low, q.tally])).toEqual([
      [38, "dead"],
      [58, "aboard"],
    ]);
  });
});

describe("quantitiesOf: what a toll's figure counts in a long sentence", () => {
  it("reads 'the death toll … rose to 36' as a toll, however long the phrase before the verb", () => {
    const [toll] = quantitiesOf("The death toll from a collision between a passenger train and a freight train in the north rose to 36 on Wednesday.");
    expect(toll).toMatchObject({ low: 36, tally: "dead" });
  });

  it("reads 'killing at least 16 people and injuring dozens' as 16 dead, not hurt", () => {
    const [toll] = quantitiesOf("A train collided with a freight train late Tuesday, killing at least 16 people and injuring dozens, officials said.");
    expect(toll).toMatchObject({ low: 16, tally: "dead", bound: "floor" });
  });

  it("reads 'killed 2,000 people and injured another 2,000' as two counts, not an addition to the first", () => {
    const [dead, hurt] = quantitiesOf("The quake killed more than 2,000 people and injured another 2,000, officials said.");
    expect(dead).toMatchObject({ tally: "dead" });
    expect(hurt).toMatchObject({ low: 2000, tally: "hurt" });
    expect(hurt.increment).toBeUndefined();
    expect(quantitiesOf("Rescuers found another 12 bodies on Sunday.")[0]).toMatchObject({ increment: true });
  });
});

describe("quantitiesOf: counts said of a group named elsewhere in the sentence", () => {
  it("reads 'between 23 and 25 of them were girls' as missing children when 'them' are the missing", () => {
    const [count] = quantitiesOf("The number of missing was not known but the sheriff said between 23 and 25 of them were girls.");
    expect(count).toMatchObject({ low: 23, high: 25, tally: "missing", counted: "children" });
  });

  it("reads people who 'have not been seen since' as missing", () => {
    const [count] = quantitiesOf("Rescuers searched for survivors, including 27 girls who have not been seen since Friday.");
    expect(count).toMatchObject({ low: 27, tally: "missing" });
  });
});

describe("quantitiesOf: a rescue operation's figures", () => {
  it("reads each item of a list of counts by its own clause, and those still searched for as missing", () => {
    const [rescued, dead, missing] = quantitiesOf("By noon, 62 people had been rescued alive, 14 people had been found dead, and 21 people are still being searched for.");
    expect(rescued).toMatchObject({ low: 62, tally: "rescued" });
    expect(dead).toMatchObject({ low: 14, tally: "dead" });
    expect(missing).toMatchObject({ low: 21, tally: "missing" });
    expect(missing.found).toBeUndefined();
  });

  it("reads the toll a figure rose to as the toll, though rescuers are named after it; rescuers are not the rescued", () => {
    const [toll] = quantitiesOf("The death toll from the sinking rose to 14 on Monday as rescuers searched the coast.");
    expect(toll).toMatchObject({ low: 14, tally: "dead" });
    expect(only("Survivors told rescuers that up to 140 people had been on board.")).toMatchObject({ low: 140, tally: "aboard" });
  });

  it("reads 'four rescue boats' as boats, not people rescued, and a crew apart from the passengers", () => {
    expect(only("The search involves four rescue boats.")).toMatchObject({ low: 4, counted: "boat", tally: undefined });
    const [passengers, crew] = quantitiesOf("The vessel was carrying 87 passengers and nine crew members.");
    expect(passengers).toMatchObject({ low: 87, tally: "aboard" });
    expect(crew).toMatchObject({ low: 9, counted: "crew" });
  });

  it("reads 'Category 4' as a rating on its scale, whatever noun follows it", () => {
    expect(only("The storm hit the coast as a Category 4 hurricane.")).toMatchObject({ low: 4, counted: "category", words: "Category 4" });
    expect(only("The storm hit the coast as a Category 3 storm.")).toMatchObject({ low: 3, counted: "category" });
  });

  it("reads 'no deaths' and 'no one was hurt' as a toll of none, and 'no' before anything else as no figure", () => {
    expect(only("No deaths had been reported by early Thursday.")).toMatchObject({ low: 0, tally: "dead", words: "No deaths" });
    expect(only("No one was injured in the blast.")).toMatchObject({ low: 0, tally: "hurt" });
    expect(quantitiesOf("No bodies have been found, and there is no sign of the crew.")).toEqual([]);
  });

  it("reads mph, kph, km/h and knots as speeds, comparable with one another", () => {
    const [mph, kph] = quantitiesOf("Winds reached 120 mph (195 km/h) on Thursday.");
    expect(mph).toMatchObject({ low: 120, unit: "speed", size: 1.609344 });
    expect(kph).toMatchObject({ low: 195, unit: "speed", size: 1 });
    expect(only("The ship sailed at 12 knots.")).toMatchObject({ unit: "speed", size: 1.852 });
  });

  it("reads the places the counted are in as no count, and 'one person' as one", () => {
    const [sick, states] = quantitiesOf("Officials say 74 people in 15 states have gotten sick.");
    expect(sick).toMatchObject({ low: 74, tally: "sick" });
    expect(states).toMatchObject({ low: 15, tally: undefined });
    expect(only("The outbreak has sickened dozens, and one person has died.")).toMatchObject({ low: 1, tally: "dead" });
    expect(quantitiesOf("One of the victims was a child.")).toEqual([]);
  });

  it("keeps the hospitalized apart from the hurt", () => {
    const [hurt, hospitalized] = quantitiesOf("Twelve people were injured, and three were hospitalized.");
    expect(hurt).toMatchObject({ low: 12, tally: "hurt" });
    expect(hospitalized).toMatchObject({ low: 3, tally: "hospitalized" });
  });

  it("reads temperatures on their scale, and a figure in parentheses as a conversion", () => {
    const [celsius, fahrenheit] = quantitiesOf("Temperatures climbed to 46 degrees Celsius (114.8 degrees Fahrenheit) on Saturday.");
    expect(celsius).toMatchObject({ low: 46, unit: "temperature", counted: "celsius" });
    expect(fahrenheit).toMatchObject({ low: 114.8, unit: "temperature", counted: "fahrenheit", converted: true });
    expect(only("The mercury hit 48C in the town.")).toMatchObject({ low: 48, unit: "temperature", counted: "celsius" });
    expect(only("Eight F-16s flew over the town.").unit).toBeUndefined();
  });

  it("reads homes and customers without power as one count of a storm's outage", () => {
    expect(only("The storm knocked out power to more than 400,000 homes and businesses.")).toMatchObject({ low: 400000, tally: "without power" });
    expect(only("It left 600,000 homes and businesses without power.")).toMatchObject({ low: 600000, tally: "without power" });
    expect(only("The utility said 450,000 customers lost power.")).toMatchObject({ tally: "without power" });
    expect(only("The plant produces 400 megawatts of power.").tally).toBeUndefined();
    expect(only("The utility shut off power to about 45,000 customers.")).toMatchObject({ tally: "without power" });
  });

  it("reads what a fire destroyed, whom it drove out and the area it burned as facts of the story", () => {
    expect(only("The fire tore through the hills, destroying at least 90 homes.")).toMatchObject({ low: 90, tally: "destroyed" });
    const [destroyed, damaged] = quantitiesOf("A total of 132 structures have been destroyed and 88 damaged.");
    expect([destroyed.tally, damaged.tally]).toEqual(["destroyed", "damaged"]);
    // Wrecked things that are not buildings are no count of the disaster's damage.
    expect(only("The strike destroyed 12 vehicles.").tally).toBeUndefined();
    expect(only("The fire forced about 10,000 people to evacuate.")).toMatchObject({ tally: "evacuated" });
    expect(only("About 14,000 people remained under evacuation orders.")).toMatchObject({ tally: "evacuated" });
    expect(only("The fire had burned more than 14,000 acres by Wednesday.")).toMatchObject({ low: 14000, unit: "area", tally: "area" });
    expect(only("The blaze had scorched 40 square miles.")).toMatchObject({ unit: "area", size: 2_589_988.110336, tally: "area" });
    // An area said of something else is no fact of the fire.
    expect(only("He owns a ranch of 2,000 acres.")).toMatchObject({ unit: "area" });
    expect(only("He owns a ranch of 2,000 acres.").tally).toBeUndefined();
  });

  it("reads a quake's magnitude as a rating that counts no one", () => {
    expect(only("The last quake of comparable strength, a magnitude 7.3 quake in 1999, was deadly.")).toMatchObject({ low: 7.3, counted: "magnitude" });
    const [magnitude] = quantitiesOf("It was the strongest since 1999, when a 7.6-magnitude tremor killed about 2,400 people.");
    expect(magnitude).toMatchObject({ low: 7.6, counted: "magnitude" });
    expect(magnitude.tally).toBeUndefined();
  });

  it("reads pounds as sterling beside a word of paying or a conversion, and as weight otherwise", () => {
    expect(quantitiesOf("The FCA fined Harcourt Bank 42.6 million pounds ($56.8 million) on Wednesday.").map((q) => q.unit)).toEqual(["money", "money"]);
    expect(only("The club paid 30 million pounds for the striker.")).toMatchObject({ unit: "money" });
    expect(only("The company recalled 7 million pounds of deli meat.")).toMatchObject({ unit: "weight" });
  });

  it("reads 'a year of' and 'for a week' as one span, not a rate or a time", () => {
    expect(only("Those affected will get a year of complimentary credit monitoring.")).toMatchObject({ low: 1, unit: "duration", size: 365.25 });
    expect(only("The talks lasted for a week, officials said.")).toMatchObject({ low: 1, unit: "duration", size: 7 });
    expect(quantitiesOf("A year after the crash, the town rebuilt.")).toEqual([]);
    expect(quantitiesOf("It costs $300 a year.").map((q) => q.unit)).toEqual(["money"]);
  });

  it("reads 'one' glued to a unit as a figure, not 'one' alone", () => {
    expect(only("Officials cleared a one-mile radius around the site.")).toMatchObject({ low: 1, unit: "length" });
    expect(quantitiesOf("One of them was hurt.")).toEqual([]);
  });

  it("reads the trapped as a count of their own", () => {
    expect(only("A total of 127 people remained trapped, mostly in the gorge.")).toMatchObject({ low: 127, tally: "trapped" });
  });

  it("reads a measure's noun past the name that qualifies it", () => {
    expect(only("SpaceX caught its 233-foot Super Heavy booster on Sunday.")).toMatchObject({ unit: "length", counted: "booster" });
    expect(only("SpaceX caught the 232-foot booster on Sunday.")).toMatchObject({ unit: "length", counted: "booster" });
  });

  it("reads job cuts only of jobs and the people who hold them", () => {
    expect(only("Intel is cutting about 15,000 jobs.")).toMatchObject({ low: 15000, tally: "job cuts" });
    expect(only("The cuts would affect more than 18,000 people.")).toMatchObject({ tally: "job cuts" });
    expect(only("The company laid off 1,200 workers.")).toMatchObject({ tally: "job cuts" });
    // Power cut to customers is an outage; a budget cut is no count of jobs.
    expect(only("The utility cut power to about 70,000 customers.")).toMatchObject({ tally: "without power" });
    expect(only("The city cut 40 bus routes.").tally).toBeUndefined();
    expect(only("The flood cut off 5,000 people from aid.").tally).toBeUndefined();
  });

  it("reads a race time as a span in seconds that counts nothing", () => {
    expect(only("It broke the previous record of 2:11:53 set in Berlin.")).toMatchObject({ low: 7913, unit: "duration", size: 1 / 86400, counted: undefined });
    // A clock time is no span.
    expect(quantitiesOf("The race started at 7:30 a.m.")).toEqual([]);
  });

  it("reads a nautical mile as a length of its own", () => {
    expect(only("The ferry sank about 2 nautical miles from the port.")).toMatchObject({ low: 2, unit: "length", size: 1852, words: "about 2 nautical miles" });
  });
});
