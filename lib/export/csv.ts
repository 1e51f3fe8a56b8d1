import { buildExportModel } from "./model";
import type { ExportInput } from "./types";

/**
 * One row per discrepancy: severity, category, summary, each source's wording (a column per
 * source, headed by its name), status, note, reviewer and when they saved it. RFC 4180 with a BOM and CRLF, which is what
 * Excel needs to read UTF-8 (accents, curly quotes) and what Google Sheets and LibreOffice accept.
 */

/** Excel decides a file is UTF-8 only when it starts with this. */
export const BOM = "\uFEFF";

export function toCsv(input: ExportInput): string {
  const model = buildExportModel(input);
  const header = ["severity", "category", "summary", ...model.sources.map((s) => s.label), "status", "note", "reviewer", "reviewed at"];
  const rows = model.items.map((item) => [
    item.discrepancy.severity,
    item.discrepancy.category,
    item.discrepancy.summary,
    ...item.wordings.map((w) => w.text),
    item.status,
    item.review?.note ?? "",
    item.review?.reviewer ?? "",
    item.review ? item.review.updatedAt : "",
  ]);
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** One cell: neutralised against formula injection, then quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A cell starting with = + - @ (or tab / CR, which some spreadsheets skip before reading one) is
 * run as a formula when the file is opened: a source's "=HYPERLINK(…)" would be live. A leading
 * apostrophe makes it text; spreadsheets hide the apostrophe.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
