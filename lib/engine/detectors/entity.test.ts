import { describe, expect, it } from "vitest";
import { entityDetector } from "./entity";
import { pairOf, pairOfStretches } from "./pair.test-helper";

const detect = (a: string, b: string) => entityDetector.detect(pairOf(a, b));

describe("entityDetector", () => {
  it("flags a different name as substantive", () => {
    expect(detect("the head of the North America department", "the head of the North Atlantic department")).toMatchObject({ category: "entity", severity: "substantive" });
    expect(detect("Sonata Coulter led the delegation", "Sonata Carter led the delegation")).toMatchObject({ severity: "substantive" });
  });

  it("reads one word opening a sentence swapped for another as a name swap when either is no dictionary word", () => {
    expect(detect("Smith said the plan failed.", "Jones said the plan failed.")).toMatchObject({ category: "entity", severity: "substantive" });
    expect(detect("Boeing said the jet was safe.", "Airbus said the jet was safe.")).toMatchObject({ category: "entity", severity: "substantive" });
    expect(detect("Officials said the plan failed.", "Authorities said the plan failed.")).toBeUndefined();
    expect(detect("This is the problem.", "America is the problem.")).toBeUndefined();
  });

  it("reads a post whoever holds it as one post ('chair' / 'chairwoman', 'spokesman' / 'spokeswoman')", () => {
    expect(detect("She is the organisation's chair.", "She is the organization's chairwoman.")).toBeUndefined();
    expect(detect("Police spokesman Tom Reed said the road was closed.", "Police spokeswoman Tom Reed said the road was closed.")).toBeUndefined();
    expect(detect("She is the committee's chair.", "She is the committee's secretary.")).toMatchObject({ label: "Title", severity: "substantive" });
  });

  it("reads a post's initials as its words ('CEO' / 'Chief Executive'), not as another post", () => {
    expect(detect("Chief Executive Tim Cook said sales rose.", "CEO Tim Cook said sales rose.")?.severity).not.toBe("substantive");
    expect(detect("Chief Executive Tim Cook said sales rose.", "CFO Tim Cook said sales rose.")).toMatchObject({ severity: "substantive", label: "Title" });
  });

  it("never lets two countries pass as spellings of one", () => {
    expect(detect("He flew to Austria on Monday", "He flew to Australia on Monday")).toMatchObject({ category: "entity", severity: "substantive" });
    expect(detect("Talks with Iran resumed", "Talks with Iraq resumed")).toMatchObject({ severity: "substantive" });
    expect(detect("Troops left Sudan last year", "Troops left Sedan last year")).toMatchObject({ severity: "substantive" });
  });

  it("does not take a capitalised function word for a name", () => {
    expect(detect('He did, saying, "And they cannot believe it."', 'He did, saying, "I\'ll believe it."')).toBeUndefined();
  });

  it("reads a capitalised word opening a sentence as the name the other passage gives", () => {
    expect(detect("Smith and Jones said the plan would work.", "Jones and Smith said the plan would work.")).toBeUndefined();
  });

  it("reads a place name that opens the sentence as a name", () => {
    expect(detect("South Korea fired two missiles on Tuesday", "North Korea fired two missiles on Tuesday")).toMatchObject({ category: "entity", severity: "substantive" });
  });

  it("does not set a person's given name against another name when both passages name the person", () => {
    const spokesman = '"It is not accurate," Peter Carr, a spokesman, said.';
    const told = '"It is not accurate," Carr told Reuters.';
    expect(entityDetector.detect(pairOfStretches(spokesman, "Peter Carr, a", told, "Carr told Reuters"))).toBeUndefined();
    expect(entityDetector.detect(pairOfStretches("It was said by Peter Carr.", "Peter Carr", "It was said by Paul Carr.", "Paul Carr"))).toMatchObject({ severity: "substantive" });
  });

  it("does not call names a swap where the words around them were retold and each version names both", () => {
    const gave = "Lopez scored late to give Real Madrid a 2-1 win over Atletico Madrid on Wednesday.";
    const beat = "Lopez struck late as Real Madrid came from behind to beat city rivals Atletico Madrid 2-1 on Wednesday.";
    expect(entityDetector.detect(pairOfStretches(gave, "give Real", beat, "beat city rivals Atletico"))).toMatchObject({ category: "entity", severity: "minor" });
    // Another team in its place is another team.
    const other = "Lopez struck late as Real Madrid came from behind to beat city rivals Getafe 2-1 on Wednesday.";
    expect(entityDetector.detect(pairOfStretches(gave, "give Real", other, "beat city rivals Getafe"))).toMatchObject({ category: "entity", severity: "substantive" });
  });

  it("reads a body's or a post's initials as its name, whatever moved beside them", () => {
    const fca = entityDetector.detect(pairOfStretches("Britain's Financial Conduct Authority fined Harcourt Bank on Wednesday.", "Britain's Financial Conduct Authority", "The FCA on Wednesday fined Harcourt Bank.", "The FCA on Wednesday"));
    expect(fca).toMatchObject({ category: "spelling", severity: "minor" });
    const ceo = entityDetector.detect(pairOfStretches('"We regret it," Chief Executive Laura Pines said.', "Chief Executive", '"We regret it," said CEO Laura Pines.', "said CEO"));
    expect(ceo).toMatchObject({ category: "spelling", severity: "minor" });
  });

  it("does not call a pronoun against a post a changed title", () => {
    expect(detect("The former president said he knew", "And he said he knew")).toBeUndefined();
  });

  it("calls two transliterations of one name a minor spelling difference", () => {
    expect(detect("Alexander Darchiev met Sonata Coulter", "Alexander Darchiyev met Sonata Coulter")).toMatchObject({ category: "spelling", severity: "minor" });
  });

  it("calls two names of one country or state minor", () => {
    expect(detect("The U.S. delegation arrived", "The American delegation arrived")).toMatchObject({ category: "entity", severity: "minor" });
    expect(detect("at his home in Fort Lauderdale, Fla., on Monday", "at his home in Fort Lauderdale, Florida, on Monday")).toMatchObject({ severity: "minor" });
    expect(detect("He flew to Texas on Monday", "He flew to Florida on Monday")).toMatchObject({ severity: "substantive" });
  });

  it("flags a title's status added or dropped", () => {
    expect(detect("Former President Donald Trump spoke at the rally on Saturday.", "President Donald Trump spoke at the rally on Saturday.")).toMatchObject({ category: "entity", label: "Title", severity: "substantive" });
  });

  it("flags a changed title", () => {
    expect(detect("Coulter, deputy assistant secretary of state", "Coulter, assistant secretary of state")).toMatchObject({ category: "entity", label: "Title" });
  });

  it("reads a title set against other words as a clause retold", () => {
    expect(detect("The military chief says a plane crashed", "An air force plane crashed")).toBeUndefined();
  });

  it("compares titles whatever their capitals", () => {
    expect(detect("He is an associate professor at the university.", "He is Assistant Professor at the university.")).toMatchObject({ category: "entity", label: "Title" });
    expect(detect("He is an associate professor at the university.", "He is Associate Professor at the university.")).toBeUndefined();
  });

  it("leaves a name added without a counterpart to others", () => {
    expect(detect("the discussions in a substantive manner", "the discussions in Istanbul in a substantive manner")).toBeUndefined();
  });
});

