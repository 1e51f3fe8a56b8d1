/**
 * Evaluates the classifier on MRPC + ETPC (../shared/datasets/mrpc-etpc): each MRPC sentence pair is
 * run through `classifyRow` — the product's own code path — as a one-row, two-source comparison,
 * and each ETPC relation is checked for whether, and how severely, its words were flagged.
 *
 *   (a) named-entity substitutions that change the meaning (swapped names, figures, amounts):
 *       share flagged substantive or minor — goal ≥ 0.90;
 *   (b) spelling, punctuation and format changes: share called substantive — goal ≤ 0.05.
 *
 * Matching (scripts/eval/score.ts): a discrepancy's spans cover NLTK tokens of each sentence; it is
 * credited to the relation(s) of its pair whose tokens it overlaps best. ETPC relations overlap —
 * a "Punctuation changes" relation often spans a whole sentence in which a "named ent." relation
 * changed a figure — and the figure's discrepancy is about the figure. The looser "any overlap"
 * figures are printed too.
 *
 * Usage: npx tsx scripts/eval.ts [--verbose]
 */
import { WorkBudget } from "@/lib/engine/work-budget";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { classifyRow } from "../lib/engine/classify";
import type { Budget, Severity, TextSpan } from "../lib/engine/types";
import { plainWordDiff } from "./eval/baseline";
import { datasetDir, readPairs, readRelations, type Relation } from "./eval/etpc";
import { locate, nltkWordTokenize } from "./eval/nltk-tokens";
import { scorePair, type Flag, type FlagScore, type RelationScore } from "./eval/score";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const verbose = process.argv.includes("--verbose");

const ENTITY_SWAP = "Same Polarity Substitution (named ent.)";
const COSMETIC_TYPES = new Set(["Spelling changes", "Punctuation changes", "Change of format"]);
const EXAMPLES_SHOWN = 12;

function engineFlags(s1: string, s2: string): Flag[] {
  const budget: Budget = { work: new WorkBudget(Number.POSITIVE_INFINITY), notices: [] };
  const texts = [
    { source: "s1", parts: [{ paragraph: "s1-p1", text: s1 }] },
    { source: "s2", parts: [{ paragraph: "s2-p1", text: s2 }] },
  ];
  const ranges = (spans: TextSpan[]) => spans.map((s) => [s.start, s.end] as [number, number]);
  return classifyRow("r1", texts, "s1", ["s1", "s2"], budget).map((d) => ({
    severity: d.severity,
    verdict: `${d.severity} ${d.category}`,
    s1: ranges(d.variants.find((v) => v.source === "s1")?.spans ?? []),
    s2: ranges(d.variants.find((v) => v.source === "s2")?.spans ?? []),
    summary: `${d.severity} ${d.category}: ${d.summary}`,
  }));
}

interface Tally {
  hits: number;
  total: number;
}

const share = (t: Tally) => (t.total ? (t.hits / t.total).toFixed(3) : "n/a");

function tally(scores: RelationScore[], pick: (r: Relation) => boolean, hit: (s: Severity | undefined) => boolean, which: "attributed" | "anyOverlap"): Tally {
  const chosen = scores.filter((s) => pick(s.relation));
  return { hits: chosen.filter((s) => hit(s[which])).length, total: chosen.length };
}

