import { WorkBudget } from "./work-budget";
import { describe, expect, it } from "vitest";
import { alignSources } from "./align";
import type { AlignedRow, Budget, SegmentedSource } from "./types";
import { generousBudget, istanbulSources, sourceFromParagraphs } from "./align/testing/sources";
import { seededRandom } from "./align/testing/synthetic";

/** Index of the row holding a paragraph. */
function rowOf(rows: AlignedRow[], paragraphId: string): number {
  return rows.findIndex((row) => Object.values(row.cells).some((ids) => ids.includes(paragraphId)));
}

/** The id of the paragraph of `source` whose text contains `snippet` (tests name text, not numbers). */
function paragraphWith(sources: SegmentedSource[], sourceName: string, snippet: string): string {
  const source = sources.find((s) => s.name === sourceName)!;
  const matches = source.paragraphs.filter((p) => p.text.includes(snippet));
  expect(matches, `${sourceName}: "${snippet}"`).toHaveLength(1);
  return matches[0].id;
}

function expectEveryParagraphOnce(sources: SegmentedSource[], rows: AlignedRow[]): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    expect(Object.keys(row.cells).length).toBeGreaterThan(0);
    for (const [sourceId, ids] of Object.entries(row.cells)) {
      expect(ids.length).toBeGreaterThan(0);
      const order = ids.map((id) => Number(id.split("-p")[1]));
      expect(order, "a cell lists its paragraphs in the source's order").toEqual([...order].sort((a, b) => a - b));
      for (const id of ids) {
        expect(id.startsWith(`${sourceId}-p`)).toBe(true);
        seen.set(id, (seen.get(id) ?? 0) + 1);
      }
    }
  }
  const all = sources.flatMap((s) => s.paragraphs.map((p) => p.id));
  expect([...seen.keys()].sort()).toEqual([...all].sort());
  expect([...seen.values()].every((n) => n === 1)).toBe(true);
}

/** Rows holding the primary's paragraphs come in the primary's order. */
function expectPrimaryOrder(rows: AlignedRow[], primary: SegmentedSource): void {
  const order = rows.flatMap((row) => row.cells[primary.id] ?? []);
  expect(order).toEqual(primary.paragraphs.map((p) => p.id));
}

