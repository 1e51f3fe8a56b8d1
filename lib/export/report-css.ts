/**
 * The HTML report's stylesheet, inlined into the file. Severity shows as a word and as a border
 * style (solid / dashed / dotted) as well as a colour, so it survives a greyscale printer.
 * Page size and margins come from page.pdf() for the PDF; `@page` sets them for the browser's print.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 50rem; padding: 1.5rem; color: #18181b; background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 1.75rem 0 .6rem; border-bottom: 1px solid #d4d4d8; padding-bottom: .2rem; break-after: avoid; }
h3 { font-size: 1rem; margin: 0 0 .2rem; break-after: avoid; }
.meta { color: #52525b; margin: 0; font-size: .9rem; }
table { border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: .25rem .75rem .25rem 0; }
thead { display: table-header-group; }
.sources { width: 100%; }
.sources thead th { border-bottom: 1px solid #a1a1aa; font-size: .85rem; color: #3f3f46; }
.sources tbody tr { break-inside: avoid; border-bottom: 1px solid #e4e4e7; }
.primary { font-size: .75rem; font-weight: 600; color: #1e3a8a; border: 1px solid #1e3a8a; border-radius: 3px; padding: 0 .25rem; }
.summary { display: flex; gap: 3rem; flex-wrap: wrap; }
.counts caption { text-align: left; font-weight: 600; padding-bottom: .2rem; }
.counts th { font-weight: 400; }
.counts td { text-align: right; font-variant-numeric: tabular-nums; }
.notices { color: #52525b; font-size: .9rem; }
.item { break-inside: avoid; page-break-inside: avoid; margin: 0 0 1rem; padding: .6rem .8rem; border: 1px solid #d4d4d8; border-left-width: 5px; border-radius: 4px; }
.sev-substantive { border-left: 5px solid #b91c1c; }
.sev-minor { border-left: 5px dashed #b45309; }
.sev-cosmetic { border-left: 5px dotted #0369a1; }
.num { color: #52525b; }
.tags { margin: 0 0 .5rem; font-size: .85rem; color: #3f3f46; }
.sev { font-weight: 700; }
.sev-substantive .sev { color: #991b1b; }
.sev-minor .sev { color: #92400e; }
.sev-cosmetic .sev { color: #075985; }
.status { font-weight: 600; }
.status-confirmed { color: #166534; }
.status-dismissed { color: #52525b; }
.wordings { margin: 0; display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: .3rem .9rem; }
.wordings dt { font-size: .85rem; font-weight: 600; color: #3f3f46; overflow-wrap: anywhere; }
.wordings dd { margin: 0; font-family: Georgia, "DejaVu Serif", "Liberation Serif", "Times New Roman", serif; overflow-wrap: anywhere; }
.absent { margin: .3rem 0 0; font-size: .85rem; font-style: italic; color: #52525b; overflow-wrap: anywhere; }
mark { background: #fde68a; color: inherit; padding: 0 1px; border-radius: 2px; box-shadow: inset 0 -1px 0 #92400e; }
.note { margin-top: .5rem; padding: .4rem .6rem; background: #f4f4f5; border-radius: 3px; }
.note p, .orphan-note { margin: .15rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.orphans li { margin-bottom: .4rem; break-inside: avoid; }
code { font-size: .85em; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
}
`;
