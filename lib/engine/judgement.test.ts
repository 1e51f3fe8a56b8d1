/**
 * The engine's judgement on pairs of sentences written for this test (no dataset text): a version
 * that changes a fact must be flagged substantive, with the kind of fact it changes; a version that
 * only restyles must not be. Each pair sits in a story with a shared closing sentence, as a copy
 * of a story would. A regression here is a flag an editor would miss, or a false alarm they would chase.
 */
import { describe, expect, it } from "vitest";
import { compare } from "./compare";

const CLOSING = "Officials said the investigation would continue through the week. Residents were urged to stay informed.";

async function substantive(a: string, b: string) {
  const report = await compare([{ name: "a.txt", text: `${a} ${CLOSING}` }, { name: "b.txt", text: `${b} ${CLOSING}` }]);
  return report.discrepancies.filter((d) => d.severity === "substantive").map((d) => d.category);
}

/** [one version, another, the category of the conflict]. */
const CONFLICTS: Array<[string, string, string]> = [
  ["The Chiefs beat the 49ers 25-22 in overtime on Sunday.", "The Chiefs beat the 49ers 25-21 in overtime on Sunday.", "number"],
  ["Temperatures reached 104 degrees in Phoenix on Tuesday.", "Temperatures reached 107 degrees in Phoenix on Tuesday.", "number"],
  ["He was sentenced to 11 years and three months in prison.", "He was sentenced to 11 years in prison.", "omission"],
  ["The measure passed the Senate 52-48 on Thursday.", "The measure passed the Senate 51-49 on Thursday.", "number"],
  ["Turnout was 61.2% according to the election commission.", "Turnout was 62.1% according to the election commission.", "number"],
  ["The suspect, 34, was arrested at his home in Dayton.", "The suspect, 43, was arrested at his home in Dayton.", "number"],
  ["The storm made landfall near Cedar Key as a Category 3 hurricane.", "The storm made landfall near Cedar Key as a Category 4 hurricane.", "number"],
  ["Prime Minister Rishi Sunak called the result disappointing.", "Prime Minister Rishi Sunak called the result devastating.", "characterization"],
  ["The fire destroyed more than 300 homes, officials said.", "The fire destroyed more than 3,000 homes, officials said.", "number"],
  ["The bill now goes to the House.", "The bill now goes to the Senate.", "entity"],
  ["The strike began on Monday and ended on Wednesday.", "The strike began on Monday and ended on Thursday.", "date"],
  ["Shares fell 4.5% in early trading.", "Shares rose 4.5% in early trading.", "negation"],
  ["The minister resigned on Friday.", "The minister was fired on Friday.", "characterization"],
  ["At least 12 people were injured, two of them seriously.", "At least 12 people were injured, three of them seriously.", "number"],
  ["The agreement was signed in Geneva.", "The agreement was signed in Vienna.", "entity"],
  ["The company reported a net loss of $2.1 billion.", "The company reported a net profit of $2.1 billion.", "characterization"],
  ["The vote is expected next week.", "The vote is expected next month.", "date"],
  ["The governor declared a state of emergency in 14 counties.", "The governor declared a state of emergency in 41 counties.", "number"],
  ["The senator, a Democrat, voted against the bill.", "The senator, a Republican, voted against the bill.", "entity"],
  ["The police chief said no arrests had been made.", "The police chief said two arrests had been made.", "negation"],
  ["It was the deadliest attack since 2015.", "It was the deadliest attack since 2005.", "date"],
  ["The talks will resume in January.", "The talks will resume in June.", "date"],
  ["He won 54% of the vote.", "He won 45% of the vote.", "number"],
  ["The woman was taken to a hospital in critical condition.", "The woman was taken to a hospital in stable condition.", "characterization"],
  ["The court ruled 6-3 in favor of the state.", "The court ruled 5-4 in favor of the state.", "number"],
  ["About 2,000 people attended the rally.", "About 20,000 people attended the rally.", "number"],
  ["The driver was charged with manslaughter.", "The driver was charged with murder.", "characterization"],
  ["The museum reopened after a two-year renovation.", "The museum reopened after a three-year renovation.", "number"],
  ["The ship sank off the coast of Libya.", "The ship sank off the coast of Tunisia.", "entity"],
  ["The protest remained peaceful, police said.", "The protest turned violent, police said.", "characterization"],
  ["The company was founded in 1998 by two brothers.", "The company was founded in 1998 by three brothers.", "number"],
  ["The attack happened on Tuesday, police said.", "The attack happened on Wednesday, police said.", "date"],
  ["The company said it would hire 500 workers by March.", "The company said it would hire 500 workers by May.", "date"],
  ["“We will not negotiate,” the minister said.", "“We will negotiate,” the minister said.", "negation"],
  ["“We are deeply saddened,” the company said.", "“We are saddened,” the company said.", "quote"],
  ["Senator Maria Lopez, a Democrat from Texas, opposed the bill.", "Senator Maria Lopez, a Democrat from Arizona, opposed the bill.", "entity"],
  ["The ruling was upheld by the appeals court.", "The ruling was overturned by the appeals court.", "negation"],
  ["The suspect was released without charge.", "The suspect was released on bail.", "negation"],
  ["Turnout was lower than in 2020.", "Turnout was higher than in 2020.", "negation"],
  ["The CEO will step down at the end of the year.", "The CEO will step down at the end of the month.", "date"],
  ["The drug was approved by the FDA.", "The drug was rejected by the FDA.", "negation"],
  ["Interest rates were raised by a quarter point.", "Interest rates were cut by a quarter point.", "negation"],
  ["He was born in Lagos, Nigeria.", "He was born in Abuja, Nigeria.", "entity"],
  ["The storm is moving north at 10 mph.", "The storm is moving west at 10 mph.", "characterization"],
  ["Most of the victims were women.", "Most of the victims were children.", "characterization"],
  ["She won the race in 2 hours, 14 minutes.", "She won the race in 2 hours, 41 minutes.", "number"],
  ["The quake was felt as far away as Lisbon.", "The quake was felt as far away as Madrid.", "entity"],
  ["The man pleaded guilty to fraud.", "The man pleaded not guilty to fraud.", "negation"],
  ["The victims were all adults.", "The victims were all children.", "characterization"],
  ["The strike involved about 5,000 nurses.", "The strike involved about 5,000 doctors.", "characterization"],
  ["The bridge will reopen in the spring.", "The bridge will reopen in the fall.", "characterization"],
  ["The company's shares closed up 3%.", "The company's shares closed down 3%.", "negation"],
  ["The boat capsized off the Italian island of Lampedusa.", "The boat capsized off the Greek island of Lesbos.", "entity"],
  ["The warehouse was empty at the time, officials said.", "The warehouse was full at the time, officials said.", "negation"],
  ["Secretary of State Antony Blinken arrived in Cairo.", "Secretary of State Antony Blinken arrived in Amman.", "entity"],
  ["The talks were led by Deputy Foreign Minister Sergei Ryabkov.", "The talks were led by Foreign Minister Sergei Lavrov.", "entity"],
  ["The former president spoke on Tuesday.", "The president spoke on Tuesday.", "entity"],
  ["The company's chief financial officer resigned.", "The company's chief executive resigned.", "entity"],
  ["Police arrested a 19-year-old woman.", "Police arrested a 19-year-old man.", "characterization"],
  ["The attack killed at least 30 people and wounded 50.", "The attack killed at least 50 people and wounded 30.", "number"],
  ["It happened at 3:15 p.m. Eastern time.", "It happened at 3:15 p.m. Central time.", "entity"],
  ["It happened at 3:15 p.m.", "It happened at 3:50 p.m.", "date"],
  ["The law takes effect Jan. 1.", "The law takes effect July 1.", "date"],
  ["Prosecutors said he stole $1.2 million.", "Prosecutors said he stole $12 million.", "number"],
  ["The ship was carrying 2,000 tons of wheat.", "The ship was carrying 2,000 tons of corn.", "characterization"],
  ["He was elected in 2018.", "He was appointed in 2018.", "negation"],
  ["The victims were Palestinian.", "The victims were Israeli.", "entity"],
  ["The hurricane weakened to a tropical storm.", "The hurricane strengthened to a Category 5 storm.", "negation"],
  ["The board voted to approve the merger.", "The board voted to block the merger.", "negation"],
  ["Exports to China fell.", "Imports from China fell.", "negation"],
  ["The trial begins Monday in Manhattan.", "The trial begins Monday in Brooklyn.", "entity"],
  ["The announcement came yesterday.", "The announcement came today.", "date"],
  ["The meeting is set for 2 p.m.", "The meeting is set for 2 a.m.", "date"],
  ["The fire broke out early Sunday.", "The fire broke out late Sunday.", "negation"],
  ["The summit will be held in June 2025.", "The summit will be held in June 2026.", "date"],
  ["He served two terms as mayor.", "He served three terms as mayor.", "number"],
  ["Roughly a third of the budget goes to defense.", "Roughly a quarter of the budget goes to defense.", "number"],
  ["The flight took off at dawn.", "The flight took off at dusk.", "characterization"],
  ["The storm is expected to make landfall tonight.", "The storm is expected to make landfall tomorrow.", "date"],
  ["The shares were trading higher on Monday.", "The shares were trading lower on Monday.", "negation"],
  ["The minister arrived in Paris.", "The minister left Paris.", "negation"],
  ["The law was passed unanimously.", "The law was passed narrowly.", "characterization"],
  ["At least 20 people were killed.", "At most 20 people were killed.", "negation"],
  ["“We will rebuild,” said Mayor Karen Bass.", "“We will rebuild,” said Gov. Gavin Newsom.", "entity"],
  ["Smith, 45, was taken into custody.", "Smith, 54, was taken into custody.", "number"],
  ["The company's shares rose 5% to $120.", "The company's shares rose 5% to $102.", "number"],
  ["The suspect is a U.S. citizen.", "The suspect is a Canadian citizen.", "entity"],
  ["The crash happened on Interstate 95.", "The crash happened on Interstate 59.", "number"],
  ["The fire started on the 12th floor.", "The fire started on the 21st floor.", "number"],
  ["The ruling Labour Party won 412 seats.", "The ruling Labour Party won 411 seats.", "number"],
  ["The bill was signed into law on Tuesday.", "The bill was vetoed on Tuesday.", "negation"],
  ["The victims included a 6-year-old boy.", "The victims included a 6-year-old girl.", "characterization"],
  ["The strike ended after three weeks.", "The strike ended after three days.", "number"],
  ["Shares fell as much as 8% before recovering.", "Shares fell as much as 8% and did not recover.", "negation"],
  ["Police said the shooting was not terrorism-related.", "Police said the shooting was terrorism-related.", "negation"],
];

