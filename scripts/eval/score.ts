/**
 * Scoring an engine's discrepancies against ETPC relations.
 *
 * A discrepancy covers NLTK tokens of each sentence (those its spans touch). Each discrepancy is
 * credited to the relation(s) of its pair it matches best (Jaccard overlap of token sets over both
 * sentences): ETPC labels overlap — a "Punctuation changes" relation often spans a whole sentence
 * whose figures another relation says were changed — and a discrepancy is about the relation it
 * matches most closely. A relation's severity is the highest among the discrepancies credited to
 * it ("attributed"); "any overlap" takes every discrepancy that touches it, for comparison.
 */
import type { Severity } from "../../lib/engine/types";
import type { LocatedToken } from "./nltk-tokens";
import type { Relation } from "./etpc";

export interface Flag {
  severity: Severity;
  /** "substantive characterization" etc.; the baseline says "word diff". */
  verdict: string;
  /** Character ranges in sentence 1 and sentence 2. */
  s1: Array<[number, number]>;
  s2: Array<[number, number]>;
  summary: string;
}

export interface RelationScore {
  relation: Relation;
  attributed?: Severity;
  anyOverlap?: Severity;
  flags: Flag[];
}

const RANK: Record<Severity, number> = { cosmetic: 1, minor: 2, substantive: 3 };

function tokensTouched(ranges: Array<[number, number]>, tokens: LocatedToken[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.start < 0) return;
    if (ranges.some(([s, e]) => e > s && s < t.end && t.start < e)) out.add(i);
  });
  return out;
}

function scopeSet(scope: number[] | "all", count: number): Set<number> {
  return new Set(scope === "all" ? Array.from({ length: count }, (_, i) => i) : scope);
}

function maxSeverity(a: Severity | undefined, b: Severity): Severity {
  return !a || RANK[b] > RANK[a] ? b : a;
}

/** A flag and the relations it was credited to. */
export interface FlagScore {
  flag: Flag;
  relations: Relation[];
}

/** Scores every relation of one sentence pair against the flags raised on it. */
export function scorePair(
  relations: Relation[],
  flags: Flag[],
  tokens1: LocatedToken[],
  tokens2: LocatedToken[],
  credited: FlagScore[] = [],
): RelationScore[] {
  const scopes = relations.map((r) => ({ s1: scopeSet(r.s1Scope, tokens1.length), s2: scopeSet(r.s2Scope, tokens2.length) }));
  const scores: RelationScore[] = relations.map((relation) => ({ relation, flags: [] }));
  for (const flag of flags) {
    const d1 = tokensTouched(flag.s1, tokens1);
    const d2 = tokensTouched(flag.s2, tokens2);
    const jaccards = scopes.map((scope) => {
      let shared = 0;
      for (const i of d1) if (scope.s1.has(i)) shared++;
      for (const i of d2) if (scope.s2.has(i)) shared++;
      const union = d1.size + d2.size + scope.s1.size + scope.s2.size - shared;
      return { shared, jaccard: union ? shared / union : 0 };
    });
    const best = Math.max(0, ...jaccards.map((j) => j.jaccard));
    const creditedTo: Relation[] = [];
    credited.push({ flag, relations: creditedTo });
    jaccards.forEach(({ shared, jaccard }, r) => {
      if (!shared) return;
      scores[r].anyOverlap = maxSeverity(scores[r].anyOverlap, flag.severity);
      if (best > 0 && jaccard >= best - 1e-9) {
        scores[r].attributed = maxSeverity(scores[r].attributed, flag.severity);
        scores[r].flags.push(flag);
        creditedTo.push(relations[r]);
      }
    });
  }
  return scores;
}
