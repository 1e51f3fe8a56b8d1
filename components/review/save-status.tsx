"use client";

import type { SaveState } from "./review-store";

/**
 * Whether a review reached the server. Quiet while all is well ("Saved" is small and grey); a
 * failure is spelt out and stays until the save lands, so nothing is lost without anyone knowing.
 */
export function SaveStatus({ save, onRetry }: { save: SaveState | undefined; onRetry: () => void }) {
  if (!save) return null;
  if (save.kind === "saved") return save.justNow ? <span className="text-xs text-zinc-600">Saved</span> : null;
  if (save.kind === "saving")
    return (
      <span role="status" className="text-xs text-zinc-600">
        Saving…
      </span>
    );
  if (save.kind === "retrying")
    return (
      <span role="status" className="text-xs font-medium text-amber-900" title={save.message}>
        Not saved — retrying…
      </span>
    );
  return (
    <span role="alert" className="text-xs font-medium text-red-800">
      Not saved: {save.message}{" "}
      <button type="button" onClick={onRetry} className="underline underline-offset-2">
        Try again
      </button>
    </span>
  );
}
