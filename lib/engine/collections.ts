/** Small collection helpers the stages share. */

/**
 * Adds `value` to the list `map` keeps under `key`, in place: building a list by copying it on
 * every addition costs the square of its length, and some lists hold every figure of a long source.
 */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
