/**
 * A problem with what the user handed in (binary file, unreadable archive, empty article), as
 * opposed to a bug. The message is one sentence an editor can act on; callers show it as is.
 */
export class InputError extends Error {
  /** The source's display name (file name) when the problem belongs to one source. */
  readonly source?: string;

  constructor(message: string, source?: string) {
    super(message);
    this.name = "InputError";
    this.source = source;
  }
}
