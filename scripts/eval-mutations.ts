/**
 * `npm run eval:mutations`: the engine's judgement on real articles, one known edit at a time
 * (scripts/eval/mutations.ts says what is edited and how it is scored). Prints, per kind of edit, how
 * often the report judged it as an editor would, and the stray flags; figures only, nothing asserted.
 * Reads the BASIL articles from ../shared (skips cleanly without them). `--verbose` lists the misses.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compare } from "@/lib/engine";
import { EDIT_KINDS, basilArticles, editOutcomes, isRight } from "./eval/mutations";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const basil = path.join(root, "..", "shared", "datasets", "basil", "articles");
const verbose = process.argv.includes("--verbose");

async function main() {
  if (!fs.existsSync(basil)) {
    console.log("eval:mutations skipped: ../shared/datasets/basil is not here.");
    return;
  }
  const outcomes = await editOutcomes(basilArticles(basil), compare);
  let stray = 0;
  for (const kind of EDIT_KINDS) {
    const mine = outcomes.filter((o) => o.kind === kind.name);
    const ok = mine.filter(isRight).length;
    stray += mine.reduce((n, o) => n + o.stray, 0);
    const verdicts = ["substantive", "omission", "minor", "cosmetic", "none"].map((v) => `${v} ${mine.filter((o) => o.verdict === v).length}`).join(", ");
    const goal = kind.expect === "flagged" ? "flagged substantive" : kind.expect === "omitted" ? "flagged as an omission" : "not flagged substantive";
    console.log(`${kind.name.padEnd(32)} ${String(ok).padStart(3)}/${String(mine.length).padEnd(3)} ${goal} (${verdicts}); stray flags ${mine.reduce((n, o) => n + o.stray, 0)}`);
    if (verbose) for (const o of mine.filter((x) => !isRight(x))) console.log(`    ${o.article}: "${o.original}" → "${o.copy}" judged ${o.verdict}`);
  }
  const facts = outcomes.filter((o) => o.expect !== "cosmetic");
  const style = outcomes.filter((o) => o.expect === "cosmetic");
  console.log(
    `SUMMARY: ${outcomes.length} edits of ${new Set(outcomes.map((o) => o.article)).size} articles: changed facts found ${pct(facts.filter(isRight).length, facts.length)}, ` +
      `style edits flagged substantive ${pct(style.filter((o) => !isRight(o)).length, style.length)}, stray substantive flags ${stray}`,
  );
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}% (${a}/${b})`;

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
