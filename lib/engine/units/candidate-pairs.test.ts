import { describe, expect, it } from "vitest";
import { buildTermSpace, type ParagraphTerms, type TermSpace } from "../align/features";
import { matchScore } from "../align/similarity";
import { WorkBudget } from "../work-budget";
import { candidatePairs } from "./candidate-pairs";

const sentences = [
  ["The council voted on Tuesday to close the harbour bridge to trucks.", "Repairs will cost about $4 million.", "The mayor spoke."],
  ["The council voted on Tuesday to close the harbour bridge to trucks.", "Repairs will cost about $5 million.", "The mayor spoke."],
  ["Trucks may no longer cross the harbour bridge after Tuesday's council vote.", "Repairs will cost about $4 million.", "The mayor spoke."],
  ["The council voted on Tuesday to close the harbour bridge to trucks.", "The mayor spoke.", "Repairs will cost about $4 million."],
];

function setup() {
  const space = buildTermSpace(sentences.map((list, k) => ({ id: `s${k}`, name: `s${k}`, paragraphs: list.map((text, i) => ({ id: `s${k}-${i}`, text, sentences: [] })) })));
  const terms = space.paragraphs.flat();
  const sourceRank = Int32Array.from(sentences.flatMap((list, k) => list.map(() => k)));
  return { space, terms, sourceRank };
}

/** The reference: every pair of sentences scored on its own, terms found in more than `cap` sentences left out. */
function scoreAllPairs(terms: ParagraphTerms[], sourceRank: Int32Array, space: TermSpace, cap: number, minScore: number) {
  const count = new Map<number, number>();
  for (const t of terms) for (const id of t.ids) count.set(id, (count.get(id) ?? 0) + 1);
  const pairs: Array<{ a: number; b: number; score: number }> = [];
  for (let a = 0; a < terms.length; a++) {
    for (let b = a + 1; b < terms.length; b++) {
      if (sourceRank[a] === sourceRank[b]) continue;
      let shared = 0;
      for (const id of terms[a].ids) if (terms[b].ids.includes(id) && count.get(id)! <= cap) shared += space.weight[id];
      if (!shared) continue;
      const score = matchScore({ aInB: shared / terms[a].mass, bInA: shared / terms[b].mass, aTerms: terms[a].mass / space.meanWeight, bTerms: terms[b].mass / space.meanWeight });
      if (score >= minScore) pairs.push({ a, b, score });
    }
  }
  return pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}

describe("candidatePairs", () => {
  it("finds the pairs, scores and order of scoring every pair of sentences, copies scored once", () => {
    const { space, terms, sourceRank } = setup();
    for (const cap of [3, 100]) {
      const found = candidatePairs(terms, sourceRank, space, cap, 0.3, { work: new WorkBudget(Infinity), notices: [] });
      const expected = scoreAllPairs(terms, sourceRank, space, cap, 0.3);
      expect([...found.first].map((a, k) => [a, found.second[k]])).toEqual(expected.map((p) => [p.a, p.b]));
      for (const { a, b, score } of expected) expect(found.score(b, a)).toBeCloseTo(score, 12);
    }
  });

  it("lists two groups of copies once, by their first pair, and not when they share a source", () => {
    const { space, terms, sourceRank } = setup();
    // Copies by wording (each wording is used once per source here): the group's id is its first sentence.
    const texts = sentences.flat();
    const of = Int32Array.from(texts, (text) => texts.indexOf(text));
    const sourcesOf = (group: number) => new Set(texts.flatMap((_, i) => (of[i] === group ? [sourceRank[i]] : [])));
    const shareSource = (a: number, b: number) => [...sourcesOf(a)].some((s) => sourcesOf(b).has(s));
    const found = candidatePairs(terms, sourceRank, space, 100, 0.3, { work: new WorkBudget(Infinity), notices: [] }, { of, shareSource });
    const seen = new Set<string>();
    const expected = scoreAllPairs(terms, sourceRank, space, 100, 0.3).filter(({ a, b }) => {
      const key = [of[a], of[b]].sort().join("/");
      if (of[a] === of[b] || seen.has(key) || shareSource(of[a], of[b])) return false;
      seen.add(key);
      return true;
    });
    expect(expected.length).toBeGreaterThan(0);
    expect([...found.first].map((a, k) => [a, found.second[k]])).toEqual(expected.map((p) => [p.a, p.b]));
  });

  it("scores a pair that was no candidate by all the terms its sentences share", () => {
    const { space, terms, sourceRank } = setup();
    const found = candidatePairs(terms, sourceRank, space, 0, 0.3, { work: new WorkBudget(Infinity), notices: [] });
    expect(found.first.length).toBe(0);
    // Two copies of the same sentence share every term: a perfect match even with every term capped.
    expect(found.score(0, 3)).toBe(1);
  });
});
