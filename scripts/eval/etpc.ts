/** Reads the MRPC sentence pairs and the ETPC relations labelled on them (see the data set's README). */
import fs from "node:fs";
import path from "node:path";

export interface Relation {
  pairId: number;
  typeName: string;
  sensePreserving: boolean;
  /** Token indices into NLTK word_tokenize of sentence 1 / 2 ("whole sentence" → "all"). */
  s1Scope: number[] | "all";
  s2Scope: number[] | "all";
  s1Text: string;
  s2Text: string;
}

export interface SentencePair {
  id: number;
  label: number;
  s1: string;
  s2: string;
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };
const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]);

function field(block: string, name: string): string {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(block);
  return m ? decode(m[1]) : "";
}

function scope(text: string): number[] | "all" {
  if (/whole/i.test(text)) return "all";
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n));
}

export function readRelations(file: string): Relation[] {
  const xml = fs.readFileSync(file, "utf8");
  const out: Relation[] = [];
  for (const m of xml.matchAll(/<relation>([\s\S]*?)<\/relation>/g)) {
    const block = m[1];
    out.push({
      pairId: Number(field(block, "pair_id")),
      typeName: field(block, "type_name"),
      sensePreserving: field(block, "sense_preserving").trim() === "yes",
      s1Scope: scope(field(block, "s1_scope")),
      s2Scope: scope(field(block, "s2_scope")),
      s1Text: field(block, "s1_text"),
      s2Text: field(block, "s2_text"),
    });
  }
  return out;
}

/** Pairs by 1-based line number of msr_paraphrase_train.txt (the first line starts with a BOM). */
export function readPairs(file: string): Map<number, SentencePair> {
  const lines = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
  const pairs = new Map<number, SentencePair>();
  lines.forEach((line, i) => {
    const cols = line.split("\t");
    if (cols.length < 5) return;
    pairs.set(i + 1, { id: i + 1, label: Number(cols[0]), s1: cols[3], s2: cols[4] });
  });
  return pairs;
}

export function datasetDir(repoRoot: string): string {
  return path.join(repoRoot, "..", "shared", "datasets", "mrpc-etpc");
}
