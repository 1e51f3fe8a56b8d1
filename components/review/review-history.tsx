"use client";

import { useEffect, useState } from "react";
import { FormattedDate } from "@/components/formatted-date";
import { REVIEW_STATUS_LABELS as STATUS_LABELS } from "@/lib/validations/review";
import type { ReviewChangeEntry } from "@/lib/reviews";

type Loaded = { kind: "loading" } | { kind: "error"; message: string } | { kind: "ready"; changes: ReviewChangeEntry[] };

function Change({ change }: { change: ReviewChangeEntry }) {
  const statusChanged = change.statusBefore !== change.statusAfter;
  const noteChanged = change.noteBefore !== change.noteAfter;
  return (
    <li className="py-1">
      <span className="font-medium text-zinc-900">{change.by}</span> · <FormattedDate iso={change.at} />
      {statusChanged && (
        <span>
          {" "}
          · {STATUS_LABELS[change.statusBefore]} → {STATUS_LABELS[change.statusAfter]}
        </span>
      )}
      {!statusChanged && !noteChanged && <span> · {STATUS_LABELS[change.statusAfter]} again</span>}
      {noteChanged && (
        <div className="mt-0.5 grid gap-1 text-xs sm:grid-cols-2">
          <p className="whitespace-pre-wrap text-zinc-600">
            <span className="font-semibold">Note before:</span> {change.noteBefore || "none"}
          </p>
          <p className="whitespace-pre-wrap text-zinc-900">
            <span className="font-semibold">Note after:</span> {change.noteAfter || "none"}
          </p>
        </div>
      )}
    </li>
  );
}

/** Every change of one review, newest first, read when opened (and again when the review changes). */
export function ReviewHistory({ comparisonId, discrepancyKey, version }: { comparisonId: string; discrepancyKey: string; version: number }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: "loading" });
  useEffect(() => {
    let live = true;
    fetch(`/api/comparisons/${encodeURIComponent(comparisonId)}/discrepancies/${encodeURIComponent(discrepancyKey)}/history`)
      .then(async (response) => {
        const body = (await response.json().catch(() => null)) as ReviewChangeEntry[] | { error?: string } | null;
        if (!live) return;
        if (response.ok && Array.isArray(body)) setLoaded({ kind: "ready", changes: body });
        else setLoaded({ kind: "error", message: (body as { error?: string } | null)?.error ?? `The server answered ${response.status}.` });
      })
      .catch(() => live && setLoaded({ kind: "error", message: "The server could not be reached." }));
    return () => {
      live = false;
    };
  }, [comparisonId, discrepancyKey, version]);

  if (loaded.kind === "loading") return <p className="text-xs text-zinc-600">Loading the history…</p>;
  if (loaded.kind === "error") return <p className="text-xs font-medium text-red-800">The history could not be read: {loaded.message}</p>;
  if (!loaded.changes.length) return <p className="text-xs text-zinc-600">Nobody has reviewed this yet.</p>;
  return (
    <ol aria-label="Review history" data-review-history className="divide-y divide-zinc-200 text-xs text-zinc-700">
      {loaded.changes.map((change) => (
        <Change key={change.version} change={change} />
      ))}
    </ol>
  );
}
