import type { AlignedRow, Discrepancy, FoundDiscrepancy, Report, ReportRow, ValueGroup, Variant } from "./types";

/** FNV-1a, 53-bit: a short, dependency-free, deterministic fingerprint for keys and ids. */
export function fingerprint(text: string): string {
  const print = new Fingerprint(text.length);
  print.add(text);
  return print.digest();
}

/**
 * fingerprint() of a text read piece by piece (its length given first): a key made of fifty
 * sources' wordings or a source's whole text is not built as one string only to be read once.
 */
export class Fingerprint {
  private h1: number;
  private h2: number;

  constructor(length: number) {
    this.h1 = 0xdeadbeef ^ length;
    this.h2 = 0x41c6ce57 ^ length;
  }

  add(text: string): void {
    let { h1, h2 } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  digest(): string {
    let { h1, h2 } = this;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  }
}

/** Rows get ids by position: the alignment table is rebuilt on every run. */
export function numberRows(rows: AlignedRow[]): ReportRow[] {
  return rows.map((row, i) => ({ id: `r${i + 1}`, cells: row.cells }));
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * Lower case, each run of characters other than letters and digits one space, none at the ends.
 * Plain ASCII with typographic marks (most wordings: curly quotes, dashes, "…") is read in one
 * loop; anything else by the Unicode pattern, which gives the same for those: every
 * discrepancy's every variant is read here.
 */
export function keyText(text: string): string {
  const lower = text.toLowerCase();
  let out = "";
  let start = -1; // where the current run of letters and digits began
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 128 && !isTypographicMark(c)) return lower.replace(NOT_LETTER_OR_DIGIT, " ").trim();
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out += out ? ` ${lower.slice(start, i)}` : lower.slice(start, i);
      start = -1;
    }
  }
  if (start >= 0) out += out ? ` ${lower.slice(start)}` : lower.slice(start);
  return out;
}

/** No-break space, guillemets, and U+2010–U+202F (dashes, curly quotes, the ellipsis, bullets): never letters or digits. */
function isTypographicMark(c: number): boolean {
  return c === 0xa0 || c === 0xab || c === 0xbb || (c >= 0x2010 && c <= 0x202f);
}

/**
 * A discrepancy's key is made of what it says, not where it sits: its category and the set of
 * wordings (by source name, so a changed primary or a restored block leaves it alone). Reviews hang
 * on it. Two discrepancies with the same content in one report get a counter suffix, in row order.
 */
export function keyDiscrepancies(
  found: Array<{ row: string; discrepancy: FoundDiscrepancy }>,
  sourceNameById: Map<string, string>,
): Discrepancy[] {
  const seen = new Map<string, number>();
  // Wire copies repeat the same wordings in every discrepancy of a statement: normalise each once.
  const normal = memoKeyText();
  // Each source's label is made once, not once per variant (50 sources, thousands of discrepancies).
  const labels = new Map([...sourceNameById].map(([id, name]) => [id, `${name}=`]));
  const byLabel = labelOrder([...labels.values()]);
  return found.map(({ row, discrepancy }, i) => {
    const base = `${discrepancy.category}:${wordingsKey(sortedWordings(discrepancy.variants, labels, normal, byLabel))}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      id: `d${i + 1}`,
      key: n === 1 ? base : `${base}.${n}`,
      row,
      ...discrepancy,
      ...groupValues(discrepancy.variants, normal),
    };
  });
}

/**
 * `label + wording` strings in code-unit order, each as its two halves (the label, and the wording
 * or ""). With one variant per source and no label the start of another, that is the labels' order,
 * found once per report (labelOrder): each discrepancy's wordings are then placed, not sorted as
 * strings. Otherwise they are sorted.
 */
function sortedWordings(variants: Variant[], labels: Map<string, string>, normal: (text: string) => string, byLabel: Map<string, number> | undefined): Halves {
  // Read variant by variant, with no [label, wording] pair made per variant of every discrepancy.
  if (byLabel) {
    const placedLabels: string[] = new Array(byLabel.size);
    const placedWordings: string[] = new Array(byLabel.size);
    let ok = true;
    for (const v of variants) {
      const label = labels.get(v.source) ?? `${v.source}=`;
      const at = byLabel.get(label);
      if (at === undefined || placedLabels[at] !== undefined) ok = false;
      else {
        placedLabels[at] = label;
        placedWordings[at] = normal(v.core || v.text);
      }
    }
    if (ok) return { labels: placedLabels.filter((l) => l !== undefined), wordings: placedWordings.filter((w) => w !== undefined) };
  }
  const sorted = variants.map((v) => (labels.get(v.source) ?? `${v.source}=`) + normal(v.core || v.text)).sort();
  return { labels: sorted, wordings: sorted.map(() => "") };
}

/** `label + wording` strings as their two halves, in order. */
interface Halves {
  labels: string[];
  wordings: string[];
}

/** The fingerprint of the `label + wording` strings joined by "|", read half by half (fifty sources' wordings make no one string). */
function wordingsKey({ labels, wordings }: Halves): string {
  let length = labels.length ? labels.length - 1 : 0;
  for (let k = 0; k < labels.length; k++) length += labels[k].length + wordings[k].length;
  const print = new Fingerprint(length);
  for (let k = 0; k < labels.length; k++) {
    if (k) print.add("|");
    print.add(labels[k]);
    print.add(wordings[k]);
  }
  return print.digest();
}

/** Each label's place in code-unit order, unless one label begins another (the wording would then decide). */
function labelOrder(labels: string[]): Map<string, number> | undefined {
  const sorted = [...labels].sort();
  // In sorted order a label that begins another also begins the one right after it.
  for (let k = 1; k < sorted.length; k++) if (sorted[k].startsWith(sorted[k - 1])) return undefined;
  return new Map(sorted.map((l, k) => [l, k]));
}

/** keyText with a memory, for one report's worth of wordings. */
function memoKeyText(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let norm = known.get(text);
    if (norm === undefined) known.set(text, (norm = keyText(text)));
    return norm;
  };
}

/**
 * Groups the versions by what they say: variants whose words are the same once case and
 * punctuation are set aside share a group. Empty cores are the versions that do not state it.
 */
export function groupValues(variants: Variant[], normal: (text: string) => string = keyText): { values: ValueGroup[]; absent: string[] } {
  const groups = new Map<string, { sources: string[]; wordings: string[] }>();
  const absent: string[] = [];
  for (const variant of variants) {
    const norm = normal(variant.core);
    if (!norm) {
      absent.push(variant.source);
      continue;
    }
    const group = groups.get(norm) ?? { sources: [], wordings: [] };
    group.sources.push(variant.source);
    group.wordings.push(variant.core);
    groups.set(norm, group);
  }
  // The wording shown for a reading is its most frequent one (ties: the first in code-point order),
  // never "whichever source came first": upload order must not change the report.
  const values = [...groups.values()].map(({ sources, wordings }) => ({ value: commonest(wordings), sources }));
  values.sort((a, b) => b.sources.length - a.sources.length || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return { values, absent };
}

function commonest(wordings: string[]): string {
  const counts = new Map<string, number>();
  for (const w of wordings) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0][0];
}

/**
 * Reports stored before schema 2 lack the grouped readings; they are filled in from the variants
 * on reading, so old comparisons still render until they are re-run.
 */
export function upgradeReport(report: Report): Report {
  if (report.schemaVersion >= 2) return report;
  return { ...report, discrepancies: report.discrepancies.map((d) => (d.values ? d : { ...d, ...groupValues(d.variants) })) };
}
