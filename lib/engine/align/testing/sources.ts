/**
 * Sources for the align tests, built without the segment stage: one paragraph per line, one
 * sentence per paragraph. Test-only.
 */
import { WorkBudget } from "../../work-budget";
import fs from "node:fs";
import path from "node:path";
import type { Budget, SegmentedSource } from "../../types";

export const REPO_ROOT = path.resolve(__dirname, "..", "..", "..", "..");
export const ISTANBUL_DIR = path.join(REPO_ROOT, "prisma", "demo", "istanbul-talks");

export function sourceFromParagraphs(id: string, name: string, texts: string[]): SegmentedSource {
  return {
    id,
    name,
    paragraphs: texts.map((text, k) => ({ id: `${id}-p${k + 1}`, text, sentences: [{ start: 0, end: text.length }] })),
  };
}

/**
 * The article body of each demo file, by line range (1-based, inclusive), leaving out the page
 * clutter the clean stage removes. Short lines inside the range (TASS's sub-heads) are left out too.
 */
export const ISTANBUL_BODIES: Array<{ file: string; from: number; to: number }> = [
  { file: "ap-marketbeat.txt", from: 7, to: 31 },
  { file: "business-standard.txt", from: 1, to: 13 },
  { file: "mfa-and-ap.txt", from: 2, to: 20 },
  { file: "moscow-times.txt", from: 7, to: 31 },
  { file: "tass.txt", from: 4, to: 17 },
];

export function bodyParagraphs(file: string, from: number, to: number): string[] {
  return fs
    .readFileSync(path.join(ISTANBUL_DIR, file), "utf8")
    .split(/\r?\n/)
    .slice(from - 1, to)
    .map((line) => line.trim())
    .filter((line) => line.length >= 40);
}

export function istanbulSources(): SegmentedSource[] {
  return ISTANBUL_BODIES.map(({ file, from, to }, k) => sourceFromParagraphs(`s${k + 1}`, file, bodyParagraphs(file, from, to)));
}

export function generousBudget(): Budget {
  return { work: new WorkBudget(Number.POSITIVE_INFINITY), notices: [] };
}
