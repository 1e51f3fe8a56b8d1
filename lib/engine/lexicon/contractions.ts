/** Contractions and their spelled-out forms: "didn't" = "did not" is a matter of style. */
import { wordTable } from "../collections";

/** Whole-word contractions whose stem changes ("won't" → "will not"). */
const IRREGULAR = wordTable({
  "won't": "will not",
  "can't": "can not",
  "cannot": "can not",
  "shan't": "shall not",
  "ain't": "is not",
  "i'm": "i am",
  "let's": "let us",
  "gonna": "going to",
  "wanna": "want to",
  "gotta": "got to",
});

/** Suffix contractions and the words they stand for; "'s" and "'d" are ambiguous, so both readings. */
const SUFFIXES: ReadonlyArray<[string, string[]]> = [
  ["n't", ["not"]],
  ["'re", ["are"]],
  ["'ve", ["have"]],
  ["'ll", ["will", "shall"]],
  ["'d", ["would", "had"]],
  ["'s", ["is", "has"]],
  ["'m", ["am"]],
];

/** Pronouns and adverbs whose "'s" is "is"/"has" rather than a possessive. */
const S_HOSTS = new Set(["it", "he", "she", "that", "there", "here", "what", "who", "where", "how", "when", "this"]);

/** Whether expandContraction may read a word as other than itself: it has an apostrophe, or is a whole-word contraction ("cannot"). */
export const mayBeContraction = (word: string) => word.includes("'") || IRREGULAR[word] !== undefined;

/**
 * The possible spelled-out readings of a lower-case word ("didn't" → ["did not"], "it's" →
 * ["it is", "it has"]); [word] itself when it is not a contraction.
 */
export function expandContraction(word: string): string[] {
  const irregular = IRREGULAR[word];
  if (!irregular && !word.includes("'")) return [word];
  if (irregular) return [irregular];
  for (const [suffix, readings] of SUFFIXES) {
    if (word.length > suffix.length && word.endsWith(suffix)) {
      const host = word.slice(0, -suffix.length);
      if (suffix === "'s" && !S_HOSTS.has(host)) return [word];
      return readings.map((r) => `${host} ${r}`);
    }
  }
  return [word];
}
