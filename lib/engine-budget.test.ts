import { describe, expect, it } from "vitest";
import { compare } from "@/lib/engine";
import type { Report, SourceInput } from "@/lib/engine/types";
import { fiftyLongSources, millionCharParagraph, repeatedText } from "@/scripts/stress/heavy-inputs";

/**
 * Inputs that would make an unbounded engine hang must come back, having spent no more than their
 * work budget, and say they were cut short (a "budget" notice the page shows). The budget counts
 * work, not time, so the same input is cut at the same place on a busy machine; how long it takes
 * is measured by `npm run bench`, not asserted here. The test timeout only catches a real hang.
 */
const WORK_LIMIT = 2_000_000;
const HANG_MS = 120_000;

async function timed(inputs: SourceInput[]): Promise<{ report: Report; cpuMs: number; wallMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = await compare(inputs, { workLimit: WORK_LIMIT });
  const used = process.cpuUsage(cpu);
  return { report, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - started };
}

const root = process.cwd();
const cases: Array<[string, () => SourceInput[]]> = [
  ["a one-million-character paragraph", () => millionCharParagraph(root)],
  ["pathological repeated text", () => repeatedText()],
  ["50 sources of 20,000 words", () => fiftyLongSources(root)],
];

describe(`compare() on heavy input, work budget ${WORK_LIMIT.toLocaleString("en-US")} units`, () => {
  for (const [what, inputs] of cases) {
    it(`${what}: stays within its work budget or says where it cut work short`, { timeout: HANG_MS }, async () => {
      const { report, cpuMs, wallMs } = await timed(inputs());
      console.log(`${what}: ${Math.round(cpuMs)} ms CPU, ${Math.round(wallMs)} ms wall, stages ${JSON.stringify(report.stats.ms)}`);
      const cutShort = report.notices.some((n) => n.kind === "budget");
      expect(cutShort || (report.stats.work ?? Infinity) <= WORK_LIMIT).toBe(true);
      expect(report.sources.length).toBe(inputs().length);
    });
  }
});
