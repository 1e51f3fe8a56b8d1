import type { TextItem, TextMarkedContent } from "pdfjs-dist/types/src/display/api";
import { InputError } from "./errors";
import { layoutParagraphs, type PdfPageRuns, type TextRun } from "./pdf-layout";

/**
 * A PDF's text layer → plain text (paragraphs separated by blank lines), through pdfjs-dist's
 * legacy build for Node. Its parser runs on this thread (no worker file, no download), fetches
 * nothing (the bytes are given, no URL), and evaluates no code from the file (isEvalSupported off).
 */

export interface PdfText {
  text: string;
  /** The document's own title (its Info dictionary), when it has one. */
  title?: string;
}

/** Fewer letters and digits than this in the whole file: no text layer worth reading. */
const MIN_TEXT_CHARS = 20;

export function isPdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d; // %PDF-
}

export async function readPdf(bytes: Uint8Array, name: string): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: bytes.slice(), // pdfjs takes the buffer over; the caller keeps its copy
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy();
    if ((err as Error)?.name === "PasswordException") throw new InputError(`${name} is protected by a password; save a copy without one and upload that.`, name);
    throw new InputError(`${name} could not be read as a PDF; it may be damaged.`, name);
  }
  try {
    const pages: PdfPageRuns[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const [, , width, height] = page.view;
      const content = await page.getTextContent();
      pages.push({ width, height, runs: content.items.flatMap(toRun) });
      page.cleanup();
    }
    const text = layoutParagraphs(pages).join("\n\n");
    if ((text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) < MIN_TEXT_CHARS) {
      throw new InputError(`${name} has no text to read; it may be a scan. Run it through text recognition (OCR) or paste its text instead.`, name);
    }
    const title = await documentTitle(doc);
    return title ? { text, title } : { text };
  } finally {
    await doc.destroy();
  }
}

type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

function toRun(item: TextItem | TextMarkedContent): TextRun[] {
  if (!("str" in item) || !item.str) return [];
  const [a, b, , , x, y] = item.transform;
  // The font size is the length of the text matrix's first column (rotation and scaling included).
  return [{ text: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height || 1 }];
}

async function documentTitle(doc: { getMetadata(): Promise<{ info: object }> }): Promise<string | undefined> {
  const { info } = await doc.getMetadata().catch(() => ({ info: {} }));
  const title = (info as { Title?: unknown }).Title;
  const clean = typeof title === "string" ? title.replace(/\s+/g, " ").trim() : "";
  return clean && !PLACEHOLDER_TITLE.test(clean) ? clean : undefined;
}

/** What programs write when the document has no title of its own: a file name, an address, "Untitled". */
const PLACEHOLDER_TITLE = /^(?:about:|https?:|file:|untitled\b|microsoft (?:word|powerpoint) - )|\.(?:docx?|pdf|odt|rtf|txt|html?)$/i;

let loading: Promise<Pdfjs> | undefined;

/**
 * Loaded on first use (~1 s). The worker module is put on globalThis, where pdfjs looks before
 * importing its worker file by URL: the parser then runs in this thread, bundled or not.
 */
function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const worker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return import("pdfjs-dist/legacy/build/pdf.mjs");
  })();
  return loading;
}
