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
    return base36(4294967296 * (2097151 & h2) + (h1 >>> 0));
  }
}

/**
 * An integer below 2^53 in base 36, as its toString(36): the number's own radix conversion is a
 * general one for fractions too, about three times slower, and every discrepancy's key is one.
 * A remainder of doubles is exact, and so is dividing off a multiple of 36.
 */
function base36(value: number): string {
  let out = "";
  do {
    const digit = value % 36;
    out = BASE36_DIGITS[digit] + out;
    value = (value - digit) / 36;
  } while (value > 0);
  return out;
}
const BASE36_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

/** Rows get ids by position: the alignment table is rebuilt on every run. */
export function numberRows(rows: AlignedRow[]): ReportRow[] {
  return rows.map((row, i) => ({ id: `r${i + 1}`, cells: row.cells }));
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * Lower case, each run of characters other than letters and digits one space, none at the ends.
 * Plain ASCII with typographic marks (most wordings: curly quotes, dashes, "…") is read in one
 * loop; anything else by the Unicode pattern, which gives the same for those: every distinct
 * wording of a report is read here. Runs of letters and digits that the text already separates by
 * one plain space are cut out as one stretch, not word by word ("to start working toward ending…"
 * is one slice).
 */
export function keyText(text: string): string {
  const lower = text.toLowerCase();
  let out = "";
  let stretchStart = -1; // where the current stretch of runs began
  let runEnd = -1; // where the stretch's last run of letters and digits ended so far
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 128 && !isTypographicMark(c)) return lower.replace(NOT_LETTER_OR_DIGIT, " ").trim();
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
    if (stretchStart < 0) stretchStart = i;
    else if (runEnd < i && !(i === runEnd + 1 && lower.charCodeAt(runEnd) === 32)) {
      // A gap other than one space ends the stretch.
      out += out ? ` ${lower.slice(stretchStart, runEnd)}` : lower.slice(stretchStart, runEnd);
      stretchStart = i;
    }
    runEnd = i + 1;
  }
  if (stretchStart >= 0) out += out ? ` ${lower.slice(stretchStart, runEnd)}` : lower.slice(stretchStart, runEnd);
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
  const keyer = new WordingsKeyer(sourceNameById);
  return found.map(({ row, discrepancy }, i) => {
    const base = `${discrepancy.category}:${keyer.key(discrepancy.variants)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const { values, absent } = groupNormalized(discrepancy.variants, keyer.coreNorms);
    return { id: `d${i + 1}`, key: n === 1 ? base : `${base}.${n}`, row, ...discrepancy, values, absent };
  });
}

/**
 * The fingerprint of a discrepancy's `label + wording` strings ("name=" and the wording's keyText),
 * sorted in code-unit order and joined by "|", for one report's discrepancies. A report has
 * thousands of discrepancies of up to fifty variants each, so what is the same for all of them is
 * made once: each source's label, and its place in the labels' order (labelOrder). With one variant
 * per source and no label the start of another, that order is the strings' order: each variant is
 * put in its source's slot and the slots are read in order, with no string built or sorted per
 * variant. Otherwise the strings are sorted.
 */
class WordingsKeyer {
  /** Each source's label, made once, not once per variant. */
  private readonly labels: Map<string, string>;
  /** Each label's place in code-unit order, when labels alone decide the order (labelOrder). */
  private readonly byLabel: Map<string, number> | undefined;
  /** The labels in that order: slot by slot. */
  private readonly labelAt: string[];
  /** Each known source's slot: one lookup per variant instead of two. */
  private readonly slotOfSource = new Map<string, number>();
  /**
   * The sources of the last discrepancy keyed and their slots, by variant: discrepancies list their
   * variants in one order of sources, so a variant's slot is mostly its predecessor's, found with
   * no lookup at all.
   */
  private lastSources: string[] = [];
  private lastSlots: number[] = [];
  /** Wire copies repeat the same wordings in every discrepancy of a statement: normalised once each. */
  private readonly normal: (text: string) => string = memoKeyText();
  /** Per slot, the normalised wording placed there and the call that placed it (reused, never cleared). */
  private readonly slotWording: string[];
  private readonly slotCall: Int32Array;
  private call = 0;
  /** keyText of each variant's core, by variant, as of the last key() (its first variants.length entries): groupNormalized reads them. */
  readonly coreNorms: string[] = [];

  constructor(sourceNameById: Map<string, string>) {
    this.labels = new Map([...sourceNameById].map(([id, name]) => [id, `${name}=`]));
    this.byLabel = labelOrder([...this.labels.values()]);
    this.labelAt = this.byLabel ? [...this.byLabel.keys()] : [];
    if (this.byLabel) for (const [id, label] of this.labels) this.slotOfSource.set(id, this.byLabel.get(label)!);
    this.slotWording = new Array<string>(this.labelAt.length).fill("");
    this.slotCall = new Int32Array(this.labelAt.length).fill(-1);
  }

  key(variants: Variant[]): string {
    const call = this.call++;
    // One list for every call, written up to the variants' count (read before the next call).
    const { coreNorms } = this;
    let placed = this.byLabel !== undefined;
    let length = variants.length ? variants.length - 1 : 0; // the "|" between strings
    // Most versions word a discrepancy alike: a variant worded as one of the two wordings last met
    // takes its wording, and one with no words (a version without the statement, between two that
    // word it alike) is "" at once and leaves them be.
    let lastText: string | undefined;
    let lastWording = "";
    let earlierText: string | undefined;
    let earlierWording = "";
    for (let k = 0; k < variants.length; k++) {
      const v = variants[k];
      // keyText of `core || text`; the grouping reads the core's alone ("" when there is none).
      const text = v.core || v.text;
      let wording: string;
      if (text === "") wording = "";
      else if (text === lastText) wording = lastWording;
      else {
        wording = text === earlierText ? earlierWording : this.normal(text);
        earlierText = lastText;
        earlierWording = lastWording;
        lastText = text;
        lastWording = wording;
      }
      coreNorms[k] = v.core ? wording : "";
      if (!placed) continue;
      const at = this.slotOf(v.source, k);
      if (at === undefined || this.slotCall[at] === call) placed = false;
      else {
        this.slotCall[at] = call;
        this.slotWording[at] = wording;
        length += this.labelAt[at].length + wording.length;
      }
    }
    if (!placed) return this.sortedKey(variants);
    const print = new Fingerprint(length);
    let first = true;
    for (let at = 0; at < this.slotCall.length; at++) {
      if (this.slotCall[at] !== call) continue;
      if (!first) print.add("|");
      first = false;
      print.add(this.labelAt[at]);
      print.add(this.slotWording[at]);
    }
    return print.digest();
  }

  /** The slot of the k-th variant's source, when labels alone decide the order. */
  private slotOf(source: string, k: number): number | undefined {
    if (this.lastSources[k] === source) return this.lastSlots[k];
    const at = this.slotOfSource.get(source) ?? this.byLabel!.get(this.labelOf(source));
    if (at !== undefined) {
      this.lastSources[k] = source;
      this.lastSlots[k] = at;
    }
    return at;
  }

  private labelOf(source: string): string {
    return this.labels.get(source) ?? `${source}=`;
  }

  /** The general case: the `label + wording` strings built and sorted. */
  private sortedKey(variants: Variant[]): string {
    const sorted = variants.map((v) => this.labelOf(v.source) + this.normal(v.core || v.text)).sort();
    return fingerprint(sorted.join("|"));
  }
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
  return groupNormalized(variants, variants.map((v) => normal(v.core)));
}

/** groupValues, with each variant's core already normalised (`norms`, by variant). */
function groupNormalized(variants: Variant[], norms: string[]): { values: ValueGroup[]; absent: string[] } {
  // Groups in the order first met, found by their norm in a list while they are few (most
  // discrepancies have two or three readings): a map per discrepancy cost more than the scan.
  const groups: ReadingGroup[] = [];
  let byNorm: Map<string, ReadingGroup> | undefined;
  const absent: string[] = [];
  // Most versions word a reading alike: a variant read as the one before joins its group unlooked-up.
  let lastNorm = "";
  let lastGroup: ReadingGroup | undefined;
  for (let k = 0; k < variants.length; k++) {
    const variant = variants[k];
    const norm = norms[k];
    if (!norm) {
      absent.push(variant.source);
      continue;
    }
    let group = norm === lastNorm ? lastGroup : byNorm ? byNorm.get(norm) : groupOf(groups, norm);
    if (!group) {
      groups.push((group = { norm, sources: [], wording: variant.core, wordings: undefined }));
      if (byNorm) byNorm.set(norm, group);
      else if (groups.length > SCANNED_GROUPS) byNorm = new Map(groups.map((g) => [g.norm, g]));
    }
    group.sources.push(variant.source);
    if (group.wordings) group.wordings.push(variant.core);
    else if (variant.core !== group.wording) {
      group.wordings = new Array<string>(group.sources.length - 1).fill(group.wording);
      group.wordings.push(variant.core);
    }
    lastNorm = norm;
    lastGroup = group;
  }
  // The wording shown for a reading is its most frequent one (ties: the first in code-point order),
  // never "whichever source came first": upload order must not change the report.
  const values: ValueGroup[] = new Array(groups.length);
  for (let k = 0; k < groups.length; k++) {
    const { wording, wordings, sources } = groups[k];
    values[k] = { value: wordings ? commonest(wordings) : wording, sources };
  }
  // Most discrepancies have a reading or two: an insertion sort (stable, as the built-in is), which
  // copies nothing, unlike the built-in for every list of two or more.
  for (let i = 1; i < values.length; i++) {
    const item = values[i];
    let at = i;
    for (; at > 0 && valueOrder(item, values[at - 1]) < 0; at--) values[at] = values[at - 1];
    values[at] = item;
  }
  return { values, absent };
}

/** More sources first, then the wording in code-unit order. */
function valueOrder(a: ValueGroup, b: ValueGroup): number {
  return b.sources.length - a.sources.length || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

interface ReadingGroup {
  norm: string;
  sources: string[];
  /**
   * Its first variant's wording, and every variant's once one is worded otherwise: most readings
   * are worded alike in every version that gives them, and need no list of fifty of one wording.
   */
  wording: string;
  wordings: string[] | undefined;
}

/** Past this many readings, a discrepancy's groups are found through a map. */
const SCANNED_GROUPS = 8;

function groupOf(groups: ReadingGroup[], norm: string): ReadingGroup | undefined {
  for (let k = 0; k < groups.length; k++) if (groups[k].norm === norm) return groups[k];
  return undefined;
}

function commonest(wordings: string[]): string {
  // Most readings are worded alike in every version that gives them: nothing to count.
  if (wordings.every((w) => w === wordings[0])) return wordings[0];
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
