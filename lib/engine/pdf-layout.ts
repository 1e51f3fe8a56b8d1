/**
 * Positioned text runs of a PDF's pages → the document's paragraphs, in reading order. Pure
 * geometry, no PDF library: lines are runs on one baseline; a page with a gutter is read column by
 * column; running headers, footers and page numbers are dropped; words hyphenated at a line's end
 * are joined; paragraphs are rebuilt from spacing, indents and short last lines.
 */

/** A run of text as a PDF places it, in points from the page's bottom left. */
export interface TextRun {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size. */
  size: number;
}

export interface PdfPageRuns {
  width: number;
  height: number;
  runs: TextRun[];
}

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

export function layoutParagraphs(pages: PdfPageRuns[]): string[] {
  const ordered = pages.map((page) => readingOrder(linesOf(page.runs), page.width));
  const furniture = runningFurniture(ordered);
  const kept = ordered.map((columns) => columns.map((column) => column.filter((line) => !furniture(line, column))));
  return paragraphsOf(kept.flat().filter((column) => column.length));
}

// ---- Lines ----

/** Runs on one baseline, close enough to be one line of one column, joined with spaces where the gap says so. */
function linesOf(runs: TextRun[]): Line[] {
  const sorted = runs.filter((r) => r.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const run of sorted) {
    const line = lines.findLast((l) => Math.abs(l.y - run.y) <= 0.4 * Math.max(l.size, run.size) && run.x - l.right < 2 * run.size && run.x >= l.x);
    if (!line) {
      lines.push({ text: run.text, x: run.x, right: run.x + run.width, y: run.y, size: run.size });
      continue;
    }
    const gap = run.x - line.right;
    const spaced = /\s$/.test(line.text) || /^\s/.test(run.text);
    line.text += !spaced && gap > 0.15 * run.size ? ` ${run.text}` : run.text;
    line.right = Math.max(line.right, run.x + run.width);
    line.size = Math.max(line.size, run.size);
  }
  for (const line of lines) line.text = line.text.replace(/\s+/g, " ").trim();
  return lines;
}

// ---- Columns ----

/**
 * The page's lines as columns in reading order. When a vertical gutter splits the page (few lines
 * cross it, many lie on each side), lines are read down the left column, then the right, band by
 * band between lines that span both (a headline over two columns). Otherwise top to bottom.
 */
function readingOrder(lines: Line[], width: number): Line[][] {
  const byY = [...lines].sort((a, b) => b.y - a.y || a.x - b.x);
  const gutter = findGutter(lines, width);
  if (gutter === undefined) return [byY];
  const columns: Line[][] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = () => {
    if (left.length) columns.push(left);
    if (right.length) columns.push(right);
    left = [];
    right = [];
  };
  for (const line of byY) {
    if (line.right <= gutter) left.push(line);
    else if (line.x >= gutter) right.push(line);
    else {
      flush();
      columns.push([line]);
    }
  }
  flush();
  return columns;
}

function findGutter(lines: Line[], width: number): number | undefined {
  if (lines.length < 6) return undefined;
  let best: { x: number; crossing: number } | undefined;
  for (let x = width * 0.3; x <= width * 0.7; x += 2) {
    const crossing = lines.filter((l) => l.x < x && l.right > x).length;
    const leftOf = lines.filter((l) => l.right <= x).length;
    const rightOf = lines.filter((l) => l.x >= x).length;
    if (leftOf < lines.length * 0.2 || rightOf < lines.length * 0.2 || crossing > lines.length * 0.1) continue;
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  return best?.x;
}

// ---- Headers, footers, page numbers ----

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+)?#+(?:\s*(?:of|\/)\s*#+)?(?:\s*[-–—])?$/i;
/** How far into a page's top or bottom running furniture sits: the first and last lines. */
const EDGE_LINES = 2;

