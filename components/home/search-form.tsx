import Link from "next/link";
import { plural } from "@/components/plural";
import { buttonClasses } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";

/** A plain GET form: the search lives in the URL (?q=), so it can be bookmarked and works without script. */
export function SearchForm({ query, total }: { query: string; total: number }) {
  return (
    <form role="search" action="/" className="mb-4 flex flex-wrap items-center gap-2">
      <label htmlFor="comparison-search" className="sr-only">
        Search titles, source names and text
      </label>
      <TextInput
        id="comparison-search"
        name="q"
        type="search"
        defaultValue={query}
        maxLength={200}
        placeholder="Search titles, source names and text"
        className="w-auto min-w-0 flex-1"
      />
      <button type="submit" className={buttonClasses("secondary")}>
        Search
      </button>
      {query && (
        <p role="status" className="w-full text-sm text-zinc-700" data-search-summary>
          {plural(total, "comparison")} match “{query}”.{" "}
          <Link href="/" className="text-blue-800 underline underline-offset-2">
            Show all
          </Link>
        </p>
      )}
    </form>
  );
}
