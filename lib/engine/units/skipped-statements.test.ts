import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment";
import { WorkBudget } from "../work-budget";
import { alignUnits, PAIR_MIN } from "./align-units";
import { unitsBySource } from "./omissions";
import { Anchors, listedNeighbours, REWORDED_MIN } from "./skipped-statements";
import { sentencesOf } from "./sentences";

/** A version; blank lines separate its paragraphs. */
function version(id: string, text: string) {
  const paragraphs = text.split("\n\n").map((p, i) => ({ id: `${id}-p${i + 1}`, text: p, sentences: splitSentences(p) }));
  return sentencesOf({ id, paragraphs });
}

describe("Anchors.near", () => {
  const NOUNS = ["ferry", "harbour", "tunnel", "bridge", "depot", "market", "school", "clinic", "station", "stadium", "library"];
  const CITIES = ["Lisbon", "Porto", "Braga", "Faro", "Coimbra", "Evora", "Leiria", "Viseu", "Aveiro", "Setubal", "Tavira", "Sintra", "Cascais"];
  const statement = (k: number) => `Officials in ${CITIES[k % 13]} reopened the ${NOUNS[k % 11]} number ${100 + k} after ${k + 2} weeks of repairs.`;
  const own = (k: number) => `A local bakery ${k} sold ${900 + k} loaves of rye bread to visiting choirs.`;

  it("finds the very neighbours the full lists give, whether it settles the question or leaves it to them", () => {
    const story = Array.from({ length: 40 }, (_, k) => statement(k));
    const texts = [
      story.join(" "),
      // Twenty sentences of its own after the fifth: further than near() steps.
      [...story.slice(0, 5), ...Array.from({ length: 20 }, (_, k) => own(k)), ...story.slice(5)].join(" "),
      [...story.slice(0, 10), ...story.slice(13, 30)].join(" "),
      story.slice(20).join(" "),
    ];
    const versions = texts.map((t, i) => version(`s${i + 1}`, t));
    const { units } = alignUnits(versions, { work: new WorkBudget(Number.POSITIVE_INFINITY), notices: [] });
    const bySource = new Map(versions.map((v) => [v[0].source, v]));
    const anchors = new Anchors(bySource, unitsBySource(units, bySource), units);
    let settled = 0;
    let leftToLists = 0;
    for (const list of versions) {
      for (const m of list) {
        for (const s of bySource.keys()) {
          const near = anchors.near(m, s);
          const listed = listedNeighbours(anchors, m, s);
          if (near === undefined) leftToLists++;
          else {
            settled++;
            expect(near, `${m.id} in ${s}`).toEqual(listed);
          }
        }
      }
    }
    expect(settled).toBeGreaterThan(100);
    expect(leftToLists).toBeGreaterThan(0);
  });
});

describe("rewording verdicts", () => {
  // Omissions remember whether one sentence rewords another per pair of wordings (RewordingTest):
  // exact only while the aligner's score, which also depends on where the work budget stopped
  // sentence matching, clears REWORDED_MIN for two wordings wherever they stand.
  it("keep the rewording bar below the aligner's pair bar", () => {
    expect(REWORDED_MIN).toBeLessThan(PAIR_MIN);
  });

  it("are the same for two wordings wherever they stand, even where the work budget cut sentence matching short", () => {
    // Every sentence names the council: a word in more sentences than the aligner looks up, so
    // a listed candidate's score (without it) differs from the score of all shared words.
    const story = [
      "The council voted 7 to 2 on Tuesday to close the Elm Street library branch in March.",
      "Library staff will move to the central branch on Harbor Road, the council said.",
      "About 40 volunteers protested outside the council chamber before the vote.",
      "The branch opened in 1962 and lent about 80,000 books last year, council records show.",
      "Council members said the building needs a new roof and heating system.",
      "The council will sell the building at auction next spring.",
    ];
    const reworded = [
      "On Tuesday the council decided, by 7 votes to 2, that the Elm Street branch will close in March.",
      story[1],
      "Some 40 volunteers rallied at the council chamber ahead of the vote.",
      story[3],
      "The building needs a new roof and a new heating system, council members said.",
      "Next spring the council plans to auction the building.",
    ];
    const lists = [story, reworded, story, [...reworded.slice(0, 3), ...story.slice(3)], story.slice(0, 4), reworded, story, reworded];
    const versions = lists.map((list, i) => version(`s${i + 1}`, list.join(" ")));
    const notices: { message: string }[] = [];
    const { similarity } = alignUnits(versions, { work: new WorkBudget(250), notices: notices as never });
    const cut = notices.map((n) => /Sentence matching ran out .* after (\d+) of (\d+)/.exec(n.message)).find(Boolean);
    expect(Number(cut?.[1])).toBeGreaterThan(0);
    expect(Number(cut?.[1])).toBeLessThan(Number(cut?.[2]));
    const all = versions.flat();
    const scores = new Map<string, Set<number>>();
    const verdicts = new Map<string, Set<boolean>>();
    for (const a of all) {
      for (const b of all) {
        if (a.source === b.source) continue;
        const key = `${a.text}|${b.text}`;
        const score = similarity(a, b);
        (scores.get(key) ?? scores.set(key, new Set()).get(key)!).add(score);
        (verdicts.get(key) ?? verdicts.set(key, new Set()).get(key)!).add(score >= REWORDED_MIN);
      }
    }
    expect([...scores.values()].some((found) => found.size > 1)).toBe(true);
    for (const [key, found] of verdicts) expect(found.size, key).toBe(1);
  });
});
