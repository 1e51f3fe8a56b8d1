// The five "Istanbul talks" sources run through the real engine, with a few reviews, for the export
// tests. Imported lazily so the hand-made-report tests still run while the engine is being built.
import fs from "node:fs";
import path from "node:path";
import type { StoredReview } from "@/lib/comparisons";
import { TRICKY_NOTE } from "./test-report";
import type { ExportInput } from "./types";

export const FIXTURE_DIR = path.join(process.cwd(), "prisma", "demo", "istanbul-talks");
export const FIXTURE_FILES = fs.readdirSync(FIXTURE_DIR).filter((f) => f.endsWith(".txt")).sort();

let cached: Promise<ExportInput> | undefined;

export function fixtureInput(): Promise<ExportInput> {
  cached ??= (async () => {
    const { compare } = await import("@/lib/engine");
    const report = await compare(FIXTURE_FILES.map((name) => ({ name, text: fs.readFileSync(path.join(FIXTURE_DIR, name), "utf8") })));
    const at = "2026-11-21T10:00:00.000Z";
    const [first, second] = report.discrepancies;
    const reviews: StoredReview[] = [
      ...(first ? [{ key: first.key, status: "confirmed" as const, note: TRICKY_NOTE, reviewer: "Zoë O’Brien", version: 1, createdAt: at, updatedAt: at }] : []),
      ...(second ? [{ key: second.key, status: "dismissed" as const, note: "", reviewer: "Zoë O’Brien", version: 1, createdAt: at, updatedAt: at }] : []),
    ];
    return { comparison: { id: "demo", title: "Istanbul talks", createdAt: at }, report, reviews, scope: "all", exportedAt: "2026-11-21T12:34:00.000Z" };
  })();
  return cached;
}
