import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment";
import { WorkBudget } from "../work-budget";
import { alignUnits, clusterPairs, Groups, LINK_MIN, PAIR_MIN, type Unit } from "./align-units";
import { sentencesOf, type SentenceRef } from "./sentences";

function version(id: string, ...paragraphs: string[]): SentenceRef[] {
  return sentencesOf({ id, paragraphs: paragraphs.map((text, i) => ({ id: `${id}-p${i + 1}`, text, sentences: splitSentences(text) })) });
}

const budget = () => ({ work: new WorkBudget(Number.POSITIVE_INFINITY), notices: [] });
/** Each unit as its sentences' texts, per source: what an editor would check. */
const readable = (units: Unit[]) => units.map((u) => u.members.map((m) => `${m.source}: ${m.text}`)).filter((u) => u.length > 1);

const A = version(
  "a",
  "The city council voted on Tuesday to close the old harbour bridge to heavy trucks.",
  "Engineers found cracks in two of the bridge's steel supports last month. Repairs will cost about $4 million.",
  "The mayor said the closure would last until the end of next year.",
);
const B = version(
  "b",
  "The mayor said the closure would last until the end of next year.",
  "Heavy trucks will no longer be allowed on the old harbour bridge after a council vote on Tuesday.",
  "Last month engineers found cracks in two steel supports of the bridge, and repairs will cost about $4 million.",
);

describe("alignUnits", () => {
  it("pairs a moved sentence, a reworded one, and a merged pair with both halves", () => {
    const units = readable(alignUnits([A, B], budget()).units);
    expect(units).toContainEqual(["a: The mayor said the closure would last until the end of next year.", "b: The mayor said the closure would last until the end of next year."]);
    expect(units).toContainEqual([
      "a: The city council voted on Tuesday to close the old harbour bridge to heavy trucks.",
      "b: Heavy trucks will no longer be allowed on the old harbour bridge after a council vote on Tuesday.",
    ]);
    const merged = units.find((u) => u.some((t) => t.startsWith("b: Last month")));
    expect(merged).toEqual([
      "a: Engineers found cracks in two of the bridge's steel supports last month.",
      "a: Repairs will cost about $4 million.",
      "b: Last month engineers found cracks in two steel supports of the bridge, and repairs will cost about $4 million.",
    ]);
  });

  it("pairs a statement told with a noun in one version and its verb in another", () => {
    const C = version("c", "A tanker truck overturned on the highway near the port.", "No one was injured.", "The road reopened after six hours.");
    const D = version("d", "A tanker truck overturned on the highway near the port.", "No injuries were reported.", "The road reopened after six hours.");
    expect(readable(alignUnits([C, D], budget()).units)).toContainEqual(["c: No one was injured.", "d: No injuries were reported."]);
  });

  it("keeps unrelated sentences apart", () => {
    const C = version("c", "A new bakery opened downtown on Saturday, selling sourdough and pastries.");
    const units = alignUnits([A, C], budget()).units;
    expect(units.every((u) => new Set(u.members.map((m) => m.source)).size === 1)).toBe(true);
  });

  it("builds the same units whichever version comes first", () => {
    const forward = readable(alignUnits([A, B], budget()).units).map((u) => [...u].sort().join(" | ")).sort();
    const backward = readable(alignUnits([B, A], budget()).units).map((u) => [...u].sort().join(" | ")).sort();
    expect(backward).toEqual(forward);
  });

  it("stops matching when its work budget is spent, and says so", () => {
    const spent = { work: new WorkBudget(0), notices: [] as { kind: string }[] };
    alignUnits([A, B], spent as never);
    expect(spent.notices.map((n) => n.kind)).toEqual(["budget"]);
  });
});

describe("alignUnits: identical wordings", () => {
  it("makes copies of one wording one statement even where a story repeats it past the index's term cap", () => {
    const repeated = "Officials said the bridge will reopen next spring after repairs.";
    const story = (id: string) => version(id, ...Array.from({ length: 20 }, () => repeated));
    const { units, similarity } = alignUnits([story("a"), story("b"), story("c")], budget());
    expect(units.map((u) => u.members.map((m) => m.source).join())).toEqual(Array.from({ length: 20 }, () => "a,b,c"));
    expect(similarity(units[0].members[0], units[0].members[1])).toBe(1);
  });
});

describe("Groups", () => {
  it("knows which groups share a source, past 32 sources too, as groups merge", () => {
    // Sentences 0–3 of sources 0, 33, 40 and 33.
    const groups = new Groups(4, Int32Array.from([0, 33, 40, 33]));
    expect(groups.shareSource(1, 3)).toBe(true);
    expect(groups.shareSource(0, 1)).toBe(false);
    groups.union(0, 1);
    const root = groups.find(1);
    expect(groups.members(root).sort()).toEqual([0, 1]);
    expect(groups.shareSource(root, 3)).toBe(true);
    expect(groups.shareSource(root, 2)).toBe(false);
    expect(groups.onlyOf(2, 40)).toBe(true);
    expect(groups.onlyOf(root, 0)).toBe(false);
    expect(groups.onlyOf(3, 1)).toBe(false);
  });
});