describe("alignSources on the Istanbul talks", () => {
  const sources = istanbulSources();
  const AP = "ap-marketbeat.txt";
  const BS = "business-standard.txt";
  const MFA = "mfa-and-ap.txt";
  const MT = "moscow-times.txt";
  const TASS = "tass.txt";

  for (const primary of sources) {
    describe(`with ${primary.name} as primary`, () => {
      const rows = alignSources(sources, primary.id, generousBudget());

      it("puts every paragraph of every source in exactly one row, in reading order", () => {
        expectEveryParagraphOnce(sources, rows);
        expectPrimaryOrder(rows, primary);
      });

      it("aligns TASS's State Department bullet with the AP paragraph it compresses", () => {
        const tass = paragraphWith(sources, TASS, "The US Department of State said in a press release");
        const ap = paragraphWith(sources, AP, "The U.S. State Department said that during Thursday's talks");
        expect(rowOf(rows, tass)).toBe(rowOf(rows, ap));
      });

      it("aligns the Moscow Times' Zakharova paragraph with the ministry's statement it reports", () => {
        const mt = paragraphWith(sources, MT, "Zakharova described the discussions in Istanbul");
        const mfa = paragraphWith(sources, MFA, "The discussions proceeded in a substantive and business-like manner");
        expect(rowOf(rows, mt)).toBe(rowOf(rows, mfa));
      });

      it("keeps the appointment paragraph, which Business Standard lacks, in a row without it", () => {
        const ap = paragraphWith(sources, AP, "handed a formal notice of agreement to Darchiyev's appointment");
        const row = rows[rowOf(rows, ap)];
        expect(row.cells[sources.find((s) => s.name === BS)!.id]).toBeUndefined();
      });

      it("puts Business Standard's two lines and MarketBeat's single paragraph in one row", () => {
        const bsFirst = paragraphWith(sources, BS, "In Riyadh, Moscow and Washington agreed");
        const bsSecond = paragraphWith(sources, BS, "That includes restoring staffing at embassies");
        const ap = paragraphWith(sources, AP, "In Riyadh, Moscow and Washington agreed");
        expect(rowOf(rows, bsFirst)).toBe(rowOf(rows, ap));
        expect(rowOf(rows, bsSecond)).toBe(rowOf(rows, ap));
        expect(rows[rowOf(rows, ap)].cells[sources.find((s) => s.name === BS)!.id]).toEqual([bsFirst, bsSecond]);
      });

      it("aligns the three copies of the AP wire paragraph by paragraph", () => {
        const ap = sources.find((s) => s.name === AP)!;
        const bs = sources.find((s) => s.name === BS)!;
        for (const p of ap.paragraphs) {
          const opening = p.text.replace(/^MOSCOW \(AP\) — /, "").replace(/[“”"]/g, "").slice(0, 40).replace(/U\.S\./g, "US");
          const twin = bs.paragraphs.find((q) => q.text.replace(/[“”"]/g, "").startsWith(opening));
          if (twin) expect(rowOf(rows, twin.id), p.text.slice(0, 50)).toBe(rowOf(rows, p.id));
        }
      });
    });
  }

  it("still aligns a source whose paragraphs are shuffled (moved paragraphs)", () => {
    const ap = sources.find((s) => s.name === AP)!;
    const random = seededRandom(7);
    const order = ap.paragraphs.map((_, k) => k).sort(() => random() - 0.5);
    expect(order).not.toEqual(ap.paragraphs.map((_, k) => k));
    const shuffled = sourceFromParagraphs("s6", "shuffled", order.map((k) => ap.paragraphs[k].text));
    const all = [...sources, shuffled];
    const rows = alignSources(all, ap.id, generousBudget());
    expectEveryParagraphOnce(all, rows);
    order.forEach((k, position) => {
      expect(rowOf(rows, shuffled.paragraphs[position].id)).toBe(rowOf(rows, ap.paragraphs[k].id));
    });
  });
});

describe("alignSources, small cases", () => {
  const lines = [
    "The city council voted 7-2 on Tuesday to approve the new transit budget of $45 million.",
    "Mayor Jane Alvarez said the plan would add twelve bus routes by next spring.",
    "Opponents argued the budget ignored road repairs in the northern districts.",
    "The measure now goes to the county board, which meets again on March 3.",
  ];

  it("aligns 1:1 copies and keeps a paragraph only one source has in its own row", () => {
    const a = sourceFromParagraphs("s1", "a", lines);
    const extra = "A spokesman for the transit authority declined to comment on the vote.";
    const b = sourceFromParagraphs("s2", "b", [lines[0], lines[1], extra, lines[2], lines[3]]);
    const rows = alignSources([a, b], "s1", generousBudget());
    expect(rows).toEqual([
      { cells: { s1: ["s1-p1"], s2: ["s2-p1"] } },
      { cells: { s1: ["s1-p2"], s2: ["s2-p2"] } },
      { cells: { s2: ["s2-p3"] } },
      { cells: { s1: ["s1-p3"], s2: ["s2-p4"] } },
      { cells: { s1: ["s1-p4"], s2: ["s2-p5"] } },
    ]);
  });

  it("groups a paragraph split in two (1:2) and two merged into one (2:1)", () => {
    const a = sourceFromParagraphs("s1", "a", lines);
    const b = sourceFromParagraphs("s2", "b", [
      "The city council voted 7-2 on Tuesday to approve the new transit budget of $45 million.",
      "Mayor Jane Alvarez said the plan would add twelve bus routes by next spring.",
      "Opponents argued the budget ignored road repairs in the northern districts. The measure now goes to the county board, which meets again on March 3.",
    ]);
    const c = sourceFromParagraphs("s3", "c", [
      "The city council voted 7-2 on Tuesday",
      "to approve the new transit budget of $45 million.",
      ...lines.slice(1),
    ]);
    const rows = alignSources([a, b, c], "s1", generousBudget());
    expect(rows).toEqual([
      { cells: { s1: ["s1-p1"], s2: ["s2-p1"], s3: ["s3-p1", "s3-p2"] } },
      { cells: { s1: ["s1-p2"], s2: ["s2-p2"], s3: ["s3-p3"] } },
      { cells: { s1: ["s1-p3", "s1-p4"], s2: ["s2-p3"], s3: ["s3-p4", "s3-p5"] } },
    ]);
  });

  it("inserts a row the primary lacks after the row of the source's previous paragraph", () => {
    const a = sourceFromParagraphs("s1", "a", [lines[0], lines[3]]);
    const b = sourceFromParagraphs("s2", "b", lines);
    const rows = alignSources([a, b], "s1", generousBudget());
    expect(rows.map((r) => r.cells)).toEqual([
      { s1: ["s1-p1"], s2: ["s2-p1"] },
      { s2: ["s2-p2"] },
      { s2: ["s2-p3"] },
      { s1: ["s1-p2"], s2: ["s2-p4"] },
    ]);
  });

  it("does not align unrelated paragraphs", () => {
    const a = sourceFromParagraphs("s1", "a", lines);
    const b = sourceFromParagraphs("s2", "b", [
      "Heavy snow closed the mountain pass for the third day, stranding dozens of trucks.",
      "Forecasters expect the storm to weaken by Friday afternoon.",
    ]);
    const rows = alignSources([a, b], "s1", generousBudget());
    expect(rows.every((row) => Object.keys(row.cells).length === 1)).toBe(true);
    expectEveryParagraphOnce([a, b], rows);
  });

  it("handles empty sources, a missing primary and a single source", () => {
    const a = sourceFromParagraphs("s1", "a", lines);
    const empty = sourceFromParagraphs("s2", "empty", []);
    expect(alignSources([], "s1", generousBudget())).toEqual([]);
    expect(alignSources([a], "s1", generousBudget())).toHaveLength(lines.length);
    expect(alignSources([empty, a], "s1", generousBudget())).toHaveLength(lines.length);
    const budget = generousBudget();
    const rows = alignSources([empty, a], "s9", budget);
    expectEveryParagraphOnce([empty, a], rows);
    expect(budget.notices.map((n) => n.kind)).toEqual(["input"]);
  });

  it("gives the same rows for the same input", () => {
    const sources = istanbulSources();
    expect(alignSources(sources, "s2", generousBudget())).toEqual(alignSources(sources, "s2", generousBudget()));
  });
});

describe("alignSources under a spent budget", () => {
  it("falls back to in-order alignment, says so, and still places every paragraph", () => {
    const sources = istanbulSources();
    const budget: Budget = { work: new WorkBudget(0), notices: [] };
    const rows = alignSources(sources, "s1", budget);
    expectEveryParagraphOnce(sources, rows);
    expect(budget.notices).toHaveLength(1);
    expect(budget.notices[0].kind).toBe("budget");
  });
});

describe("alignSources on pathological input", () => {
  it("copes with one paragraph of 1,000,000 characters", () => {
    const words = ["council", "budget", "transit", "vote", "mayor", "routes", "district", "board", "spring", "repairs"];
    const random = seededRandom(3);
    let huge = "";
    while (huge.length < 1_000_000) huge += `${words[Math.floor(random() * words.length)]} `;
    const a = sourceFromParagraphs("s1", "a", ["The city council voted on Tuesday.", huge, "The board meets in March."]);
    const b = sourceFromParagraphs("s2", "b", [huge.slice(0, 999_000), "The board meets in March."]);
    const started = performance.now();
    const rows = alignSources([a, b], "s1", generousBudget());
    console.log(`1,000,000-character paragraph: ${(performance.now() - started).toFixed(0)} ms`);
    expectEveryParagraphOnce([a, b], rows);
    expect(rowOf(rows, "s2-p1")).toBe(rowOf(rows, "s1-p2"));
  });

  it("copes with 5,000 identical paragraphs", () => {
    const text = "The city council voted 7-2 on Tuesday to approve the new transit budget of $45 million.";
    const a = sourceFromParagraphs("s1", "a", Array.from({ length: 5_000 }, () => text));
    const b = sourceFromParagraphs("s2", "b", Array.from({ length: 5_000 }, () => text));
    const c = sourceFromParagraphs("s3", "c", [text, "Something else entirely about the weather in the mountains."]);
    const started = performance.now();
    const rows = alignSources([a, b, c], "s1", generousBudget());
    console.log(`5,000 identical paragraphs × 2 sources: ${(performance.now() - started).toFixed(0)} ms`);
    expectEveryParagraphOnce([a, b, c], rows);
  });
});
