/**
 * Synthetic versions of one text for the align measurements: each copy drops, splits, merges,
 * moves and rewords paragraphs at random (seeded), and may carry a paragraph from elsewhere.
 * Every paragraph remembers which paragraphs of the original it came from. Test-only.
 */
import type { SegmentedSource } from "../../types";
import { sourceFromParagraphs } from "./sources";

export interface SyntheticSource {
  source: SegmentedSource;
  /** Per paragraph: indices of the original paragraphs it came from (empty: foreign text). */
  origins: number[][];
}

export interface EditRates {
  drop: number;
  split: number;
  merge: number;
  move: number;
  /** Share of words replaced / deleted in each paragraph. */
  replaceWord: number;
  deleteWord: number;
  /** Foreign paragraphs inserted per copy. */
  foreign: number;
}

export const DEFAULT_EDITS: EditRates = {
  drop: 0.05,
  split: 0.06,
  merge: 0.06,
  move: 0.05,
  replaceWord: 0.08,
  deleteWord: 0.04,
  foreign: 1,
};

/** Mulberry32: small, fast, seedable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticVersions(
  original: string[],
  copies: number,
  foreignPool: string[],
  seed = 1,
  rates: EditRates = DEFAULT_EDITS,
): SyntheticSource[] {
  const random = seededRandom(seed);
  const vocabulary = original.join(" ").split(/\s+/).filter(Boolean);
  const out: SyntheticSource[] = [
    { source: sourceFromParagraphs("s1", "original", original), origins: original.map((_, k) => [k]) },
  ];
  for (let c = 0; c < copies; c++) {
    let items: Array<{ text: string; origins: number[] }> = [];
    for (let k = 0; k < original.length; k++) {
      const r = random();
      if (r < rates.drop) continue;
      if (r < rates.drop + rates.merge && k + 1 < original.length) {
        items.push({ text: `${original[k]} ${original[k + 1]}`, origins: [k, k + 1] });
        k++;
        continue;
      }
      if (r < rates.drop + rates.merge + rates.split) {
        const words = original[k].split(" ");
        const cut = Math.max(1, Math.floor(words.length * (0.35 + 0.3 * random())));
        if (words.length >= 12) {
          items.push({ text: words.slice(0, cut).join(" "), origins: [k] });
          items.push({ text: words.slice(cut).join(" "), origins: [k] });
          continue;
        }
      }
      items.push({ text: original[k], origins: [k] });
    }
    items = items.map(({ text, origins }) => ({ text: reword(text, vocabulary, random, rates), origins }));
    for (let m = 0; m < items.length; m++) {
      if (random() >= rates.move) continue;
      const [moved] = items.splice(m, 1);
      items.splice(Math.floor(random() * (items.length + 1)), 0, moved);
    }
    for (let f = 0; f < rates.foreign && foreignPool.length; f++) {
      const text = foreignPool[Math.floor(random() * foreignPool.length)];
      items.splice(Math.floor(random() * (items.length + 1)), 0, { text, origins: [] });
    }
    const id = `s${c + 2}`;
    out.push({ source: sourceFromParagraphs(id, `copy ${c + 1}`, items.map((i) => i.text)), origins: items.map((i) => i.origins) });
  }
  return out;
}

function reword(text: string, vocabulary: string[], random: () => number, rates: EditRates): string {
  const words = text.split(" ");
  const kept: string[] = [];
  for (const word of words) {
    const r = random();
    if (r < rates.deleteWord) continue;
    if (r < rates.deleteWord + rates.replaceWord) kept.push(vocabulary[Math.floor(random() * vocabulary.length)]);
    else kept.push(word);
  }
  return (kept.length ? kept : words).join(" ");
}

/**
 * Share of the copies' paragraphs whose row holds (one of) their original paragraphs, and of the
 * foreign ones that sit in a row without the original.
 */
export function originAccuracy(
  versions: SyntheticSource[],
  rows: Array<{ cells: Record<string, string[]> }>,
): { aligned: number; total: number; foreignAlone: number; foreign: number } {
  const rowOf = new Map<string, number>();
  rows.forEach((row, r) => {
    for (const ids of Object.values(row.cells)) for (const id of ids) rowOf.set(id, r);
  });
  const original = versions[0].source;
  let aligned = 0;
  let total = 0;
  let foreignAlone = 0;
  let foreign = 0;
  for (const { source, origins } of versions.slice(1)) {
    source.paragraphs.forEach((p, k) => {
      const row = rowOf.get(p.id);
      if (!origins[k].length) {
        foreign++;
        if (!rows[row!].cells[original.id]) foreignAlone++;
        return;
      }
      total++;
      if (origins[k].some((o) => rowOf.get(original.paragraphs[o].id) === row)) aligned++;
    });
  }
  return { aligned, total, foreignAlone, foreign };
}
