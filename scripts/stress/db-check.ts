// Reads the stress test's database directly (not through the app) to see what a crash left behind.
import Database from "better-sqlite3";

export interface DbState {
  comparisons: number;
  /** A comparison with its sources (as many as were sent) and its report. */
  whole: number;
  /** A comparison missing its report or some of its sources: must always be 0. */
  halfStored: number;
  /** Sources, reports or reviews whose comparison is gone: must always be 0. */
  orphans: number;
  ids: Set<string>;
  /** comparisonId → discrepancyKey → { status, note } */
  reviews: Map<string, Map<string, { status: string; note: string }>>;
  journalMode: string;
}

/** `expectedSources`: how many sources each stored comparison must have (the test sends a fixed set). */
export function inspectDb(file: string, expectedSources: number): DbState {
  const db = new Database(file, { timeout: 10_000 });
  try {
    const journalMode = String(db.pragma("journal_mode", { simple: true }));
    const rows = db
      .prepare(
        `SELECT c.id, (SELECT COUNT(*) FROM Source s WHERE s.comparisonId = c.id) AS sources,
                (SELECT COUNT(*) FROM Report r WHERE r.comparisonId = c.id AND length(r.json) > 2) AS reports
           FROM Comparison c`,
      )
      .all() as Array<{ id: string; sources: number; reports: number }>;
    const whole = rows.filter((r) => r.sources === expectedSources && r.reports === 1).length;
    const orphans = ["Source", "Report", "Review"].reduce((n, table) => {
      const row = db.prepare(`SELECT COUNT(*) AS n FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM Comparison c WHERE c.id = t.comparisonId)`).get() as { n: number };
      return n + row.n;
    }, 0);
    const reviews = new Map<string, Map<string, { status: string; note: string }>>();
    for (const r of db.prepare("SELECT comparisonId, discrepancyKey, status, note FROM Review").all() as Array<{
      comparisonId: string;
      discrepancyKey: string;
      status: string;
      note: string;
    }>) {
      if (!reviews.has(r.comparisonId)) reviews.set(r.comparisonId, new Map());
      reviews.get(r.comparisonId)!.set(r.discrepancyKey, { status: r.status, note: r.note });
    }
    return {
      comparisons: rows.length,
      whole,
      halfStored: rows.length - whole,
      orphans,
      ids: new Set(rows.map((r) => r.id)),
      reviews,
      journalMode,
    };
  } finally {
    db.close();
  }
}
