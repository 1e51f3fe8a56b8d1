/**
 * Which keyboard shortcuts are live right now, for the "?" dialog. Any component can add rows with
 * useShortcuts(); the dialog lists whatever is registered, so a feature brings its keys and their
 * descriptions along and nothing else has to change.
 */
export interface ShortcutListing {
  /** The key as KeyboardEvent.key reports it: "j", "?", "Escape". */
  key: string;
  description: string;
  /** Heading the dialog groups it under ("Navigation", "Review"). */
  group: string;
}

const entries = new Map<symbol, ShortcutListing[]>();
const listeners = new Set<() => void>();
let snapshot: ShortcutListing[] = [];

function publish() {
  snapshot = [...entries.values()].flat();
  for (const listener of listeners) listener();
}

export function addShortcutListings(token: symbol, listings: ShortcutListing[]): void {
  entries.set(token, listings);
  publish();
}

export function removeShortcutListings(token: symbol): void {
  entries.delete(token);
  publish();
}

export function subscribeShortcuts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const getShortcutsSnapshot = () => snapshot;
const EMPTY: ShortcutListing[] = [];
export const getServerShortcutsSnapshot = () => EMPTY;
