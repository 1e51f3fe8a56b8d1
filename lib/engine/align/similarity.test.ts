import { describe, expect, it } from "vitest";
import type { SegmentedSource } from "../types";
import { buildTermSpace, MAX_TERMS_PER_PARAGRAPH } from "./features";
import { addToBag, bagOf, matchScore, mergedBag, mergedOverlap, paragraphOverlap, TermCounts, paragraphSimilarity, rowSimilarity, termOverlap } from "./similarity";
import { sourceFromParagraphs } from "./testing/sources";

/** Scores of the first source's paragraphs against the second's, IDF from both and some filler. */
function scores(a: string[], b: string[]): number[][] {
  const filler = [
    "Heavy snow closed the mountain pass for a third day.",
    "The central bank left interest rates unchanged on Wednesday.",
    "The club signed a new goalkeeper from a rival team.",
  ];
  const sources: SegmentedSource[] = [a, b, filler].map((texts, k) => sourceFromParagraphs(`s${k + 1}`, `${k}`, texts));
  const space = buildTermSpace(sources);
  return space.paragraphs[0].map((p) => space.paragraphs[1].map((q) => paragraphSimilarity(p, bagOf([q], space), space)));
}

describe("paragraphSimilarity", () => {
  const statement =
    "The State Department said the delegation raised concerns about access to banking and contracted services and the need to ensure stable staffing levels at the embassy in Moscow.";

  it("scores a copy 1 and unrelated text near 0", () => {
    const [[same, unrelated]] = scores([statement], [statement, "Heavy rain flooded the valley road on Sunday night."]);
    expect(same).toBeCloseTo(1, 5);
    expect(unrelated).toBeLessThan(0.1);
  });

  it("scores a half of a split paragraph high (containment)", () => {
    const [[half]] = scores(
      ["The State Department said the delegation raised concerns about access to banking and contracted services"],
      [statement],
    );
    expect(half).toBeGreaterThan(0.6);
  });

  it("scores a rewording of the same statement above an unrelated statement on the same topic", () => {
    const [[rewrite, other]] = scores(
      [statement],
      [
        "The US Department of State said its delegates raised concerns regarding banking transactions and contracted services and the need to ensure stable staffing at the US Embassy in Moscow.",
        "The embassy in Moscow will reopen its consular section for visas next month, the State Department said.",
      ],
    );
    expect(rewrite).toBeGreaterThan(0.5);
    expect(other).toBeLessThan(rewrite / 2);
  });

  it("counts containment for less when little is shared", () => {
    const [[few], [more]] = scores(
      ["The department said.", "The State Department said the delegation raised concerns about access to banking."],
      [statement],
    );
    expect(few).toBeLessThan(0.5);
    expect(few).toBeLessThan(more - 0.2);
  });
});

describe("termOverlap and rowSimilarity", () => {
  it("measures both directions of containment", () => {
    const space = buildTermSpace([
      sourceFromParagraphs("s1", "a", ["alpha bravo charlie delta", "alpha bravo", "echo foxtrot"]),
    ]);
    const [whole, part] = space.paragraphs[0];
    const o = termOverlap(part, whole, space);
    expect(o.aInB).toBeCloseTo(1);
    expect(o.bInA).toBeGreaterThan(0);
    expect(o.bInA).toBeLessThan(1);
  });

  it("matches a paragraph with a row's closest version", () => {
    const space = buildTermSpace([
      sourceFromParagraphs("s1", "a", ["alpha bravo charlie delta echo", "golf hotel india juliet kilo", "alpha bravo charlie delta echo"]),
    ]);
    const [a, g, copy] = space.paragraphs[0];
    const row = { bag: bagOf([a, g], space), versions: [a, g] };
    expect(rowSimilarity(copy, row, space)).toBeCloseTo(1, 5);
  });

  it("scores a row in one walk to the last bit of scoring its bag and each version apart", () => {
    const texts = [
      "The council voted on Tuesday to close the harbour bridge to trucks.",
      "The council voted on Tuesday to close the old harbour bridge to all trucks.",
      "Trucks may no longer cross the harbour bridge after Tuesday's council vote.",
      "Repairs to the harbour bridge will cost about $4 million, the council said.",
      "The council voted to shut the bridge to trucks on Tuesday.",
    ];
    const space = buildTermSpace([sourceFromParagraphs("s1", "a", texts)]);
    const [p0, p1, p2, p3, p4] = space.paragraphs[0];
    const apart = (p: typeof p0, bag: ReturnType<typeof bagOf>, versions: (typeof p0)[]) =>
      Math.max(paragraphSimilarity(p, bag, space), ...versions.map((v) => matchScore(termOverlap(p, v, space))));
    // Up to four versions, some repeated (as copies make them), each against a bag in an array and in a map.
    for (const versions of [[p1], [p1, p2], [p1, p1, p2], [p2, p1, p3, p2], [p1, p2, p3, p0]]) {
      for (const denseBags of [true, false]) {
        const bag = bagOf(versions, { weight: space.weight, denseBags });
        for (const p of [p0, p4]) {
          if (versions.includes(p)) continue;
          expect(rowSimilarity(p, { bag, versions }, space)).toBe(apart(p, bag, versions));
        }
      }
    }
  });

  it("caps the terms of a paragraph", () => {
    const words = Array.from({ length: 2_000 }, (_, k) => `w${k.toString(36)}x`).join(" ");
    const space = buildTermSpace([sourceFromParagraphs("s1", "a", [words])]);
    expect(space.paragraphs[0][0].ids.length).toBeLessThanOrEqual(MAX_TERMS_PER_PARAGRAPH);
  });
});

