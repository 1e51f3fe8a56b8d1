/** Small collection helpers the stages share. */

/**
 * A lookup table keyed by words of the text, without Object's prototype: a plain object literal
 * answers "constructor" or "toString" with a function, which a sentence can contain.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/**
 * Adds `value` to the list `map` keeps under `key`, in place: building a list by copying it on
 * every addition costs the square of its length, and some lists hold every figure of a long source.
 */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Adds `value` to the set `map` keeps under `key`, in place (appendTo for sets). */
export function addToSetOf<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/**
 * Index of the first item whose position (`positionOf`, ascending through the list) is at or after
 * `position`: a binary search, for lists kept in reading order.
 */
export function firstAtOrAfter<T>(list: readonly T[], positionOf: (item: T) => number, position: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positionOf(list[mid]) < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
