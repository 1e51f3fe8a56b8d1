// `npm run bench`: prints medians for the engine end to end. Figures only; nothing is asserted.
//   (a) the five Istanbul fixtures, in-process          (goal ≤ 50 ms)
//   (b) all 100 BASIL triplets (skipped without ../shared)
//   (c) synthetic 10, 25 and 50 sources of 2,000 words, two kinds of copies: near-identical wire
//       copies (0.5 % of words changed) and edited copies (4 %, paragraphs moved, merged, split)
//       (goal 50 sources ≤ 1 s, growth near-linear)
//   (d) the same diffing done pairwise with jsdiff's diffWords, as a ratio beside ours
// Medians are of warm runs (see warmUp), ours and jsdiff's taken in turns (timeSideBySide); the
// first, cold comparison of the process is printed under (a). The engine is loaded as the server's
// engine worker and the CLI load it: one bundle built from the sources (engine-bundle.mjs).
import fs from "node:fs";
import path from "node:path";
import { diffWords } from "diff";
import type { SourceInput } from "@/lib/engine";
import { baseStory, editedVariant, seededRandom, wireCopy } from "./bench/synthetic";
import { requireBundled } from "./engine-bundle.mjs";

const root = path.resolve(__dirname, "..");
const fixturesDir = path.join(root, "prisma", "demo", "istanbul-talks");
const basilDir = path.join(root, "..", "shared", "datasets", "basil", "articles");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Warm-up before timing. The engine is tens of thousands of lines that V8 compiles in tiers as they
 * get hot: measured after one warm-up run, a comparison of ten copies takes two to three times what
 * it takes in the server's long-lived engine worker once warm (the CLI's single cold run is printed
 * apart, under (a)). So both contenders warm up for at least `WARM_RUNS` runs and `WARM_MS`,
 * whichever is longer, before they are timed.
 */
const WARM_RUNS = 10;
const WARM_MS = 2_000;

async function warmUp(work: () => Promise<unknown> | unknown): Promise<void> {
  const warmStart = performance.now();
  for (let k = 0; k < WARM_RUNS || performance.now() - warmStart < WARM_MS; k++) await work();
}

async function timeOnce(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * Medians of ours and the baseline, each warmed up, then timed in turns (ours, baseline, ours, …):
 * on a shared machine the load changes from second to second, and runs taken side by side meet
 * the same load, so the ratio between them holds where two separate series would each catch
 * another moment.
 */
async function timeSideBySide(runs: number, ours: () => Promise<unknown>, baseline: () => unknown): Promise<{ ours: number; baseline: number }> {
  await warmUp(ours);
  await warmUp(baseline);
  const timesOurs: number[] = [];
  const timesBaseline: number[] = [];
  for (let i = 0; i < runs; i++) {
    timesOurs.push(await timeOnce(ours));
    timesBaseline.push(await timeOnce(baseline));
  }
  return { ours: median(timesOurs), baseline: median(timesBaseline) };
}

/** The baseline: every non-primary source diffed against the primary with jsdiff, nothing else. */
function jsdiffPairwise(inputs: SourceInput[]) {
  const [primary, ...others] = inputs.map((i) => i.text ?? "");
  for (const other of others) diffWords(primary, other);
}

const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;

async function main() {
  const [{ compare }]: [typeof import("@/lib/engine")] = await requireBundled(root, ["lib/engine/index.ts"]);
  const fixtures: SourceInput[] = fs
    .readdirSync(fixturesDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(fixturesDir, name), "utf8") }));

  const coldStart = performance.now();
  await compare(fixtures);
  const cold = performance.now() - coldStart;
  const { ours, baseline: base } = await timeSideBySide(20, () => compare(fixtures), () => jsdiffPairwise(fixtures));
  const report = await compare(fixtures);
  console.log(`(a) five fixtures end to end: median ${fmt(ours)} over 20 runs (goal ≤ 50 ms), first run in this process ${fmt(cold)}; ` +
    `${report.rows.length} rows, ${report.discrepancies.length} discrepancies; jsdiff pairwise ${fmt(base)} (ratio ${(ours / base).toFixed(1)}×)`);

  if (fs.existsSync(basilDir)) {
    const triplets = new Map<string, SourceInput[]>();
    for (const year of fs.readdirSync(basilDir).sort()) {
      for (const file of fs.readdirSync(path.join(basilDir, year)).sort()) {
        const article = JSON.parse(fs.readFileSync(path.join(basilDir, year, file), "utf8"));
        const event = file.replace(/_\d\.json$/, "");
        const text = (article["body-paragraphs"] as string[][]).map((p) => p.join(" ")).join("\n\n");
        triplets.set(event, [...(triplets.get(event) ?? []), { name: file, text }]);
      }
    }
    const events = [...triplets.values()];
    const perTriplet: number[] = [];
    let discrepancies = 0;
    const totalStart = performance.now();
    for (const inputs of events) {
      const start = performance.now();
      discrepancies += (await compare(inputs)).discrepancies.length;
      perTriplet.push(performance.now() - start);
    }
    const total = performance.now() - totalStart;
    const baseStart = performance.now();
    for (const inputs of events) jsdiffPairwise(inputs);
    const baseTotal = performance.now() - baseStart;
    console.log(`(b) ${events.length} BASIL triplets: total ${fmt(total)}, median ${fmt(median(perTriplet))} per triplet, ` +
      `max ${fmt(Math.max(...perTriplet))}; ${discrepancies} discrepancies; jsdiff pairwise total ${fmt(baseTotal)} (ratio ${(total / baseTotal).toFixed(1)}×)`);
  } else {
    console.log("(b) BASIL triplets: skipped (../shared/datasets/basil not found)");
  }

  const corpus = fixtures.map((f) => f.text ?? "");
  const kinds: Array<[string, (story: string[], random: () => number) => string[]]> = [
    ["wire copies (0.5 % changed)", wireCopy],
    ["edited copies (4 %, moved)", editedVariant],
  ];
  for (const [kind, copy] of kinds) {
    const random = seededRandom(2025);
    const story = baseStory(corpus, 2000, random);
    let previous = 0;
    for (const count of [10, 25, 50]) {
      const inputs: SourceInput[] = [{ name: "v1.txt", text: story.join("\n\n") }];
      while (inputs.length < count) inputs.push({ name: `v${inputs.length + 1}.txt`, text: copy(story, random).join("\n\n") });
      const runs = count === 50 ? 9 : 15;
      const { ours: ms, baseline: baseMs } = await timeSideBySide(runs, () => compare(inputs), () => jsdiffPairwise(inputs));
      const growth = previous ? ` (×${(ms / previous).toFixed(2)} for ×${count === 25 ? "2.5" : "2"} sources)` : "";
      console.log(`(c) ${kind}, ${count} sources × 2,000 words: median ${fmt(ms)} over ${runs} runs${growth}; ` +
        `(d) jsdiff pairwise ${fmt(baseMs)}, ours ${baseMs > ms ? `${(baseMs / ms).toFixed(2)}× faster` : `${(ms / baseMs).toFixed(2)}× slower`}${count === 50 ? " (goal ≤ 1 s)" : ""}`);
      previous = ms;
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