describe("entityDetector on party, state and given names", () => {
  it("reads one legislator's party and state written in two styles as style", () => {
    expect(detect("Majority Leader Mitch McConnell, R-Ky., asked on Tuesday.", "Majority Leader Mitch McConnell, Republican of Kentucky, asked on Tuesday.")).toMatchObject({ severity: "cosmetic", relation: "=" });
    expect(detect("Sen. John Cornyn (Texas) said.", "Sen. John Cornyn, R-Texas, said.")).toMatchObject({ severity: "cosmetic" });
  });

  it("flags a different party or state", () => {
    expect(detect("Rep. Michael Grimm (R-N.Y.) is expected to resign.", "Rep. Michael Grimm (D-N.Y.) is expected to resign.")).toMatchObject({ category: "entity", severity: "substantive" });
    expect(detect("Sen. Jane Doe, R-Ky., said.", "Sen. Jane Doe, Republican of Tennessee, said.")).toMatchObject({ severity: "substantive" });
  });

  it("does not read a party set beside another name as a name swapped", () => {
    expect(detect("Akin told the Republican host on his radio show.", "Akin told the Fox News host on his radio show.")).toMatchObject({ severity: "minor" });
  });

  it("reads a given name and its short form as one person", () => {
    expect(detect("Capt. Ron Johnson of the State Highway Patrol arrived.", "Capt. Ronald S. Johnson of the State Highway Patrol arrived.")).toMatchObject({ category: "spelling", severity: "minor" });
    expect(detect("Senate President Mike Thibodeau said.", "Senate President Michael Thibodeau said.")).toMatchObject({ severity: "minor" });
    // Two different given names are two people.
    expect(detect("Capt. Ron Johnson of the State Highway Patrol arrived.", "Capt. Robert Johnson of the State Highway Patrol arrived.")).toMatchObject({ severity: "substantive" });
  });
});
