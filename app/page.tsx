import { connection } from "next/server";
import { ComparisonList } from "@/components/home/comparison-list";
import { ButtonLink } from "@/components/ui/button";
import { requirePageActor } from "@/lib/auth/page";
import { hasRole } from "@/lib/auth/roles";
import { listComparisons } from "@/lib/comparisons";
import { logServerError } from "@/lib/intake";

export default async function HomePage() {
  await connection(); // the list lives in the database: render per request, never at build time
  const actor = await requirePageActor("/");
  const comparisons = await listComparisons().catch((err: unknown) => {
    logServerError("listing the comparisons for the home page", err);
    throw new Error("The saved comparisons could not be read.");
  });

  return (
    <div className="mx-auto w-full max-w-4xl px-4 py-8 sm:px-6">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">Comparisons</h1>
          <p className="mt-1 text-sm text-zinc-700">
            Several versions of one story, aligned paragraph by paragraph, with the details that conflict.
          </p>
        </div>
        {hasRole(actor.role, "editor") && (
          <ButtonLink href="/new" variant="primary">
            New comparison
          </ButtonLink>
        )}
      </div>
      <ComparisonList comparisons={comparisons} />
    </div>
  );
}
