import { toCsv } from "./csv";
import { toHtml } from "./html";
import { toJson } from "./json";
import { toMarkdown } from "./markdown";
import { toPdf } from "./pdf";
import type { ExportFormat, ExportInput } from "./types";

export { ChromiumUnavailableError } from "./chromium";
export { contentDisposition } from "./filename";
export * from "./types";

interface Format {
  extension: string;
  contentType: string;
  render: (input: ExportInput) => string | Promise<Uint8Array>;
}

/** Each format: one pure module, its file extension and its media type. */
export const FORMATS: Record<ExportFormat, Format> = {
  csv: { extension: "csv", contentType: "text/csv; charset=utf-8; header=present", render: toCsv },
  json: { extension: "json", contentType: "application/json; charset=utf-8", render: toJson },
  md: { extension: "md", contentType: "text/markdown; charset=utf-8", render: toMarkdown },
  html: { extension: "html", contentType: "text/html; charset=utf-8", render: toHtml },
  pdf: { extension: "pdf", contentType: "application/pdf", render: toPdf },
};

export interface RenderedExport {
  /** Text formats as a string (the CSV starts with its BOM); the PDF as bytes. */
  body: string | Uint8Array;
  contentType: string;
  extension: string;
}

/** The one entry point for the API route and the CLI. */
export async function renderExport(format: ExportFormat, input: ExportInput): Promise<RenderedExport> {
  const { render, contentType, extension } = FORMATS[format];
  return { body: await render(input), contentType, extension };
}