function main() {
  const dir = datasetDir(repoRoot);
  if (!fs.existsSync(path.join(dir, "msr_paraphrase_train.txt"))) {
    console.log(`eval: data set not found at ${dir}; skipped.`);
    return;
  }
  const pairs = readPairs(path.join(dir, "msr_paraphrase_train.txt"));
  const relations = [...readRelations(path.join(dir, "textual_np_neg.xml")), ...readRelations(path.join(dir, "textual_np_pos.xml"))];
  const byPair = new Map<number, Relation[]>();
  for (const r of relations) byPair.set(r.pairId, [...(byPair.get(r.pairId) ?? []), r]);

  const engine: RelationScore[] = [];
  const credited: FlagScore[] = [];
  const baseline: RelationScore[] = [];
  const started = performance.now();
  for (const [pairId, rels] of byPair) {
    const pair = pairs.get(pairId);
    if (!pair) continue;
    const t1 = locate(pair.s1, nltkWordTokenize(pair.s1));
    const t2 = locate(pair.s2, nltkWordTokenize(pair.s2));
    engine.push(...scorePair(rels, engineFlags(pair.s1, pair.s2), t1, t2, credited));
    baseline.push(...scorePair(rels, plainWordDiff(pair.s1, pair.s2), t1, t2));
  }
  const ms = performance.now() - started;

  const isSwap = (r: Relation) => r.typeName === ENTITY_SWAP && !r.sensePreserving;
  const isCosmetic = (r: Relation) => COSMETIC_TYPES.has(r.typeName);
  const flagged = (s: Severity | undefined) => s === "substantive" || s === "minor";
  const substantive = (s: Severity | undefined) => s === "substantive";

  console.log(`ETPC relations: ${relations.length} on ${byPair.size} MRPC pairs (${ms.toFixed(0)} ms for both runs).`);
  for (const which of ["attributed", "anyOverlap"] as const) {
    const a = tally(engine, isSwap, flagged, which);
    const b = tally(engine, isCosmetic, substantive, which);
    const a0 = tally(baseline, isSwap, flagged, which);
    const b0 = tally(baseline, isCosmetic, substantive, which);
    const title =
      which === "attributed"
        ? "Each discrepancy credited to the relation(s) its words overlap best (Jaccard over NLTK tokens)"
        : "For reference: every discrepancy touching a relation counts (a whole-sentence relation then takes the blame for every figure changed in it)";
    console.log(`\n${title}:`);
    console.log(`(a) named-entity swaps flagged substantive/minor: ${share(a)} (${a.hits}/${a.total})  goal ≥ 0.90`);
    console.log(`(b) spelling/punctuation/format called substantive: ${share(b)} (${b.hits}/${b.total})  goal ≤ 0.05`);
    console.log(`    baseline, plain word diff: (a) ${share(a0)} (${a0.hits}/${a0.total})  (b) ${share(b0)} (${b0.hits}/${b0.total})`);
  }

  if (verbose) {
    console.log("\nSeverity by relation type (attributed; s = substantive, m = minor, c = cosmetic, - = not flagged):");
    const types = new Map<string, RelationScore[]>();
    for (const s of engine) {
      const key = `${s.relation.typeName} [${s.relation.sensePreserving ? "keeps sense" : "changes sense"}]`;
      types.set(key, [...(types.get(key) ?? []), s]);
    }
    for (const [key, list] of [...types].sort((x, y) => y[1].length - x[1].length)) {
      const count = (sev: Severity | undefined) => list.filter((s) => s.attributed === sev).length;
      console.log(`  ${key.padEnd(70)} n=${String(list.length).padStart(4)}  s=${count("substantive")} m=${count("minor")} c=${count("cosmetic")} -=${count(undefined)}`);
    }
    // Does a verdict land on differences that change the sense? (How severity rules were set.)
    console.log("\nVerdicts and the relations they were credited to (share that change the sense):");
    const verdicts = new Map<string, { changes: number; keeps: number; none: number }>();
    for (const { flag, relations: rels } of credited) {
      const v = verdicts.get(flag.verdict) ?? { changes: 0, keeps: 0, none: 0 };
      if (!rels.length) v.none++;
      else if (rels.some((r) => !r.sensePreserving)) v.changes++;
      else v.keeps++;
      verdicts.set(flag.verdict, v);
    }
    for (const [verdict, v] of [...verdicts].sort((x, y) => y[1].changes + y[1].keeps - x[1].changes - x[1].keeps)) {
      const n = v.changes + v.keeps;
      console.log(`  ${verdict.padEnd(30)} credited ${String(n).padStart(5)}  changes sense ${(n ? v.changes / n : 0).toFixed(2)}  (uncredited ${v.none})`);
    }
    const show = (title: string, list: RelationScore[]) => {
      console.log(`\n${title} (${list.length}; first ${Math.min(EXAMPLES_SHOWN, list.length)}):`);
      for (const s of list.slice(0, EXAMPLES_SHOWN)) {
        console.log(`  #${s.relation.pairId} ${s.relation.typeName}: “${s.relation.s1Text}” / “${s.relation.s2Text}” → ${s.attributed ?? "not flagged"}`);
        for (const f of s.flags.slice(0, 2)) console.log(`      ${f.summary}`);
      }
    };
    show("Missed named-entity swaps", engine.filter((s) => isSwap(s.relation) && !flagged(s.attributed)));
    show("Cosmetic changes called substantive", engine.filter((s) => isCosmetic(s.relation) && substantive(s.attributed)));
  }
}

main();
