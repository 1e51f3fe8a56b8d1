import { describe, expect, it } from "vitest";
import { contrastDetector, swappedContrastDetector } from "./contrast";
import { pairOf, pairOfStretches } from "./pair.test-helper";

const detect = (a: string, b: string) => contrastDetector.detect(pairOf(a, b));

describe("contrastDetector", () => {
  it("calls a word swapped for one that excludes it substantive", () => {
    expect(detect("The man was charged with murder on Tuesday.", "The man was convicted of murder on Tuesday.")).toMatchObject({ severity: "substantive", label: "Legal status" });
    expect(detect("Dozens of people were injured in the blast.", "Hundreds of people were injured in the blast.")).toMatchObject({ category: "number", label: "Scale" });
    expect(detect("It was the first such attack this year.", "It was the second such attack this year.")).toMatchObject({ label: "Order" });
    expect(detect("The explosion happened on Thursday morning.", "The explosion happened on Thursday evening.")).toMatchObject({ label: "Time of day" });
    expect(detect("Two people died and five were missing.", "Two people died and five were injured.")).toMatchObject({ label: "Status" });
    expect(detect("The victim was a 13-year-old girl.", "The victim was a 13-year-old boy.")).toMatchObject({ label: "Sex" });
    expect(detect("Half of the residents fled.", "A third of the residents fled.")).toMatchObject({ category: "number", label: "Share" });
    expect(detect("Two-thirds of voters backed the measure.", "One-third of voters backed the measure.")).toMatchObject({ category: "number", label: "Share" });
    expect(detect("The vote was held on Sunday as planned.", "The vote was postponed on Sunday as planned.")).toMatchObject({ label: "Event status" });
    expect(detect("The crash happened in northern Greece on Tuesday.", "The crash happened in central Greece on Tuesday.")).toMatchObject({ label: "Direction" });
    expect(detect("The crash happened in northern Greece on Tuesday.", "The crash happened in northeastern Greece on Tuesday.")).toBeUndefined();
  });

  it("reads another time span, another way of leaving a post and a patient's other condition as another fact", () => {
    expect(detect("The vote is expected next week.", "The vote is expected next month.")).toMatchObject({ category: "date", label: "Time span" });
    expect(detect("The minister resigned on Friday.", "The minister was fired on Friday.")).toMatchObject({ label: "Departure" });
    expect(detect("She was taken to a hospital in critical condition.", "She was taken to a hospital in stable condition.")).toMatchObject({ label: "Condition" });
    // The grades of a condition say nothing of other things: "a critical step" is no patient.
    expect(detect("It was a critical step for the talks.", "It was a good step for the talks.")).toBeUndefined();
  });

  it("reads sister kinds of one thing as another fact, by WordNet, and other words for one thing as none", () => {
    expect(detect("The suspect fled in a truck, police said.", "The suspect fled in a car, police said.")).toMatchObject({ severity: "substantive", label: "Motor vehicle" });
    expect(detect("The strike involved about 5,000 nurses.", "The strike involved about 5,000 doctors.")).toMatchObject({ label: "Health professional" });
    expect(detect("The storm dumped 10 inches of rain.", "The storm dumped 10 inches of snow.")).toMatchObject({ label: "Precipitation" });
    expect(detect("The blaze destroyed the barn.", "The fire destroyed the barn.")).toBeUndefined();
    expect(detect("The risk of dying from any cause fell.", "The risk of dying for any reason fell.")).toBeUndefined();
  });

  it("reads a changed stretch of a few words that names another outcome, sentence, means or place as another fact", () => {
    expect(detect("The plane landed safely in Denver.", "The plane crashed in Denver.")).toMatchObject({ severity: "substantive", label: "Outcome" });
    expect(detect("The attacker was shot dead by police.", "The attacker was arrested by police.")).toMatchObject({ label: "Outcome" });
    expect(detect("He was sentenced to life in prison.", "He was sentenced to death.")).toMatchObject({ label: "Sentence" });
    expect(detect("The two leaders spoke by phone on Monday.", "The two leaders met in person on Monday.")).toMatchObject({ label: "Contact" });
    expect(detect("The suspect fled on foot.", "The suspect fled by car.")).toMatchObject({ label: "Travel" });
    expect(detect("The patient was discharged from hospital.", "The patient was admitted to hospital.")).toMatchObject({ label: "Hospital" });
    expect(detect("The man was pronounced dead at the scene.", "The man was pronounced dead at a hospital.")).toMatchObject({ label: "Place" });
    expect(detect("Troops withdrew from the town on Friday.", "Troops entered the town on Friday.")).toMatchObject({ label: "Movement" });
    expect(detect("The bill passed with bipartisan support.", "The bill passed along party lines.")).toMatchObject({ label: "Vote" });
    expect(detect("Sales more than doubled in the quarter.", "Sales tripled in the quarter.")).toMatchObject({ label: "Multiple" });
    expect(detect("Police said the driver was drunk.", "Witnesses said the driver was drunk.")).toMatchObject({ label: "Source" });
    expect(detect("Police said the driver was drunk.", "Officials said the driver was drunk.")).toBeUndefined();
    expect(detect("The suspect was released without charge.", "The suspect was released on bail.")).toMatchObject({ label: "Release" });
    expect(detect("The lawsuit was filed in federal court in Manhattan.", "The lawsuit was filed in state court in Manhattan.")).toMatchObject({ label: "Court" });
    expect(detect("The suspect was a former employee.", "The suspect was a current employee.")).toMatchObject({ label: "Tenure" });
    expect(detect("The victim was shot in the leg.", "The victim was shot in the chest.")).toMatchObject({ label: "Wound" });
    expect(detect("The victim was shot in the leg.", "The victim was stabbed in the leg.")).toMatchObject({ label: "Weapon" });
    expect(detect("The suspect was wearing a black hoodie.", "The suspect was wearing a red hoodie.")).toMatchObject({ label: "Colour" });
    expect(detect("The vote was unanimous.", "The vote was split.")).toMatchObject({ label: "Vote" });
    // A body part says where a victim was hurt only beside a wound.
    expect(detect("The minister turned her back on the plan.", "The minister turned her face on the plan.")).toBeUndefined();
    expect(detect("Federal officials said the water was safe.", "State officials said the water was safe.")).toBeUndefined();
  });

  it("reads another stretch of time and a plan told as a possibility as other facts", () => {
    expect(detect("The company expects revenue of $5 billion this year.", "The company expects revenue of $5 billion next year.")).toMatchObject({ category: "date", label: "Time" });
    expect(detect("The company may cut up to 1,000 jobs.", "The company will cut 1,000 jobs.")).toMatchObject({ label: "Certainty" });
    expect(detect("Officials said the dam could fail.", "Officials said the dam would fail.")).toMatchObject({ label: "Certainty" });
    expect(detect("Officials said the dam could fail.", "Officials said the dam might fail.")).toBeUndefined();
  });

  it("reads a hyphened re- as a second time, and leaves words that only begin with re alone", () => {
    expect(detect("He was re-elected in November.", "He was elected in November.")).toMatchObject({ severity: "substantive", label: "Again" });
    expect(detect("She resigned the letter on Friday.", "She signed the letter on Friday.")).toBeUndefined();
  });

  it("leaves a stretch alone when both sides name one class, or when a set's context is missing", () => {
    expect(detect("The gunman was taken into custody after a standoff.", "The gunman was arrested after a standoff.")).toBeUndefined();
    expect(detect("The attacker was shot dead by police.", "The attacker was shot and killed by police.")).toBeUndefined();
    expect(detect("He was sentenced to life in prison.", "He was sentenced to life imprisonment.")).toBeUndefined();
    // "released" is no discharge without a hospital: a prisoner released is not one admitted.
    expect(detect("The prisoner was released on Friday.", "The prisoner was admitted on Friday.")).toBeUndefined();
  });

  it("reads early, mid and late in one month as other days, and a figure turned from a ceiling into a floor as another figure", () => {
    expect(detect("The summit will be held in mid-June.", "The summit will be held in late June.")).toMatchObject({ category: "date", label: "Part of month" });
    expect(detect("The summit will be held in early June.", "The summit will be held in June.")).toBeUndefined();
    expect(detect("Almost 5,000 people attended the rally.", "Over 5,000 people attended the rally.")).toMatchObject({ category: "number", label: "Bound" });
    expect(detect("Nearly 5,000 people attended the rally.", "Almost 5,000 people attended the rally.")).toBeUndefined();
    expect(detect("At least 5,000 people attended the rally.", "More than 5,000 people attended the rally.")).toBeUndefined();
  });

  it("leaves words of one class alone: they say the same", () => {
    expect(detect("Police detained the suspect on Monday.", "Police arrested the suspect on Monday.")).toBeUndefined();
    expect(detect("The crash killed 12 people.", "The crash left 12 people dead.")).toBeUndefined();
  });

  it("does not pair a contrast word with one of another set, or inside a longer retelling", () => {
    expect(detect("The talks were held in the morning.", "The talks were held in the capital.")).toBeUndefined();
    expect(detect("He was charged on Monday.", "He was charged and later convicted on Monday by a jury.")).toBeUndefined();
  });
});

describe("swappedContrastDetector (in a retold sentence)", () => {
  it("reads one word swapped in place for another of its set, a possessive as its noun", () => {
    const pair = pairOfStretches("It paid for vacations and her daughter's wedding.", "daughter's", "It paid for holidays, a house on a lake, and her son's wedding.", "son's");
    expect(swappedContrastDetector.detect(pair)).toMatchObject({ severity: "substantive", label: "Sex" });
  });

  it("reads nothing in a longer stretch or outside the sets", () => {
    expect(swappedContrastDetector.detect(pairOfStretches("It paid for a lake house for her son.", "a lake house for her son", "It paid for a house on a lake for her daughter.", "a house on a lake for her daughter"))).toBeUndefined();
    expect(swappedContrastDetector.detect(pairOfStretches("They fled in the truck today.", "truck", "They fled in the car at once.", "car"))).toBeUndefined();
  });
});

