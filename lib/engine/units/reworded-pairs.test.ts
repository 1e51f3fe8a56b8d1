import { describe, expect, it } from "vitest";
import { story } from "../facts/story.test-helper";
import { compare } from "../compare";
import { WorkBudget } from "../work-budget";
import { alignUnits } from "./align-units";
import { joinRewordedPairs } from "./reworded-pairs";

const LAST = "Officials said the investigation would continue through the week.";

function units(...versions: string[][]) {
  const lists = versions.map((sentences, k) => story(`s${k + 1}`, ...sentences));
  const { units: aligned, similarity } = alignUnits(lists, { work: new WorkBudget(Number.POSITIVE_INFINITY), notices: [] });
  return joinRewordedPairs(aligned, new Map(lists.map((l) => [l[0].source, l])), similarity).map((u) => u.members.map((m) => `${m.source}: ${m.text}`));
}

describe("joinRewordedPairs", () => {
  it("makes one statement of two sentences alone in the same place that say alike things", () => {
    const joined = units(["The victims were Palestinian.", LAST], ["The victims were Israeli.", LAST]);
    expect(joined).toContainEqual(["s1: The victims were Palestinian.", "s2: The victims were Israeli."]);
  });

  it("pairs sentences alone in every stretch, the one after the last shared statement too", () => {
    const FIRST = "The council met on Monday evening to debate the budget for the coming year.";
    const joined = units(
      ["The victims were Palestinian.", FIRST, "The winner was Smith.", LAST, "The loser was Brown."],
      ["The victims were Israeli.", FIRST, "The winner was Jones.", LAST, "The loser was Green."],
    );
    expect(joined).toContainEqual(["s1: The victims were Palestinian.", "s2: The victims were Israeli."]);
    expect(joined).toContainEqual(["s1: The winner was Smith.", "s2: The winner was Jones."]);
    expect(joined).toContainEqual(["s1: The loser was Brown.", "s2: The loser was Green."]);
  });

  it("pairs several sentences alone in one stretch in step, each with the one in its place when the two are most alike", () => {
    const FIRST = "The home side won the cup semifinal 2-1 on Wednesday night.";
    const first = "Maria Lopez had put the visitors ahead in the 34th with a low shot from outside the area before Ana Ruiz equalized early in the second half.";
    const firstRetold = "Maria Lopez opened the scoring for the visitors in the 36th minute, but Ruiz levelled the tie in the 51st minute with a header from a corner.";
    const joined = units(
      [FIRST, first, "Kim Park then curled a shot into the top corner from the edge of the box, sending most of the 40,000 fans into celebration.", LAST],
      [FIRST, firstRetold, "With the game heading to extra time, Park found the top corner in the 87th minute to send the stadium into raptures.", LAST],
    );
    expect(joined).toContainEqual([`s1: ${first}`, `s2: ${firstRetold}`]);
  });

  it("keeps apart sentences that share only names and small words, however alike their terms score", () => {
    const first = story("s1", "The flooding in Kerr County killed at least 43 people, including 15 children.", LAST);
    const second = story("s2", "There were hundreds of rescues around Kerr County, including at least 167 from the camp.", LAST);
    const alone = [{ members: [first[0]] }, { members: [second[0]] }, { members: [first[1], second[1]] }];
    const similarity = (a: { text: string }, b: { text: string }) => (a.text === b.text ? 1 : 0.25);
    const bySource = new Map([["s1", first], ["s2", second]]);
    expect(joinRewordedPairs(alone, bySource, similarity)).toHaveLength(3);
    // The same stretch with a shared word of what is said is one statement.
    const storm = story("s2", "The storm in Kerr County killed at least 32 people.", LAST);
    const reworded = [{ members: [first[0]] }, { members: [storm[0]] }, { members: [first[1], storm[1]] }];
    expect(joinRewordedPairs(reworded, new Map([["s1", first], ["s2", storm]]), similarity)).toHaveLength(2);
  });

  it("makes one statement of two sentences that say the same words around other names, however few terms they share", async () => {
    expect(units(["“We are ready,” said Foreign Minister Wang Yi.", LAST], ["“We are ready,” said Premier Li Qiang.", LAST])).toContainEqual([
      "s1: “We are ready,” said Foreign Minister Wang Yi.",
      "s2: “We are ready,” said Premier Li Qiang.",
    ]);
    const report = await compare([
      { name: "a.txt", text: `The plane was a Boeing 737. ${LAST}` },
      { name: "b.txt", text: `The plane was an Airbus A320. ${LAST}` },
    ]);
    expect(report.discrepancies.filter((d) => d.severity === "substantive").map((d) => d.category)).toContain("entity");
  });

  it("lets the conflict inside a reworded statement be reported", async () => {
    const report = await compare([
      { name: "a.txt", text: `The hurricane weakened to a tropical storm. ${LAST}` },
      { name: "b.txt", text: `The hurricane strengthened to a Category 5 storm. ${LAST}` },
    ]);
    expect(report.discrepancies.filter((d) => d.severity === "substantive").map((d) => d.summary)).toEqual(["Polarity: weakened ≠ strengthened"]);
  });
});
