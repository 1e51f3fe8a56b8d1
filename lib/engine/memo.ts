/**
 * A pure function of a text, remembered within one comparison. Copies of one story repeat most
 * paragraphs and sentences word for word, so stages that read a text alone read each wording once.
 * compare() forgets everything at its start: a comparison is never faster for the one before it
 * (benchmarks stay honest), and memory stays bounded by one comparison's texts (and `limit`).
 * Only ever a cost: a memo cleared midway (by a concurrent comparison) just reads again.
 */
const memories: Array<Map<string, unknown>> = [];

export function memoByText<T>(limit: number, read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  memories.push(known);
  return remembering(known, limit, read);
}

/** `read`, each answer kept in `known` (emptied when it holds `limit`); who forgets it is the caller's choice. */
export function remembering<T>(known: Map<string, T>, limit: number, read: (key: string) => T): (key: string) => T {
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = read(key);
      known.set(key, value);
    }
    return value;
  };
}

/** Called as a comparison starts. */
export function forgetTexts(): void {
  for (const known of memories) known.clear();
}

/**
 * The first copy of a text met in this comparison. Copies of a story repeat most paragraphs and
 * sentences, each cut out of its own source as a string of its own; handing every stage one string
 * per wording lets each memo above find a repeat by identity instead of comparing its characters
 * (a dozen stages look up every sentence of every version).
 */
export const firstCopy: (text: string) => string = memoByText(100_000, (text) => text);
