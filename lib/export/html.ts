import { formatDateTime, scopeLine, severityCounts, SEVERITY_LABELS, splitEdgeSpaces, statusCounts, statusLine } from "./labels";
import { buildExportModel, type ExportItem, type ExportModel, type Wording } from "./model";
import { REPORT_CSS } from "./report-css";
import type { ExportInput } from "./types";

/**
 * One standalone file: inline CSS, no scripts, no external requests (a CSP says so to the browser
 * too), every piece of text escaped. The PDF is this file printed by Chromium.
 */
export function toHtml(input: ExportInput): string {
  const model = buildExportModel(input);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(model.title)} · discrepancy report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${esc(model.title)}</h1>
<p class="meta">Discrepancy report from Parallax · exported ${esc(formatDateTime(model.exportedAt))} · ${esc(scopeLine(model))}</p>
</header>
${sources(model)}
${summary(model)}
<section>
<h2>Discrepancies</h2>
${model.items.length ? model.items.map(item).join("\n") : "<p>No discrepancies in this scope.</p>"}
</section>
${orphaned(model)}
</body>
</html>
`;
}

function sources(model: ExportModel): string {
  const rows = model.sources.map(
    (s) =>
      `<tr><th scope="row">${esc(s.label)}${s.primary ? ' <span class="primary">primary</span>' : ""}</th><td>${esc(s.headline) || "—"}</td></tr>`,
  );
  return `<section>
<h2>Sources</h2>
<table class="sources"><thead><tr><th scope="col">Source</th><th scope="col">Headline</th></tr></thead>
<tbody>${rows.join("")}</tbody></table>
</section>`;
}

function summary(model: ExportModel): string {
  const counts = (caption: string, pairs: Array<[string, number]>) =>
    `<table class="counts"><caption>${caption}</caption><tbody>${pairs
      .map(([label, n]) => `<tr><th scope="row">${esc(label)}</th><td>${n}</td></tr>`)
      .join("")}</tbody></table>`;
  const notices = model.notices.length
    ? `<ul class="notices">${model.notices.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>`
    : "";
  return `<section>
<h2>Summary</h2>
<div class="summary">${counts("By severity", severityCounts(model))}${counts("By status", statusCounts(model))}</div>
${notices}
</section>`;
}

function item(entry: ExportItem): string {
  const d = entry.discrepancy;
  const note = entry.review?.note.trim();
  // Sources lacking the passage share one line: an omission in a long list stays short.
  const present = entry.wordings.filter((w) => w.present);
  const absent = entry.wordings.filter((w) => !w.present);
  return `<article class="item sev-${d.severity}" id="${esc(d.id)}">
<h3><span class="num">${entry.number}.</span> ${esc(d.summary)}</h3>
<p class="tags"><span class="sev">${SEVERITY_LABELS[d.severity]}</span> · ${esc(d.category)} · <span class="status status-${entry.status}">${esc(statusLine(entry.status, entry.review))}</span></p>
<dl class="wordings">${present.map(wording).join("")}</dl>
${absent.length ? `<p class="absent">Not in this version: ${absent.map((w) => esc(w.source.label)).join(", ")}</p>` : ""}
${note ? `<div class="note"><strong>Note</strong><p>${esc(note)}</p></div>` : ""}
</article>`;
}

function wording(w: Wording): string {
  const { lead, inner, trail } = splitEdgeSpaces(w.core);
  const core = inner ? `${esc(lead)}<mark>${esc(inner)}</mark>${esc(trail)}` : esc(w.core);
  return `<dt>${esc(w.source.label)}</dt><dd>${esc(w.before)}${core}${esc(w.after)}</dd>`;
}

function orphaned(model: ExportModel): string {
  if (!model.orphaned.length) return "";
  const rows = model.orphaned.map(
    (r) =>
      `<li><code>${esc(r.key)}</code> · ${esc(statusLine(r.status, r))}${r.note ? `<p class="orphan-note">${esc(r.note)}</p>` : ""}</li>`,
  );
  return `<section>
<h2>Reviews of discrepancies no longer in the report</h2>
<p>The report was re-run and these wordings no longer differ the same way; the reviews are kept.</p>
<ul class="orphans">${rows.join("")}</ul>
</section>`;
}

/** Text → HTML text or attribute value. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}