/** Lines at a page's top or bottom that repeat on most pages (digits aside), and bare page numbers. */
function runningFurniture(pages: Line[][][]): (line: Line, column: Line[]) => boolean {
  const key = (line: Line) => line.text.toLowerCase().replace(/\d+/g, "#");
  const edges = pages.map((columns) => {
    const lines = columns.flat().sort((a, b) => b.y - a.y);
    return new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]);
  });
  const counts = new Map<string, number>();
  for (const edge of edges) for (const k of new Set([...edge].map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const repeats = (k: string) => pages.length >= 2 && (counts.get(k) ?? 0) >= Math.max(2, pages.length / 2);
  return (line) => edges.some((edge) => edge.has(line)) && (PAGE_NUMBER.test(key(line)) || repeats(key(line)));
}

// ---- Paragraphs ----

const ENDS_SENTENCE = /[.!?:…]["”’')\]]*$/u;
const BULLET = /^(?:[•▪◦‣·*-]|\d{1,2}[.)])\s/;

function paragraphsOf(columns: Line[][]): string[] {
  const spacing = typicalSpacing(columns);
  const join = joiner(columns);
  const paragraphs: string[] = [];
  let current = "";
  let previous: Line | undefined;
  const flush = () => {
    if (current) paragraphs.push(current);
    current = "";
  };
  for (const column of columns) {
    const left = mostCommon(column.map((l) => Math.round(l.x)));
    const right = Math.max(...column.map((l) => l.right));
    column.forEach((line, i) => {
      const above = i > 0 ? column[i - 1] : undefined;
      const starts =
        !previous ||
        (above ? isParagraphGap(above.y - line.y, spacing, line.size) : ENDS_SENTENCE.test(previous.text)) ||
        line.x > left + 0.8 * line.size ||
        Math.abs(line.size - previous.size) > 1 ||
        BULLET.test(line.text) ||
        (above !== undefined && ENDS_SENTENCE.test(above.text) && above.right < right - 3 * above.size);
      if (starts) flush();
      current = join(current, line.text);
      previous = line;
    });
  }
  flush();
  return paragraphs;
}

/**
 * Joins a paragraph's next line to it. A word hyphenated at the line's end is joined ("inter-" +
 * "national" → "international"), unless the document writes that word with its hyphen elsewhere
 * ("business-like"): then the hyphen was the word's own. A capital or digit after the hyphen keeps
 * it too ("Russia-" + "US").
 */
function joiner(columns: Line[][]): (text: string, line: string) => string {
  const hyphenated = new Set<string>();
  for (const column of columns) for (const line of column) for (const word of line.text.matchAll(HYPHENATED_WORD)) hyphenated.add(word[0].toLowerCase());
  return (text, line) => {
    if (!text) return line;
    if (/\u00AD$/.test(text)) return text.slice(0, -1) + line;
    const before = /(\p{L}+)-$/u.exec(text)?.[1];
    const after = /^(\p{Ll}+)/u.exec(line)?.[1];
    if (before && after) return hyphenated.has(`${before}-${after}`.toLowerCase()) ? text + line : text.slice(0, -1) + line;
    if (/[\p{L}\p{N}]-$/u.test(text)) return text + line;
    return `${text} ${line}`;
  };
}

const HYPHENATED_WORD = /\p{L}+-\p{L}+/gu;

/**
 * More space than between the lines of a paragraph. Line spacing is the low end of the gaps (a page
 * of one-line paragraphs has few gaps of its own); no layout sets lines more than two sizes apart.
 */
function isParagraphGap(gap: number, spacing: number, size: number): boolean {
  return gap > spacing * 1.4 || gap > size * 2;
}

/** The distance between consecutive lines of a paragraph: a low percentile of all the gaps. */
function typicalSpacing(columns: Line[][]): number {
  const gaps = columns.flatMap((c) => c.slice(1).map((line, i) => c[i].y - line.y)).filter((g) => g > 0).sort((a, b) => a - b);
  return gaps.length ? gaps[Math.floor(gaps.length / 5)] : Infinity;
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? 0;
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0) || (n === counts.get(best) && v < best)) best = v;
  return best;
}
