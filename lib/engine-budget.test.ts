import { describe, expect, it } from "vitest";
import { compare } from "@/lib/engine";
import type { Report, SourceInput } from "@/lib/engine/types";
import { fiftyLongSources, millionCharParagraph, repeatedText } from "@/scripts/stress/heavy-inputs";

/**
 * Inputs that would make an unbounded engine hang must come back within a bound of the budget and
 * say they were cut short (a "budget" notice the page shows). The bound is on the CPU time the
 * comparison used, which other load on the machine cannot inflate (the engine's deadline is wall
 * clock, so a busy machine makes it stop sooner, not later); a much looser wall-clock bound
 * catches a real hang either way.
 */
const BUDGET_MS = 1_000;
const CPU_BOUND = 10 * BUDGET_MS;
const WALL_BOUND = 30 * BUDGET_MS;

async function timed(inputs: SourceInput[]): Promise<{ report: Report; cpuMs: number; wallMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = await compare(inputs, { budgetMs: BUDGET_MS });
  const used = process.cpuUsage(cpu);
  return { report, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - started };
}

const root = process.cwd();
const cases: Array<[string, () => SourceInput[]]> = [
  ["a one-million-character paragraph", () => millionCharParagraph(root)],
  ["pathological repeated text", () => repeatedText()],
  ["50 sources of 20,000 words", () => fiftyLongSources(root)],
];

describe(`compare() on heavy input, budget ${BUDGET_MS} ms`, () => {
  for (const [what, inputs] of cases) {
    it(`${what}: returns within ${CPU_BOUND / 1000} s of CPU with a budget notice`, { timeout: 5 * WALL_BOUND }, async () => {
      const { report, cpuMs, wallMs } = await timed(inputs());
      console.log(`${what}: ${Math.round(cpuMs)} ms CPU, ${Math.round(wallMs)} ms wall, stages ${JSON.stringify(report.stats.ms)}`);
      expect(report.notices.some((n) => n.kind === "budget")).toBe(true);
      expect(report.sources.length).toBe(inputs().length);
      expect(cpuMs).toBeLessThan(CPU_BOUND);
      expect(wallMs).toBeLessThan(WALL_BOUND);
    });
  }
});
