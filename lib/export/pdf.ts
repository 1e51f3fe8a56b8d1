import { withChromiumPage } from "./chromium";
import { esc, toHtml } from "./html";
import type { ExportInput } from "./types";

const PRINT_TIMEOUT_MS = 30_000;

/**
 * The HTML report printed by Chromium: real text (selectable, searchable), A4, "Page X of Y" in
 * the footer, tagged for screen readers. Throws ChromiumUnavailableError when Chromium can't run.
 */
export async function toPdf(input: ExportInput): Promise<Uint8Array> {
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

/** Header and footer templates render outside the page's CSS: they need their own font size. */
function marginBox(content: string, align: "center" | "right"): string {
  return `<div style="width:100%;margin:0 16mm;font-size:8.5px;color:#52525b;text-align:${align};font-family:system-ui,'DejaVu Sans',sans-serif;">${content}</div>`;
}
