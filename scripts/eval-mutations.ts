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
import { EDIT_KINDS, isRight, judgeEdit, seededRandom, type EditOutcome } from "./eval/mutations";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const basil = path.join(root, "..", "shared", "datasets", "basil", "articles");
const verbose = process.argv.includes("--verbose");

/** One article per event (the first outlet's), in a fixed order: 100 articles. */
function articles(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  for (const year of fs.readdirSync(basil).sort()) {
    for (const file of fs.readdirSync(path.join(basil, year)).sort()) {
      if (!file.endsWith("_1.json")) continue;
      const article = JSON.parse(fs.readFileSync(path.join(basil, year, file), "utf8"));
      // Runs of spaces made one, as cleaning makes them, so an edit is found in the report's paragraphs.
      const paragraphs = (article["body-paragraphs"] as string[][]).map((p) => p.join(" ").replace(/ {2,}/g, " ").trim());
      out.push({ name: file, text: paragraphs.join("\n\n") });
    }
  }
  return out;
}

function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

async function main() {
  if (!fs.existsSync(basil)) {
    console.log("eval:mutations skipped: ../shared/datasets/basil is not here.");
    return;
  }
  const outcomes: Array<EditOutcome & { article: string }> = [];
  for (const article of articles()) {
    for (const kind of EDIT_KINDS) {
      const edit = kind.apply(article.text, seededRandom(seedOf(`${article.name} ${kind.name}`)));
      if (!edit) continue;
      const report = await compare([{ name: "original.txt", text: article.text }, { name: "copy.txt", text: edit.text }]);
      outcomes.push({ ...judgeEdit(report, kind, article.text, edit), article: article.name });
    }
  }
  let right = 0;
  let stray = 0;
  for (const kind of EDIT_KINDS) {
    const mine = outcomes.filter((o) => o.kind === kind.name);
    const ok = mine.filter(isRight).length;
    right += ok;
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
