import { remembering } from "../memo";

/**
 * A pure function of one word, remembered across comparisons (emptied when full). What a word reads
 * as (its lemma, its WordNet senses) depends on no text compared, so unlike the per-text memos
 * (memo.ts) these are not forgotten as a comparison starts: every comparison would otherwise read
 * its common words afresh, and no report can depend on an earlier one (each answer is the word's
 * own). Bounded by `limit` words.
 */
export function memoByWord<T>(limit: number, read: (word: string) => T): (word: string) => T {
  return remembering(new Map<string, T>(), limit, read);
}
