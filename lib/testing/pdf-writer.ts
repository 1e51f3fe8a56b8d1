/**
 * A small PDF writer for tests: pages of text lines in Helvetica at given positions, as a word
 * processor lays out a press release. Enough of the format for any reader (header, page objects,
 * content streams, a correct cross-reference table); no fonts embedded, nothing compressed.
 */

export interface PdfLine {
  text: string;
  x: number;
  /** Baseline, from the bottom of the page, in points. */
  y: number;
  size?: number;
}

export interface PdfOptions {
  title?: string;
  /** A4 by default. */
  width?: number;
  height?: number;
}

/** WinAnsi codes of the typographic characters news copy uses; the rest of Latin-1 maps to itself. */
const WIN_ANSI: Record<string, number> = { "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97, "…": 0x85, "€": 0x80 };

function pdfString(text: string): string {
  let out = "";
  for (const char of text) {
    const code = WIN_ANSI[char] ?? char.codePointAt(0) ?? 0x3f;
    if (code === 0x28 || code === 0x29 || code === 0x5c) out += `\\${char}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${(code > 0xff ? 0x3f : code).toString(8).padStart(3, "0")}`;
    else out += char;
  }
  return `(${out})`;
}

export function writePdf(pages: PdfLine[][], options: PdfOptions = {}): Uint8Array {
  const width = options.width ?? 595;
  const height = options.height ?? 842;
  const objects: string[] = [];
  const add = (body: string) => objects.push(body); // the new length is the object's number
  const catalog = add("");
  const pageTree = add("");
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const info = options.title ? add(`<< /Title ${pdfString(options.title)} >>`) : 0;
  const pageIds = pages.map((lines) => {
    const stream = lines.map((l) => `BT /F1 ${l.size ?? 11} Tf ${l.x} ${l.y} Td ${pdfString(l.text)} Tj ET`).join("\n");
    const content = add(`<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`);
    return add(`<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`);
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageIds.length} >>`;

  let out = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const offset = Buffer.byteLength(out, "latin1");
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ""} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

export interface TypesetOptions extends PdfOptions {
  /** Characters per line; longer words are hyphenated at the line's end. */
  columns?: number;
  linesPerPage?: number;
  /** Printed at the top and bottom of every page; "{page}" becomes the page number. */
  header?: string;
  footer?: string;
  /** First lines of paragraphs indented instead of a blank line between paragraphs. */
  indent?: boolean;
}

/**
 * Paragraphs → a typeset PDF the way an office document prints: lines wrapped at a width, words
 * hyphenated at line ends, paragraphs apart, running header and footer with page numbers.
 */
export function typesetPdf(paragraphs: string[], options: TypesetOptions = {}): Uint8Array {
  const columns = options.columns ?? 80;
  const perPage = options.linesPerPage ?? 40;
  const leading = 15;
  const lines: Array<{ text: string; indent: boolean } | null> = [];
  for (const paragraph of paragraphs) {
    if (lines.length && !options.indent) lines.push(null);
    wrap(paragraph, columns).forEach((text, i) => lines.push({ text, indent: !!options.indent && i === 0 }));
  }
  const pages: PdfLine[][] = [];
  for (let start = 0; start < lines.length; start += perPage) {
    const number = pages.length + 1;
    const page: PdfLine[] = [];
    if (options.header) page.push({ text: options.header.replace("{page}", String(number)), x: 72, y: 800, size: 9 });
    lines.slice(start, start + perPage).forEach((line, i) => {
      if (line) page.push({ text: line.text, x: line.indent ? 90 : 72, y: 760 - i * leading });
    });
    if (options.footer) page.push({ text: options.footer.replace("{page}", String(number)), x: 280, y: 40, size: 9 });
    pages.push(page);
  }
  return writePdf(pages, options);
}

/** Greedy wrapping; a word that would overflow is split with a hyphen when both halves have 3+ letters. */
function wrap(paragraph: string, columns: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= columns) {
      line = candidate;
      continue;
    }
    const room = columns - line.length - 2; // a space and the hyphen
    if (/^[a-z]+$/i.test(word) && room >= 3 && word.length - room >= 3) {
      lines.push(`${line} ${word.slice(0, room)}-`);
      line = word.slice(room);
    } else {
      if (line) lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
