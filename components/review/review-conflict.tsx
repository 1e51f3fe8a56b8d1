"use client";

import { useId, useState } from "react";
import { FormattedDate } from "@/components/formatted-date";
import { REVIEW_STATUS_LABELS as STATUS_LABELS } from "@/lib/validations/review";
import type { StoredReview } from "@/lib/comparisons";
import type { ConflictChoice, ReviewEntry } from "./review-store";

const BUTTON = "rounded-md border border-zinc-300 bg-white px-2 py-0.5 text-xs font-medium text-zinc-900 hover:bg-zinc-100";

function NoteText({ note }: { note: string }) {
  return note ? <p className="whitespace-pre-wrap text-zinc-900">{note}</p> : <p className="italic text-zinc-600">No note</p>;
}

/**
 * Someone saved this review while this page was changing it. Both versions side by side, who made
 * theirs and when; the reviewer keeps theirs, keeps their own, or merges the two notes.
 */
export function ReviewConflict({ mine, theirs, onChoose }: { mine: ReviewEntry; theirs: StoredReview; onChoose: (choice: ConflictChoice) => void }) {
  const [merging, setMerging] = useState(false);
  const [merged, setMerged] = useState(() => [theirs.note, mine.note].filter(Boolean).join("\n\n"));
  const mergedId = useId();
  return (
    <div role="alert" data-review-conflict className="rounded-md border border-amber-400 bg-amber-50 p-2 text-sm">
      <p className="font-medium text-amber-950">
        Changed by {theirs.reviewer || "someone"} at <FormattedDate iso={theirs.updatedAt} /> while you were editing; yours is not saved yet.
      </p>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <div data-conflict-theirs>
          <p className="text-xs font-semibold text-zinc-700">
            Theirs: {STATUS_LABELS[theirs.status]}
          </p>
          <NoteText note={theirs.note} />
        </div>
        <div data-conflict-mine>
          <p className="text-xs font-semibold text-zinc-700">Yours: {STATUS_LABELS[mine.status]}</p>
          <NoteText note={mine.note} />
        </div>
      </div>
      {merging ? (
        <div className="mt-2">
          <label htmlFor={mergedId} className="text-xs font-semibold text-zinc-700">
            Merged note (saved with your status)
          </label>
          <textarea
            id={mergedId}
            rows={4}
            value={merged}
            onChange={(e) => setMerged(e.target.value)}
            className="block w-full rounded-md border border-zinc-400 bg-white px-2 py-1 text-sm text-zinc-900"
          />
          <button type="button" className={`${BUTTON} mt-1`} onClick={() => onChoose({ keep: "merged", note: merged })}>
            Save merged note
          </button>
        </div>
      ) : (
        <div className="mt-2 flex flex-wrap gap-1.5">
          <button type="button" className={BUTTON} onClick={() => onChoose({ keep: "theirs" })}>
            Keep theirs
          </button>
          <button type="button" className={BUTTON} onClick={() => onChoose({ keep: "mine" })}>
            Keep mine
          </button>
          <button type="button" className={BUTTON} onClick={() => setMerging(true)}>
            Merge the notes
          </button>
        </div>
      )}
    </div>
  );
}
