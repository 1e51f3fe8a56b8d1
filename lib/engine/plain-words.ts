/**
 * Words of plain ASCII letters and their normal forms, found again by their characters where they
 * stand in a text (slice-table.ts). Emptied when full only: like normalizeWord's own table, and
 * unlike the per-text memos (memo.ts), it is kept across comparisons, a word's normal form being its
 * own whatever text it stands in. Only ever a cost: an entry is what normalizeWord says of the word.
 */
import * as normalization from "./normalize";
import { SliceTable } from "./slice-table";

// Read once: each use of an imported binding is a getter call in the CommonJS that tsx makes of the modules.
const { normalizeWord } = normalization;

export interface PlainWord {
  text: string;
  norm: string;
  /** What the table's owner asks of each normal form (tokenize.ts: whether it opens a name phrase), asked once per word. */
  marked: boolean;
}

const MAX_WORDS = 100_000;

export function plainWordTable(marks: (norm: string) => boolean): SliceTable<PlainWord> {
  return new SliceTable((text) => {
    const norm = normalizeWord(text);
    return { text, norm, marked: marks(norm) };
  }, MAX_WORDS);
}
