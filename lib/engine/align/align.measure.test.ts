/**
 * Measurements, printed rather than asserted where they are figures to watch (rows, timings):
 *  - BASIL (100 events × 3 outlets' independent write-ups): how much aligns, and how much aligns
 *    between articles about *different* events (which should be nothing);
 *  - the score curve the thresholds in place-source.ts were read from;
 *  - a synthetic scale check: 10/25/50 versions of one 2,000-word text with random edits.
 * Skipped when the shared datasets are absent.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alignSources } from "../align";
import type { SegmentedSource } from "../types";
import { buildTermSpace } from "./features";
import { THRESHOLDS } from "./place-source";
import { bagOf, paragraphSimilarity } from "./similarity";
import { originAccuracy, syntheticVersions } from "./testing/synthetic";
import { generousBudget, REPO_ROOT, sourceFromParagraphs } from "./testing/sources";

const BASIL = path.join(REPO_ROOT, "..", "shared", "datasets", "basil", "articles");

/** Event uuid → the three outlets' body paragraphs. */
function loadBasil(): Array<{ event: string; articles: string[][] }> {
  const events = new Map<string, string[][]>();
  for (const year of fs.readdirSync(BASIL).sort()) {
    for (const file of fs.readdirSync(path.join(BASIL, year)).sort()) {
      const match = /^(.+)_([123])\.json$/.exec(file);
      if (!match) continue;
      const json = JSON.parse(fs.readFileSync(path.join(BASIL, year, file), "utf8")) as { "body-paragraphs": string[][] };
      const paragraphs = json["body-paragraphs"].map((sentences) => sentences.join(" ").trim()).filter(Boolean);
      const list = events.get(match[1]) ?? [];
      list[Number(match[2]) - 1] = paragraphs;
      events.set(match[1], list);
    }
  }
  return [...events].map(([event, articles]) => ({ event, articles })).filter((e) => e.articles.filter(Boolean).length === 3);
}

function asSources(articles: string[][]): SegmentedSource[] {
  return articles.map((paragraphs, k) => sourceFromParagraphs(`s${k + 1}`, `outlet ${k + 1}`, paragraphs));
}

/** For each paragraph of `a`, its best score against any paragraph of `b`, IDF from both. */
function bestScores(a: string[], b: string[]): number[] {
  const space = buildTermSpace(asSources([a, b]));
  const bags = space.paragraphs[1].map((t) => bagOf([t], space));
  return space.paragraphs[0].map((t) => Math.max(0, ...bags.map((bag) => paragraphSimilarity(t, bag, space))));
}

describe.skipIf(!fs.existsSync(BASIL))("align measurements on BASIL", () => {
  const events = fs.existsSync(BASIL) ? loadBasil() : [];

  it("aligns the 100 triplets (independent write-ups of one event)", () => {
    let rows = 0;
    let shared = 0;
    let inAllThree = 0;
    let paragraphs = 0;
    const started = performance.now();
    for (const { articles } of events) {
      const sources = asSources(articles);
      const aligned = alignSources(sources, "s1", generousBudget());
      paragraphs += articles.reduce((n, a) => n + a.length, 0);
      rows += aligned.length;
      shared += aligned.filter((r) => Object.keys(r.cells).length > 1).length;
      inAllThree += aligned.filter((r) => Object.keys(r.cells).length === 3).length;
    }
    const ms = performance.now() - started;
    console.log(
      `BASIL ${events.length} triplets, ${paragraphs} paragraphs: ${rows} rows, ${shared} with ≥2 outlets, ` +
        `${inAllThree} with all 3; ${ms.toFixed(0)} ms in all (${(ms / events.length).toFixed(1)} ms a triplet)`,
    );
    expect(events.length).toBe(100);
  });

  it("aligns (almost) nothing between articles about different events", () => {
    let rows = 0;
    let shared = 0;
    events.forEach(({ articles }, k) => {
      const other = events[(k + 1) % events.length].articles;
      const aligned = alignSources(asSources([articles[0], other[1]]), "s1", generousBudget());
      rows += aligned.length;
      shared += aligned.filter((r) => Object.keys(r.cells).length > 1).length;
    });
    console.log(`BASIL, different events paired: ${shared} shared rows of ${rows}`);
    expect(shared / rows).toBeLessThan(0.01);
  });

  it("reports the score curve the thresholds were read from", () => {
    // Best match of each paragraph: within an event (mostly real counterparts) vs across events
    // (never). The share across events above a score is the false-match rate at that threshold.
    const same: number[] = [];
    const across: number[] = [];
    events.forEach(({ articles }, k) => {
      const other = events[(k + 1) % events.length].articles;
      same.push(...bestScores(articles[0], articles[1]), ...bestScores(articles[1], articles[2]));
      across.push(...bestScores(articles[0], other[1]), ...bestScores(articles[1], other[2]));
    });
    const share = (list: number[], t: number) => list.filter((s) => s >= t).length / list.length;
    const lines = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5].map(
      (t) => `  ≥${t.toFixed(2)}: within an event ${(100 * share(same, t)).toFixed(1)}%, across events ${(100 * share(across, t)).toFixed(2)}%`,
    );
    console.log(`Best-match score of a paragraph (${same.length} within, ${across.length} across):\n${lines.join("\n")}`);
    console.log(`Thresholds in use: ${JSON.stringify(THRESHOLDS)}`);
    expect(share(across, THRESHOLDS.anchor)).toBeLessThan(0.005);
  });

  it("aligns 10, 25 and 50 edited versions of a 2,000-word text with their origin", () => {
    // The original: the first BASIL articles, one per event, to about 2,000 words (~40 paragraphs).
    const original: string[] = [];
    const wordCount = (paragraphs: string[]) => paragraphs.join(" ").split(/\s+/).length;
    for (const { articles } of events) {
      for (const paragraph of articles[0]) if (wordCount(original) < 2_000) original.push(paragraph);
    }
    const foreign = events[events.length - 1].articles.flat();
    const words = wordCount(original);
    for (const count of [10, 25, 50]) {
      for (const seed of [1, 2, 3]) {
        const versions = syntheticVersions(original, count - 1, foreign, seed);
        const budget = generousBudget();
        const started = performance.now();
        const cpu = process.cpuUsage();
        const rows = alignSources(
          versions.map((v) => v.source),
          "s1",
          budget,
        );
        const ms = performance.now() - started;
        const used = process.cpuUsage(cpu);
        // CPU time as well: other work on the machine inflates the wall clock, not this.
        const cpuMs = (used.user + used.system) / 1000;
        const { aligned, total, foreignAlone, foreign: foreignCount } = originAccuracy(versions, rows);
        console.log(
          `${count} sources × ${words} words (${original.length} paragraphs), seed ${seed}: ${ms.toFixed(0)} ms (${cpuMs.toFixed(0)} ms CPU), ` +
            `${rows.length} rows, ${(100 * aligned / total).toFixed(1)}% of ${total} paragraphs with their origin, ` +
            `${foreignAlone}/${foreignCount} foreign paragraphs in rows of their own`,
        );
        expect(aligned / total).toBeGreaterThanOrEqual(0.95);
        expect(budget.notices).toEqual([]);
      }
    }
  });
});
