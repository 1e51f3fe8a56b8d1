import { withChromiumPage } from "./chromium";
import { esc, toHtml } from "./html";
import { buildExportModel, type ExportModel } from "./model";
import type { ExportInput } from "./types";
import { HttpInputError } from "@/lib/limits";

const PRINT_TIMEOUT_MS = 30_000;
/** More than anyone reads on paper, and what Chromium prints within its time limit on a small server. */
export const MAX_PDF_PAGES = 200;
/** Visible characters on one printed page of this report (measured on the fixtures: ~1,600). */
const CHARS_PER_PAGE = 1_600;
/** An item's number, severity, category and status line. */
const ITEM_CHARS = 60;

/**
 * The HTML report printed by Chromium: real text (selectable, searchable), A4, "Page X of Y" in
 * the footer, tagged for screen readers. Throws ChromiumUnavailableError when Chromium can't run.
 */
export async function toPdf(input: ExportInput): Promise<Uint8Array> {
  // Checked on the model, before the HTML is made: rendering a huge report takes seconds itself.
  checkPageCount(buildExportModel(input));
  const html = toHtml(input);
  return withChromiumPage(async (page) => {
    await page.setContent(html, { waitUntil: "load", timeout: PRINT_TIMEOUT_MS });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: marginBox(`<span>${esc(input.comparison.title)}</span>`, "right"),
      footerTemplate: marginBox('Page <span class="pageNumber"></span> of <span class="totalPages"></span>', "center"),
      margin: { top: "18mm", bottom: "18mm", left: "16mm", right: "16mm" },
      tagged: true,
      outline: true,
    });
    return new Uint8Array(pdf);
  });
}

/**
 * Refuses before printing what would run past the page cap. The estimate counts what each item
 * prints (its summary and every version's wording with its context) plus the sources table, the
 * part of the layout that grows with the report; measured on the fixtures it is within 10 %.
 */
export function estimatePages(model: ExportModel): number {
  let visible = model.sources.reduce((n, s) => n + s.label.length + s.headline.length + 20, 0);
  for (const { discrepancy, wordings, review } of model.items) {
    visible += discrepancy.summary.length + ITEM_CHARS + (review?.note.length ?? 0);
    for (const w of wordings) visible += w.present ? w.source.label.length + w.before.length + w.core.length + w.after.length : w.source.label.length;
  }
  return Math.ceil(visible / CHARS_PER_PAGE);
}

function checkPageCount(model: ExportModel): void {
  const pages = estimatePages(model);
  if (pages <= MAX_PDF_PAGES) return;
  throw new HttpInputError(
    422,
    `This comparison would print to about ${pages.toLocaleString("en")} pages, more than the ${MAX_PDF_PAGES} a PDF export may have. Export only the substantive or confirmed differences, or as HTML or CSV.`,
  );
}

/** Header and footer templates render outside the page's CSS: they need their own font size. */
function marginBox(content: string, align: "center" | "right"): string {
  return `<div style="width:100%;margin:0 16mm;font-size:8.5px;color:#52525b;text-align:${align};font-family:system-ui,'DejaVu Sans',sans-serif;">${content}</div>`;
}
