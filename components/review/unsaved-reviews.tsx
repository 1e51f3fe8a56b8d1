"use client";

import { useSyncExternalStore } from "react";
import type { ReviewStore } from "./review-store";

/**
 * A page-level line while saves are failing: the item's own "Not saved" may be scrolled out of view
 * or filtered out of the list.
 */
export function UnsavedReviews({ store }: { store: ReviewStore }) {
  const read = () => {
    let retrying = 0;
    let failed = 0;
    for (const kind of store.saveKinds()) {
      if (kind === "retrying") retrying += 1;
      if (kind === "failed") failed += 1;
    }
    return `${retrying}:${failed}`;
  };
  const [retrying, failed] = useSyncExternalStore(store.subscribe, read, () => "0:0").split(":").map(Number);
  if (!retrying && !failed) return null;
  return (
    <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 px-2 py-1.5 text-sm text-amber-950">
      {retrying > 0 && `${retrying === 1 ? "1 change" : `${retrying} changes`} not saved — retrying… `}
      {failed > 0 && `${failed === 1 ? "1 change was" : `${failed} changes were`} refused by the server. `}
      <button type="button" onClick={() => store.retryAll()} className="font-medium underline underline-offset-2">
        Try again now
      </button>
    </p>
  );
}
