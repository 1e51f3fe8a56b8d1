import {
  formatDateTime,
  scopeLine,
  severityCounts,
  SEVERITY_LABELS,
  splitEdgeSpaces,
  statusCounts,
  statusLine,
} from "./labels";
import { buildExportModel, type ExportItem, type Wording } from "./model";
import type { ExportInput } from "./types";

/** A report to read or paste into a CMS or ticket: every piece of source text is escaped. */
export function toMarkdown(input: ExportInput): string {
  const model = buildExportModel(input);
  const out: string[] = [];
  out.push(`# ${inline(model.title)}`, "");
  out.push(`Discrepancy report from Parallax · exported ${formatDateTime(model.exportedAt)} · ${scopeLine(model)}`, "");

  out.push("## Sources", "", "| Source | Headline |", "| --- | --- |");
  for (const s of model.sources) out.push(`| ${inline(s.label)}${s.primary ? " (primary)" : ""} | ${inline(s.headline) || "—"} |`);
  out.push("");

  out.push("## Summary", "");
  out.push(`- By severity: ${severityCounts(model).map(([label, n]) => `${label} ${n}`).join(" · ")}`);
  out.push(`- By status: ${statusCounts(model).map(([label, n]) => `${label} ${n}`).join(" · ")}`, "");
  if (model.notices.length) {
    out.push("Notes from the comparison:", "", ...model.notices.map((n) => `- ${inline(n)}`), "");
  }

  out.push("## Discrepancies", "");
  if (!model.items.length) out.push("No discrepancies in this scope.", "");
  for (const item of model.items) out.push(...discrepancy(item));

  if (model.orphaned.length) {
    out.push("## Reviews of discrepancies no longer in the report", "");
    out.push("The report was re-run and these wordings no longer differ the same way; the reviews are kept.", "");
    for (const r of model.orphaned) {
      out.push(`- \`${r.key}\` · ${inline(statusLine(r.status, r))}${r.note ? `: ${inline(r.note)}` : ""}`);
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

function discrepancy(item: ExportItem): string[] {
  const d = item.discrepancy;
  const lines = [`### ${item.number}. ${inline(d.summary)}`, ""];
  lines.push(`**${SEVERITY_LABELS[d.severity]}** · ${d.category} · Status: **${inline(statusLine(item.status, item.review))}**`, "");
  for (const w of item.wordings.filter((w) => w.present)) lines.push(wording(w));
  // Sources lacking the passage share one line: an omission in a long list stays short.
  const absent = item.wordings.filter((w) => !w.present).map((w) => inline(w.source.label));
  if (absent.length) lines.push(`- *Not in this version: ${absent.join(", ")}*`);
  lines.push("");
  const note = item.review?.note.trim();
  if (note) {
    const [first, ...rest] = note.split(/\r\n|\r|\n/);
    lines.push(`> **Note:** ${block(first)}`, ...rest.map((line) => (line.trim() ? `> ${block(line)}` : ">")), "");
  }
  return lines;
}

function wording(w: Wording): string {
  const { lead, inner, trail } = splitEdgeSpaces(w.core);
  const core = inner ? `${lead}**${inline(inner)}**${trail}` : w.core;
  return `- **${inline(w.source.label)}:** ${inline(w.before)}${core}${inline(w.after)}`;
}

/** Escapes what Markdown would read as markup, and folds line breaks (inline text is one line). */
export function inline(text: string): string {
  return block(text.replace(/\s*(?:\r\n|\r|\n)\s*/g, " "));
}

/** Escapes one line of text for Markdown, including what only matters at a line's start. */
function block(line: string): string {
  return line
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .replace(/&(?=#?\w+;)/g, "&amp;")
    .replace(/^(\s*)([#=+-])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/, "$1\\$2");
}
