"use client";

import { useCallback, useSyncExternalStore } from "react";

/**
 * The fact-checker's name, asked once and kept in this browser (localStorage), so every review
 * says who made it. Other tabs hear about a change through the storage event.
 */
const STORAGE_KEY = "parallax:reviewer";
const listeners = new Set<() => void>();
/** Where the name lives when storage is blocked (private windows in some browsers). */
let fallback = "";

function read(): string {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? fallback;
  } catch {
    return fallback;
  }
}

function subscribe(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  listeners.add(listener);
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function useReviewerName(): [string, (name: string) => void] {
  const name = useSyncExternalStore(subscribe, read, () => "");
  const setName = useCallback((next: string) => {
    fallback = next.trim();
    try {
      window.localStorage.setItem(STORAGE_KEY, fallback);
    } catch {
      // Storage blocked: the name lasts until the tab closes.
    }
    for (const listener of listeners) listener();
  }, []);
  return [name, setName];
}
