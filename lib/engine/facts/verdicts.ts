/**
 * A verdict's counts as facts of the whole story: how many counts a defendant was convicted on,
 * acquitted on, and how many the jury could not agree on, and how many were brought ("convicted on
 * 10 of 23 corruption counts … acquitted on seven counts and deadlocked on six others" against
 * "found guilty of 11 of the 23 counts … could not agree on five others"). Rewrites tell the verdict
 * in sentences of their own shape, so the counts are compared across the story, kind by kind.
 *
 * Hand-written: a verdict word, "on" or "of", a figure and "counts" (or "charges", or "others"
 * after a count) is a fixed pattern of court reporting that a short scan reads exactly.
 */
import { countValue } from "../lexicon/numbers";
import type { FoundDiscrepancy } from "../types";
import type { SentenceRef } from "../units/sentences";
import { factsByWording, storyFactConflicts } from "./readings";

export type VerdictKind = "convicted" | "acquitted" | "deadlocked" | "brought";

export interface VerdictCount {
  kind: VerdictKind;
  counts: number;
  start: number;
  end: number;
}

const NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty";
const FIGURE = String.raw`(?:all\s+)?(\d{1,3}|${NUMBER_WORDS})`;
/** Words between the verdict and its figure: not past a clause's end ("J." in a name is no end). */
const BETWEEN = String.raw`(?:[^.;:]|(?<=\b[A-Z])\.){0,120}?`;
/** What the figure counts; "others" only after a count named before it ("… and deadlocked on six others"). */
const NOUN = String.raw`(?:[a-z-]+\s+)?(counts?|charges?|others)\b`;
const SHARE = String.raw`(?:\s+of\s+(?:the\s+)?(\d{1,3}|${NUMBER_WORDS})(?:\s+[a-z-]+)?\s+(?:counts|charges)\b)?`;
const VERDICTS: ReadonlyArray<[VerdictKind, RegExp]> = [
  ["acquitted", new RegExp(String.raw`\b(?:acquitted|cleared|found\s+not\s+guilty|not\s+guilty)\b${BETWEEN}\b(?:on|of)\s+${FIGURE}\s+${NOUN}`, "gi")],
  ["convicted", new RegExp(String.raw`\b(?<!not\s)(?:convicted|guilty)\b${BETWEEN}\b(?:on|of)\s+${FIGURE}${SHARE}(?:\s+${NOUN})?`, "gi")],
  [
    "deadlocked",
    new RegExp(String.raw`\b(?:deadlocked|hung|could\s+not\s+agree|couldn't\s+agree|could\s+not\s+reach\s+a\s+verdict|unable\s+to\s+reach\s+(?:a\s+)?verdicts?)\b[^.;:]{0,20}?\bon\s+${FIGURE}\s+${NOUN}`, "gi"),
  ],
  ["brought", new RegExp(String.raw`\b(?:faced|faces|facing|charged\s+with|indicted\s+on)\s+${FIGURE}\s+${NOUN}`, "gi")],
];

/** Every count of a verdict a sentence states. */
export function verdictCountsOf(text: string): VerdictCount[] {
  if (!/\b(?:counts?|charges?|others)\b/i.test(text)) return [];
  const out: VerdictCount[] = [];
  const add = (kind: VerdictKind, figure: string | undefined, start: number, end: number) => {
    const counts = figure === undefined ? undefined : countValue(figure);
    if (counts !== undefined && !out.some((c) => c.start < end && start < c.end)) out.push({ kind, counts, start, end });
  };
  for (const [kind, pattern] of VERDICTS) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index! + m[0].length;
      const figureAt = m.index! + m[0].search(new RegExp(String.raw`\b${m[1]}\b`, "i"));
      // "convicted on 10 of 23 counts": 10 convicted, 23 brought; a bare figure must say it counts counts.
      if (kind === "convicted" && m[2] === undefined && m[3] === undefined) continue;
      // "… and deadlocked on six others": others of the counts named before it in the sentence.
      if (/^others$/i.test(m[m.length - 1] ?? "") && !out.length) continue;
      add(kind, m[1], figureAt, end);
      // The counts brought are read from the same words ("10 of 23 corruption counts").
      const brought = kind === "convicted" && m[2] ? countValue(m[2]) : undefined;
      if (brought !== undefined) out.push({ kind: "brought", counts: brought, start: figureAt, end });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
}

const LABEL: Record<VerdictKind, string> = { convicted: "Convicted on", acquitted: "Acquitted on", deadlocked: "Jury deadlocked on", brought: "Counts brought" };

/** One discrepancy per kind of count the versions give differently. */
export function verdictConflicts(sentences: SentenceRef[], reportOrder: string[]): FoundDiscrepancy[] {
  const countsIn = factsByWording(sentences, verdictCountsOf);
  if (!countsIn) return [];
  const placed: Array<{ count: VerdictCount; sentence: SentenceRef }> = [];
  for (const sentence of sentences) for (const count of countsIn(sentence.text)) placed.push({ count, sentence });
  return (["convicted", "acquitted", "deadlocked", "brought"] as const).flatMap((kind) =>
    storyFactConflicts(placed.filter((p) => p.count.kind === kind), reportOrder, (p) => p.count.counts, (p) => p.count, LABEL[kind], "number"),
  );
}
