import { describe, expect, it } from "vitest";
import { contrastDetector } from "./contrast";
import { pairOf } from "./pair.test-helper";

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
    expect(detect("The blaze destroyed the barn.", "The fire destroyed the barn.")).toBeUndefined();
    expect(detect("The risk of dying from any cause fell.", "The risk of dying for any reason fell.")).toBeUndefined();
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
