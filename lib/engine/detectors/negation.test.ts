import { describe, expect, it } from "vitest";
import { negationDetector } from "./negation";
import { pairOf, pairOfStretches } from "./pair.test-helper";

const detect = (a: string, b: string) => negationDetector.detect(pairOf(a, b));

describe("negationDetector", () => {
  it("flags a negated statement", () => {
    expect(detect("The ministry did provide details.", "The ministry did not provide details.")).toMatchObject({ category: "negation", severity: "substantive" });
    expect(detect("Tyco said the loan had been forgiven.", "Tyco said the loan had never been forgiven.")).toMatchObject({ severity: "substantive" });
  });

  it("flags opposite directions", () => {
    expect(detect("Shares rose 5 percent.", "Shares fell 5 percent.")).toMatchObject({ label: "Polarity" });
  });

  it("reads WordNet's opposites as a reversed statement when they are the one word changed", () => {
    expect(detect("The warehouse was empty at the time, officials said.", "The warehouse was full at the time, officials said.")).toMatchObject({ severity: "substantive", label: "Polarity" });
    expect(detect("The hearing was public, the court said.", "The hearing was private, the court said.")).toMatchObject({ label: "Polarity" });
    expect(detect("Interest rates were raised by a quarter point.", "Interest rates were cut by a quarter point.")).toMatchObject({ label: "Polarity" });
    expect(detect("The board voted to approve the merger.", "The board voted to block the merger.")).toMatchObject({ label: "Polarity" });
    expect(detect("The bill was signed into law on Tuesday.", "The bill was vetoed on Tuesday.")).toMatchObject({ label: "Polarity" });
    // Not opposites: another word for the same.
    expect(detect("The crowd was large, police said.", "The crowd was big, police said.")).toBeUndefined();
  });

  it("asks WordNet of adjectives and verbs as used: not of a noun after an article or a verb with its particle", () => {
    expect(detect("The blast occurred 410 metres below the surface.", "The blast occurred 410 metres underground.")?.severity).not.toBe("substantive");
    expect(detect("Thirty-eight cars left the tracks near Marlow.", "Thirty-eight cars came off the tracks near Marlow.")?.severity).not.toBe("substantive");
    expect(detect("The store was full on Monday.", "The store was empty on Monday.")).toMatchObject({ category: "negation", severity: "substantive" });
  });

  it("reads 'un-' and 'non-' as negating the word they open", () => {
    expect(detect("The cause of the crash is known, officials said.", "The cause of the crash is unknown, officials said.")).toMatchObject({ category: "negation", severity: "substantive" });
    expect(detect("The injuries were fatal, doctors said.", "The injuries were non-fatal, doctors said.")).toMatchObject({ severity: "substantive" });
    expect(detect("The court heard the case on Monday.", "The court reheard the case on Monday.")).toBeUndefined();
  });

  it("flags a negation only of what the other version says", () => {
    expect(detect("Broadband is no longer a luxury, it is essential infrastructure, said Daniel Okafor.", "Daniel Okafor called broadband essential infrastructure.")).toBeUndefined();
    expect(detect("The measure passed unanimously.", "The measure passed without opposition.")).toBeUndefined();
    expect(detect("The company did not confirm the report.", "The company confirmed the report.")).toMatchObject({ category: "negation" });
  });

  it("reads an opposite negated as the word itself, and 'declined to' as a negation", () => {
    expect(detect("The driver was not hurt.", "The driver was uninjured.")).toMatchObject({ severity: "minor", relation: "=" });
    expect(detect("The museum is closed on Mondays.", "The museum does not open on Mondays.")).toMatchObject({ severity: "minor" });
    expect(detect("He declined to say how many people were involved.", "He would not say how many people were involved.")).toBeUndefined();
    expect(detect("The minister admitted the allegations.", "The minister denied the allegations.")).toMatchObject({ severity: "substantive" });
  });

  it("flags opposite outcomes of a ruling, an arrest and talks", () => {
    expect(detect("The appeals court upheld the ruling on Friday.", "The appeals court overturned the ruling on Friday.")).toMatchObject({ severity: "substantive" });
    expect(detect("Police arrested the suspect on Monday.", "Police released the suspect on Monday.")).toMatchObject({ severity: "substantive" });
    expect(detect("The talks began in Geneva on Monday.", "The talks ended in Geneva on Monday.")).toMatchObject({ severity: "substantive" });
    expect(detect("The Senate passed the bill on Tuesday.", "The Senate rejected the bill on Tuesday.")).toMatchObject({ severity: "substantive" });
    expect(detect("The talks collapsed on Thursday.", "The talks resumed on Thursday.")).toMatchObject({ severity: "substantive" });
    expect(detect("The company plans to hire 500 workers.", "The company plans to lay off 500 workers.")).toMatchObject({ severity: "substantive" });
    expect(detect("The talks collapsed on Thursday.", "The talks ended on Thursday.")).toBeUndefined();
    expect(detect("Most of the passengers survived.", "Most of the passengers died.")).toMatchObject({ severity: "substantive" });
  });

  it("reads 'failed' as a negation only of what it governs", () => {
    expect(detect("The climbers reached the summit on Monday.", "The climbers failed to reach the summit on Monday.")).toMatchObject({ category: "negation" });
    expect(detect("I felt deep pain for what people went through.", "I felt deep pain for what people went through because I failed them.")).toBeUndefined();
  });

  it("does not call an added clause with a 'not' a negation", () => {
    expect(detect("plan to meet soon, the department said.", "plan to meet soon but did not provide additional details.")).toBeUndefined();
  });
});

describe("negationDetector on denials and floors", () => {
  it("reads 'deny' as a negation only of what it governs", () => {
    expect(detect("The law would allow businesses to legally refuse service to anyone.", "The law would allow businesses to deny service to anyone.")).toBeUndefined();
    expect(detect("The company said that it knew of the fault.", "The company denied that it knew of the fault.")).toMatchObject({ category: "negation", severity: "substantive" });
    expect(detect("The minister admitted the allegations on Monday.", "The minister denied the allegations on Monday.")).toMatchObject({ severity: "substantive" });
  });

  it("does not read 'at least' as the opposite of 'more'", () => {
    expect(detect("In fact, at least 30 other countries have signed it.", "More than 30 other countries have signed it.")).toBeUndefined();
    expect(detect("More people came this year.", "Fewer people came this year.")).toMatchObject({ severity: "substantive" });
  });
});

describe("negationDetector: who outlives the dead", () => {
  it("reads 'is survived by' as no opposite of 'died'", () => {
    const survived = pairOfStretches("She is survived by her daughter.", "is survived by", "She died of cancer, her daughter said.", "died of cancer,");
    expect(negationDetector.detect(survived)).toBeUndefined();
    expect(negationDetector.detect(pairOfStretches("Two passengers survived the crash.", "survived", "Two passengers died in the crash.", "died in"))).toMatchObject({ severity: "substantive" });
  });
});