/** The same facts, restyled. */
const RESTYLED: Array<[string, string]> = [
  ["The company cut 1,200 jobs, or about 8% of its workforce.", "The company cut 1,200 jobs, or about 8 percent of its workforce."],
  ["The jury deliberated for about six hours before reaching a verdict.", "The jury deliberated for about six hours before reaching its verdict."],
  ["The magnitude 6.8 quake struck at 11:11 p.m. local time.", "The magnitude 6.8 quake struck at 11:11 p.m. local time (2211 GMT)."],
  ["The plane was carrying 72 passengers and four crew members.", "The plane was carrying 72 passengers and 4 crew members."],
  ["The Federal Reserve held rates steady.", "The Fed held rates steady."],
  ["The team's head coach, Andy Reid, said.", "Coach Andy Reid said."],
  ["The victims included two children.", "The victims included two kids."],
  ["The UN Security Council voted unanimously.", "The U.N. Security Council voted unanimously."],
  ["The president's approval rating fell to 38%.", "The president's approval rating fell to 38 per cent."],
  ["The lawmakers met on Capitol Hill on Thursday.", "Lawmakers met on Capitol Hill Thursday."],
  ["Some 300 people were evacuated.", "About 300 people were evacuated."],
  ["The theatre reopened in September.", "The theater reopened in September."],
  ["The ceasefire took effect at midnight.", "The cease-fire took effect at midnight."],
  ["The mayor said the city was \"ready\".", "The mayor said the city was 'ready'."],
  ["Microsoft Corp. reported higher profit.", "Microsoft reported higher profit."],
  ["The vote is scheduled for Oct. 5.", "The vote is scheduled for October 5."],
  ["The company is based in Seattle.", "The company is headquartered in Seattle."],
  ["Gov. Greg Abbott declared a disaster.", "Governor Greg Abbott declared a disaster."],
  ["Rep. Nancy Pelosi, D-Calif., said.", "Rep. Nancy Pelosi, D-California, said."],
  ["Chief Executive Tim Cook said sales rose.", "CEO Tim Cook said sales rose."],
  ["The vote was 5-4.", "The vote was 5 to 4."],
  ["The plant employs about 1,500 people.", "The plant employs roughly 1,500 people."],
  ["She was elected in 2018 and re-elected in 2022.", "She was elected in 2018 and reelected in 2022."],
  ["About a dozen people were hurt.", "About 12 people were hurt."],
  ["Half of the voters backed the plan.", "50% of the voters backed the plan."],
  ["The meeting is set for 2 p.m.", "The meeting is set for 2 o'clock."],
  ["The ruling Labour Party won 412 seats.", "The governing Labour Party won 412 seats."],
  ["Officials said the bridge was closed.", "Authorities said the bridge was closed."],
];

describe("judgement on general pairs", () => {
  it.each(CONFLICTS)("flags %j / %j as a substantive %s conflict", async (a, b, category) => {
    expect(await substantive(a, b)).toContain(category);
  });

  it.each(RESTYLED)("does not flag %j / %j", async (a, b) => {
    expect(await substantive(a, b)).toEqual([]);
  });
});
