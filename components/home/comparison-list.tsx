import Link from "next/link";
import { FormattedDate } from "@/components/formatted-date";
import { plural } from "@/components/plural";
import type { ComparisonSummary } from "@/lib/comparisons";
import { MATCH_END, MATCH_START } from "@/lib/search-query";
import { ComparisonActions } from "./comparison-actions";

/** The search excerpt with the matching words marked (the marks come from SQLite's snippet()). */
function Excerpt({ text }: { text: string }) {
  const parts = text.split(new RegExp(`${MATCH_START}|${MATCH_END}`));
  return (
    <p className="w-full text-sm text-zinc-700" data-search-excerpt>
      {parts.map((part, i) => (i % 2 ? <mark key={i}>{part}</mark> : part))}
    </p>
  );
}

export function ComparisonList({ comparisons, query = "", canEdit = false }: { comparisons: ComparisonSummary[]; query?: string; canEdit?: boolean }) {
  if (!comparisons.length) {
    return (
      <p className="rounded-md border border-dashed border-zinc-300 p-6 text-center text-zinc-700">
        {query ? `No comparison matches “${query}”.` : "No comparisons yet. Start one with “New comparison”."}
      </p>
    );
  }
  return (
    <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-200 bg-white" aria-label="Saved comparisons">
      {comparisons.map((c) => (
        // The link is named by the title alone; its ::after covers the row, so the whole row clicks.
        <li key={c.id} className="relative flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 px-4 py-3 hover:bg-zinc-50">
          <Link
            href={`/comparisons/${c.id}`}
            className="font-medium text-blue-800 underline-offset-2 after:absolute after:inset-0 hover:underline"
          >
            {c.title}
          </Link>
          <span className="flex flex-wrap items-baseline gap-x-4 text-sm text-zinc-700">
            <span>{plural(c.sourceCount, "source")}</span>
            <span className={c.substantiveCount ? "font-medium text-red-800" : undefined}>
              {plural(c.substantiveCount, "substantive difference")}
            </span>
            <FormattedDate iso={c.createdAt} />
            {c.createdBy && <span data-created-by>created by {c.createdBy}</span>}
            {canEdit && <ComparisonActions id={c.id} title={c.title} />}
          </span>
          {query && c.excerpt && <Excerpt text={c.excerpt} />}
        </li>
      ))}
    </ul>
  );
}