describe("clusterPairs", () => {
  /**
   * Sentences of the given sources and wordings, copies of a wording joined as joinCopies joins
   * them (its k-th use in each source together), scored by wording; merged through one candidate
   * per two copy groups, and, for reference, through every sentence pair in turn.
   */
  function bothWays(rank: number[], wording: number[], between: number[][], matched = rank.length) {
    const n = rank.length;
    const sourceRank = Int32Array.from(rank);
    const used = new Map<string, number>();
    const copyKey = rank.map((s, i) => {
      const k = used.get(`${s}/${wording[i]}`) ?? 0;
      used.set(`${s}/${wording[i]}`, k + 1);
      return `${wording[i]}/${k}`;
    });
    const copiesJoined = () => {
      const groups = new Groups(n, sourceRank);
      const firstOf = new Map<string, number>();
      copyKey.forEach((key, i) => {
        const first = firstOf.get(key);
        if (first === undefined) firstOf.set(key, i);
        else groups.union(groups.find(first), groups.find(i));
      });
      return groups;
    };
    const score = (a: number, b: number) => between[wording[a]][wording[b]];
    const all: Array<[number, number]> = [];
    for (let a = 0; a < Math.min(n, matched); a++) for (let b = a + 1; b < n; b++) if (score(a, b) >= PAIR_MIN) all.push([a, b]);
    all.sort(([a, b], [x, y]) => score(x, y) - score(a, b) || a - x || b - y);

    const reference = copiesJoined();
    for (const [a, b] of all) {
      const ra = reference.find(a);
      const rb = reference.find(b);
      if (ra === rb || reference.shareSource(ra, rb)) continue;
      const ma = reference.members(ra);
      const mb = reference.members(rb);
      let sum = 0;
      for (const x of ma) for (const y of mb) sum += score(x, y);
      if ((ma.length > 1 || mb.length > 1) && sum / (ma.length * mb.length) < LINK_MIN) continue;
      reference.union(ra, rb);
    }

    // One candidate per two copy groups of no common source: their first pair.
    const groups = copiesJoined();
    const copies = Int32Array.from({ length: n }, (_, i) => groups.find(i));
    const seen = new Set<string>();
    const candidates = all.filter(([a, b]) => {
      const key = [copies[a], copies[b]].sort().join("/");
      if (seen.has(key) || groups.shareSource(copies[a], copies[b])) return false;
      seen.add(key);
      return true;
    });
    clusterPairs(groups, { first: Int32Array.from(candidates, (p) => p[0]), second: Int32Array.from(candidates, (p) => p[1]), matched, score }, copies);
    return { merged: partition(groups, n), reference: partition(reference, n) };
  }

  const partition = (groups: Groups, n: number) =>
    [...new Set(Array.from({ length: n }, (_, i) => groups.find(i)))].map((root) => [...groups.members(root)].sort((a, b) => a - b).join()).sort();

  it("tries two groups too weakly linked again at their next pair, once one has grown", () => {
    // Wordings A (sources 0, 1), B (2), X (3, 4), Y (5), Z (6). A and X merge first (0.9); A–B is
    // then weak on average (0.195), A–Y is not (0.225); with Y, A–B is no longer weak (0.214), and
    // B is taken before Z could join it alone.
    const [A, B, X, Y, Z] = [0, 1, 2, 3, 4];
    const between = [
      [1, 0.35, 0.9, 0.35, 0],
      [0.35, 1, 0.04, 0.29, 0.35],
      [0.9, 0.04, 1, 0.1, 0],
      [0.35, 0.29, 0.1, 1, 0],
      [0, 0.35, 0, 0, 1],
    ];
    const { merged, reference } = bothWays([0, 1, 2, 3, 4, 5, 6], [A, A, B, X, X, Y, Z], between);
    expect(merged).toEqual(["0,1,2,3,4,5", "6"]);
    expect(merged).toEqual(reference);
  });

  it("merges as pair by pair of sentences would, though each two copy groups are one candidate", () => {
    for (let seed = 1; seed <= 300; seed++) {
      // A few sources of a few sentences, each one of a few wordings scored from a few values (ties).
      let state = seed;
      const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
      const sources = 3 + Math.floor(random() * 6);
      const wordings = 3 + Math.floor(random() * 8);
      const values = [0, 0.05, 0.25, 0.35, 0.35, 0.5, 1];
      const between = Array.from({ length: wordings }, () => new Array<number>(wordings).fill(0));
      for (let v = 0; v < wordings; v++) for (let w = v; w < wordings; w++) between[v][w] = between[w][v] = values[Math.floor(random() * values.length)];
      const rank: number[] = [];
      const wording: number[] = [];
      for (let s = 0; s < sources; s++) {
        for (let k = 2 + Math.floor(random() * 6); k > 0; k--) {
          rank.push(s);
          wording.push(Math.floor(random() * wordings));
        }
      }
      const { merged, reference } = bothWays(rank, wording, between, Math.floor(random() * 1.5 * rank.length));
      expect(merged, `seed ${seed}`).toEqual(reference);
    }
  });
});
