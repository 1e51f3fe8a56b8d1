import { connection } from "next/server";
import { ComparisonList } from "@/components/home/comparison-list";
import { Pagination } from "@/components/home/pagination";
import { SearchForm } from "@/components/home/search-form";
import { ButtonLink } from "@/components/ui/button";
import { requirePageActor } from "@/lib/auth/page";
import { hasRole } from "@/lib/auth/roles";
import { listComparisons } from "@/lib/comparisons";
import { logServerError } from "@/lib/intake";
import { listQuerySchema } from "@/lib/validations/comparison";

const PAGE_SIZE = 20;

export default async function HomePage(props: PageProps<"/">) {
  await connection(); // the list lives in the database: render per request, never at build time
  const params = await props.searchParams;
  const here = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === "string")).toString();
  const actor = await requirePageActor(here ? `/?${here}` : "/");
  // A hand-edited URL with a bad page or an overlong search falls back to the first page of everything.
  const parsed = listQuerySchema.safeParse({ q: typeof params.q === "string" ? params.q : undefined, page: typeof params.page === "string" ? params.page : undefined });
  const { q, page } = parsed.success ? parsed.data : { q: "", page: 1 };
  const list = await listComparisons({ query: q, page, perPage: PAGE_SIZE }).catch((err: unknown) => {
    logServerError("listing the comparisons for the home page", err);
    throw new Error("The saved comparisons could not be read.");
  });
  const canEdit = hasRole(actor.role, "editor");

  return (
    <div className="mx-auto w-full max-w-4xl px-4 py-8 sm:px-6">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">Comparisons</h1>
          <p className="mt-1 text-sm text-zinc-700">
            Several versions of one story, aligned paragraph by paragraph, with the details that conflict.
          </p>
        </div>
        {canEdit && (
          <ButtonLink href="/new" variant="primary">
            New comparison
          </ButtonLink>
        )}
      </div>
      <SearchForm query={q} total={list.total} />
      <ComparisonList comparisons={list.items} query={q} canEdit={canEdit} />
      <Pagination page={list.page} pageCount={list.pageCount} query={q} />
    </div>
  );
}
