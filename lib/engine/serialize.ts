import type { Report } from "./types";

/**
 * A report as stored: its JSON plus the figures the home page lists. Made where the report was
 * made (the engine worker), because serialising a large report — 50 long sources make 100 MB and
 * more — on the server's main thread would stall every other request while it runs.
 */
export interface SerializedReport {
  json: string;
  engineVersion: string;
  /** The first headline among the sources, for an untitled comparison. */
  title?: string;
  sourceCount: number;
  substantiveCount: number;
  discrepancyCount: number;
}

export function serializeReport(report: Report): SerializedReport {
  return {
    json: JSON.stringify(report),
    engineVersion: report.engineVersion,
    title: report.sources.find((s) => s.title)?.title,
    sourceCount: report.sources.length,
    substantiveCount: report.discrepancies.filter((d) => d.severity === "substantive").length,
    discrepancyCount: report.discrepancies.length,
  };
}
