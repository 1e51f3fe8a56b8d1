import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { compare as compareFromSources } from "@/lib/engine";
import { requireBundled } from "./engine-bundle.mjs";

const root = path.resolve(__dirname, "..");
const fixturesDir = path.join(root, "prisma", "demo", "istanbul-talks");
const fixtureFiles = fs.readdirSync(fixturesDir).filter((f) => f.endsWith(".txt")).sort();
const fixtures = fixtureFiles.map((name) => ({ name, text: fs.readFileSync(path.join(fixturesDir, name), "utf8") }));
const withoutTimes = (report: { stats: object }) => JSON.stringify({ ...report, stats: { ...report.stats, ms: undefined } });

// The engine worker and the CLI load the engine this way: a bundle that compiled differently from
// the sources the tests read would give editors another report than the tests prove.
describe("the engine bundled in memory", () => {
  it("gives the report the sources give, and throws the InputError its callers recognise", async () => {
    const [engine] = await requireBundled(root, ["lib/engine/index.ts"]);
    expect(withoutTimes(await engine.compare(fixtures))).toBe(withoutTimes(await compareFromSources(fixtures)));
    const failure = await engine.compare([fixtures[0]]).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(engine.InputError);
    expect((failure as Error).message).toMatch(/at least 2 sources/);
  });

  it("runs the command-line tool on the fixtures", async () => {
    const files = fixtureFiles.map((name) => path.join(fixturesDir, name));
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, "scripts", "parallax.mjs"), "compare", ...files, "--format", "json"], { cwd: root });
    const report = JSON.parse(stdout);
    const fromSources = await compareFromSources(fixtures);
    expect(report.report.discrepancies.map((d: { key: string }) => d.key)).toEqual(fromSources.discrepancies.map((d) => d.key));
  });
});
