"use client";

import { useState, type MouseEvent } from "react";
import { EXPORT_FORMATS, EXPORT_SCOPES, type ExportFormat, type ExportScope } from "@/lib/export/types";
import { useReviewStore } from "./use-reviews";

const FORMAT_LABEL: Record<ExportFormat, string> = { csv: "CSV", json: "JSON", md: "Markdown", html: "HTML", pdf: "PDF" };
const SCOPE_LABEL: Record<ExportScope, string> = { all: "All differences", substantive: "Substantive only", confirmed: "Confirmed only" };

export function exportUrl(comparisonId: string, format: ExportFormat, scope: ExportScope): string {
  return `/api/comparisons/${encodeURIComponent(comparisonId)}/export?format=${format}&scope=${scope}`;
}

/**
 * Download links for the report and its reviews. They are plain links (they work with no script);
 * with a note still being typed or a save pending, a click first waits for it to reach the server
 * so the file has it.
 */
export function ExportLinks({ comparisonId }: { comparisonId: string }) {
  const store = useReviewStore();
  const [scope, setScope] = useState<ExportScope>("all");
  const [message, setMessage] = useState("");

  async function beforeDownload(event: MouseEvent<HTMLAnchorElement>) {
    if (store.unsavedCount() === 0) return setMessage("");
    event.preventDefault();
    const href = event.currentTarget.href;
    setMessage("Saving your last changes first…");
    if (!(await store.settle(8_000))) {
      setMessage("Not exported: some reviews are not saved yet (retrying). Export again once they are saved.");
      return;
    }
    setMessage("");
    const link = Object.assign(document.createElement("a"), { href, download: "" });
    document.body.append(link);
    link.click();
    link.remove();
  }

  return (
    <div role="group" aria-labelledby="export-label" className="flex flex-wrap items-center gap-1.5">
      <span id="export-label" className="text-sm font-medium text-zinc-900">
        Export
      </span>
      <label htmlFor="export-scope" className="sr-only">
        Which differences to export
      </label>
      <select
        id="export-scope"
        value={scope}
        onChange={(e) => setScope(e.target.value as ExportScope)}
        className="rounded-md border border-zinc-400 bg-white px-2 py-1 text-sm text-zinc-900"
      >
        {EXPORT_SCOPES.map((s) => (
          <option key={s} value={s}>
            {SCOPE_LABEL[s]}
          </option>
        ))}
      </select>
      {EXPORT_FORMATS.map((format) => (
        <a
          key={format}
          href={exportUrl(comparisonId, format, scope)}
          download
          onClick={beforeDownload}
          data-export-format={format}
          className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm font-medium text-zinc-900 hover:bg-zinc-100"
        >
          {FORMAT_LABEL[format]}
        </a>
      ))}
      <p role="status" className="w-full text-sm text-zinc-700 empty:hidden">
        {message}
      </p>
    </div>
  );
}
