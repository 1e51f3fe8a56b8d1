import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

function href(page: number, query: string): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/?${search}` : "/";
}

/** Previous / next through the list, keeping the search. */
export function Pagination({ page, pageCount, query }: { page: number; pageCount: number; query: string }) {
  if (pageCount <= 1 && page <= 1) return null;
  return (
    <nav aria-label="Pages of comparisons" className="mt-4 flex items-center justify-between gap-4 text-sm text-zinc-700">
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pageCount), query)} className={buttonClasses("secondary", "sm")} rel="prev">
          Previous
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1, query)} className={buttonClasses("secondary", "sm")} rel="next">
          Next
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
