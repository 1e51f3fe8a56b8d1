/**
 * Synthetic versions of one story for scale benchmarks: a base text of N words cut into paragraphs,
 * and variants with random edits (substituted, dropped and inserted words, changed numbers, split,
 * merged, dropped and moved paragraphs) — the kinds of edits republished copies carry.
 */

export { seededRandom } from "@/lib/engine/align/testing/synthetic";

/** Cuts `words` words of `corpus` (recycled as needed) into paragraphs of 30–70 words. */
export function baseStory(corpus: string[], words: number, random: () => number): string[] {
  const pool = corpus.join(" ").split(/\s+/).filter(Boolean);
  const paragraphs: string[] = [];
  let taken = 0;
  while (taken < words) {
    const size = Math.min(words - taken, 30 + Math.floor(random() * 40));
    const start = Math.floor(random() * Math.max(1, pool.length - size));
    paragraphs.push(pool.slice(start, start + size).join(" "));
    taken += size;
  }
  return paragraphs;
}

export function editedVariant(paragraphs: string[], random: () => number): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const roll = random();
    if (roll < 0.03) continue; // dropped paragraph
    const words = paragraph.split(" ").map((word) => {
      const r = random();
      if (r < 0.02) return /\d/.test(word) ? String(Number.parseInt(word, 10) + 1 || 7) : "changed";
      if (r < 0.03) return "";
      if (r < 0.04) return `${word} also`;
      return word;
    });
    const text = words.filter(Boolean).join(" ");
    if (roll < 0.06 && out.length) out[out.length - 1] += ` ${text}`; // merged into the previous
    else if (roll < 0.09) {
      const cut = Math.floor(words.length / 2);
      out.push(words.slice(0, cut).filter(Boolean).join(" "), words.slice(cut).filter(Boolean).join(" "));
    } else out.push(text);
  }
  if (out.length > 4 && random() < 0.5) {
    const [moved] = out.splice(1, 1); // one paragraph moved further down
    out.splice(out.length - 2, 0, moved);
  }
  return out;
}

/**
 * A wire copy as an outlet republishes it: the same paragraphs in the same order, a few words
 * restyled or changed (about `rate` of them), nothing moved.
 */
export function wireCopy(paragraphs: string[], random: () => number, rate = 0.005): string[] {
  return paragraphs.map((paragraph) =>
    paragraph
      .split(" ")
      .map((word) => (random() < rate ? (/\d/.test(word) ? String(Number.parseInt(word, 10) + 1 || 7) : "changed") : word))
      .join(" "),
  );
}