describe("bags counted in an array and in a map", () => {
  it("give the very same masses, overlaps and merges", () => {
    const space = buildTermSpace([
      sourceFromParagraphs("s1", "a", ["Floods cut the coast road on Friday.", "The mayor said the coast road would reopen on Monday.", "Schools stayed shut."]),
      sourceFromParagraphs("s2", "b", ["Floods cut the coast road early on Friday.", "The mayor said the road would reopen Monday.", "Schools and shops stayed shut."]),
    ]);
    const [first, second] = space.paragraphs;
    const inArray = { weight: space.weight, denseBags: true };
    const inMap = { weight: space.weight, denseBags: false };
    const bags = (terms: typeof first) => [bagOf(terms, inArray), bagOf(terms, inMap)];
    for (let k = 0; k < first.length; k++) {
      const [dense, sparse] = bags([first[k], second[k]]);
      expect(dense.counts.ids).toEqual(sparse.counts.ids);
      expect(dense.mass).toBe(sparse.mass);
      for (const p of [...first, ...second]) expect(paragraphOverlap(p, dense, space)).toEqual(paragraphOverlap(p, sparse, space));
      const [otherDense, otherSparse] = bags([first[(k + 1) % first.length]]);
      const merged = [mergedBag(dense, otherDense, space.weight), mergedBag(sparse, otherSparse, space.weight)];
      expect(merged[0].counts.ids).toEqual(merged[1].counts.ids);
      expect(merged[0].mass).toBe(merged[1].mass);
      expect(merged[0].counts.ids.map((id) => merged[0].counts.get(id))).toEqual(merged[1].counts.ids.map((id) => merged[1].counts.get(id)));
    }
  });
});

describe("mergedOverlap", () => {
  it("gives what paragraphOverlap gives against the merged bag, to the last bit", () => {
    const texts = [
      "The council voted on Tuesday to close the harbour bridge to trucks.",
      "Repairs to the harbour bridge will cost about $4 million, the council said.",
      "Trucks may no longer cross the bridge after Tuesday's council vote.",
      "The mayor said the repairs would take a year.",
      "Heavy snow closed the mountain pass for a third day.",
    ];
    const space = buildTermSpace([sourceFromParagraphs("s1", "a", texts)]);
    const [p0, p1, p2, p3, p4] = space.paragraphs[0];
    const a = bagOf([p0, p1], space);
    addToBag(a, [p2], space.weight);
    const b = bagOf([p2, p3], space);
    for (const p of [p0, p1, p2, p3, p4]) {
      expect(mergedOverlap(p, a, b, space)).toEqual(paragraphOverlap(p, mergedBag(a, b, space.weight), space));
      expect(mergedOverlap(p, b, a, space)).toEqual(paragraphOverlap(p, mergedBag(b, a, space.weight), space));
    }
  });
});

describe("TermCounts", () => {
  it("counts past a byte's range once a count outgrows it", () => {
    const counts = new TermCounts(8);
    for (let k = 0; k < 300; k++) counts.add(3, 1);
    counts.add(5, 200);
    counts.add(5, 200);
    expect([counts.get(3), counts.get(5), counts.get(4)]).toEqual([300, 400, 0]);
    expect(counts.ids).toEqual([3, 5]);
    expect(counts.copy().get(5)).toBe(400);
  });

  it("counts a paragraph's ids at once as one by one, across the widening", () => {
    const each = new TermCounts(8);
    const one = new TermCounts(8);
    const ids = Int32Array.from([1, 4, 6]);
    for (let k = 0; k < 300; k++) {
      const some = k % 3 ? ids : ids.subarray(1);
      each.addEach(some);
      for (const id of some) one.add(id, 1);
    }
    expect(each.ids).toEqual(one.ids);
    expect(each.dense).toBeInstanceOf(Int32Array);
    expect(Array.from(each.dense!)).toEqual(Array.from(one.dense!));
  });
});
