"use client";

import { useEffect, useEffectEvent, useSyncExternalStore } from "react";
import {
  addShortcutListings,
  getServerShortcutsSnapshot,
  getShortcutsSnapshot,
  removeShortcutListings,
  subscribeShortcuts,
  type ShortcutListing,
} from "./registry";

export interface Shortcut extends ShortcutListing {
  run: () => void;
}

/** Typing in a field or using a browser/OS combination is never a shortcut. */
function isTyping(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return true;
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || !!target.closest("dialog[open]");
}

/**
 * Binds single-key shortcuts while the calling component is mounted and lists them in the
 * shortcuts dialog. `run` may close over fresh state: the latest one is always called.
 */
export function useShortcuts(shortcuts: Shortcut[]): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || isTyping(event)) return;
    const match = shortcuts.find((s) => s.key === event.key);
    if (!match) return;
    event.preventDefault();
    match.run();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  // The listing only changes when keys or words change, not on every render's new `run`.
  const signature = JSON.stringify(shortcuts.map(({ key, description, group }) => [key, description, group]));
  useEffect(() => {
    const token = Symbol("shortcuts");
    const listings = (JSON.parse(signature) as Array<[string, string, string]>).map(([key, description, group]) => ({
      key,
      description,
      group,
    }));
    addShortcutListings(token, listings);
    return () => removeShortcutListings(token);
  }, [signature]);
}

/** Every shortcut registered right now, for the dialog. */
export function useShortcutListings(): ShortcutListing[] {
  return useSyncExternalStore(subscribeShortcuts, getShortcutsSnapshot, getServerShortcutsSnapshot);
}
