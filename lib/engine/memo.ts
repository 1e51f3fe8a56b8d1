/**
 * A pure function of a text, remembered for the texts seen last. Copies of one story repeat most
 * paragraphs word for word, so stages that read a paragraph alone read each wording once. The
 * memory is bounded (forgotten wholesale when full) and never changes a result, only its cost.
 */
export function memoByText<T>(limit: number, read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = read(text);
      known.set(text, value);
    }
    return value;
  };
}
