"use client";

import { useState } from "react";
import { useComparison } from "@/components/comparison/comparison-context";
import { FormattedDate } from "@/components/formatted-date";
import { cn } from "@/components/ui/cn";
import type { Discrepancy } from "@/lib/engine/types";
import { MAX_NOTE_CHARS, type ReviewStatus } from "@/lib/validations/review";
import { SaveStatus } from "./save-status";
import { useReviewEntry, useReviewStore } from "./use-reviews";
import { ReviewConflict } from "./review-conflict";
import { ReviewHistory } from "./review-history";
import { useReviewer } from "./reviewer-context";

/** The note field's id, so the `n` shortcut can focus it. */
export function noteFieldId(discrepancyId: string): string {
  return `review-note-${discrepancyId}`;
}

const STATUS_BUTTON: Record<Exclude<ReviewStatus, "open">, { label: string; pressed: string }> = {
  confirmed: { label: "Confirm", pressed: "border-green-800 bg-green-50 text-green-900" },
  dismissed: { label: "Dismiss", pressed: "border-zinc-700 bg-zinc-100 text-zinc-900" },
};

/**
 * One discrepancy's review, under its entry in the list: Confirm / Dismiss / Reopen and a note.
 * Every change saves by itself (the note after a pause in typing, or on leaving the field). Who
 * last changed it and the whole history are one click away; a clash with someone else's save
 * shows both versions until the reviewer chooses. People whose role cannot review see it read-only.
 */
export function ReviewControls({ discrepancy }: { discrepancy: Pick<Discrepancy, "id" | "key" | "summary"> }) {
  const store = useReviewStore();
  const { selected, comparisonId } = useComparison();
  const entry = useReviewEntry(store, discrepancy.key);
  const { canReview } = useReviewer();
  const [noteOpen, setNoteOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const status = entry?.status ?? "open";
  const note = entry?.note ?? "";
  const isSelected = selected?.id === discrepancy.id;
  const showNote = noteOpen || isSelected || note !== "";
  const noteId = noteFieldId(discrepancy.id);

  const setStatus = (next: ReviewStatus) => store.setStatus(discrepancy, next);
  const conflict = entry?.save.kind === "conflict" ? entry.save.theirs : null;

  return (
    <div
      className="flex flex-col gap-1.5"
      data-review-controls={discrepancy.id}
      data-review-status={status}
      data-save-state={entry?.save.kind ?? "saved"}
    >
      <div role="group" aria-label="Review" className="flex flex-wrap items-center gap-1.5">
        {(["confirmed", "dismissed"] as const).map((value) => (
          <button
            key={value}
            type="button"
            aria-pressed={status === value}
            disabled={!canReview}
            aria-keyshortcuts={isSelected ? (value === "confirmed" ? "c" : "d") : undefined}
            onClick={() => setStatus(status === value ? "open" : value)}
            className={cn(
              "rounded-md border min-h-6 px-2 py-0.5 text-xs font-medium transition-colors",
              status === value ? STATUS_BUTTON[value].pressed : "border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-100",
            )}
          >
            {status === value ? `${value === "confirmed" ? "Confirmed" : "Dismissed"} ✓` : STATUS_BUTTON[value].label}
          </button>
        ))}
        {status !== "open" && canReview && (
          <button
            type="button"
            onClick={() => setStatus("open")}
            className="rounded-md min-h-6 px-2 py-0.5 text-xs font-medium text-blue-800 underline-offset-2 hover:underline"
          >
            Reopen
          </button>
        )}
        {!showNote && canReview && (
          <button
            type="button"
            onClick={() => {
              setNoteOpen(true);
              requestAnimationFrame(() => document.getElementById(noteId)?.focus());
            }}
            className="rounded-md min-h-6 px-2 py-0.5 text-xs font-medium text-blue-800 underline-offset-2 hover:underline"
          >
            Add note
          </button>
        )}
        {entry && entry.version > 0 && (
          <button
            type="button"
            aria-expanded={historyOpen}
            onClick={() => setHistoryOpen(!historyOpen)}
            className="rounded-md px-2 py-0.5 text-xs text-zinc-700 underline-offset-2 hover:underline"
            data-review-signature
          >
            {entry.reviewer ? `${entry.reviewer}, ` : ""}
            {entry.updatedAt && <FormattedDate iso={entry.updatedAt} />} · History
          </button>
        )}
        {entry?.save.kind !== "conflict" && <SaveStatus save={entry?.save} onRetry={() => store.retryAll()} />}
      </div>
      {conflict && entry && <ReviewConflict mine={entry} theirs={conflict} onChoose={(choice) => store.resolveConflict(discrepancy.key, choice)} />}
      {historyOpen && entry && <ReviewHistory comparisonId={comparisonId} discrepancyKey={discrepancy.key} version={entry.version} />}
      {showNote && (
        <div>
          <label htmlFor={noteId} className="sr-only">
            Note on “{discrepancy.summary}”
          </label>
          <textarea
            id={noteId}
            rows={2}
            maxLength={MAX_NOTE_CHARS}
            value={note}
            readOnly={!canReview}
            placeholder="Note (saved as you type)"
            aria-keyshortcuts={isSelected ? "n" : undefined}
            onChange={(e) => store.setNote(discrepancy, e.target.value)}
            onBlur={() => store.flush(discrepancy.key)}
            onKeyDown={(e) => {
              // Escape leaves the field so the review keys (c, d, j, k) work again.
              if (e.key === "Escape") e.currentTarget.blur();
            }}
            className="block w-full resize-y rounded-md border border-zinc-400 bg-white px-2 py-1 text-sm text-zinc-900 placeholder:text-zinc-500"
          />
        </div>
      )}
    </div>
  );
}
