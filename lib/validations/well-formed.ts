/**
 * JSON may carry a lone surrogate ("\ud800" is valid JSON) that no UTF-8 store can hold: the
 * database client refuses the whole query. Every string of a request body is repaired on the way
 * in, each lone surrogate becoming U+FFFD, so such text is stored rather than answered with a 500.
 * Use as JSON.parse's reviver.
 */
export function wellFormedStrings(_key: string, value: unknown): unknown {
  return typeof value === "string" ? value.toWellFormed() : value;
}
