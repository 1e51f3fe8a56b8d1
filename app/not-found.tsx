import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

/** Unknown paths and unknown comparison ids both end here (the page calls notFound()). */
export default function NotFound() {
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-16 text-center sm:px-6">
      <p className="text-sm font-semibold text-zinc-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-zinc-900">Page not found</h1>
      <p className="mt-3 text-zinc-700">
        There is nothing at this address. The comparison may have been deleted, or the link may be mistyped.
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <ButtonLink href="/" variant="primary">
          All comparisons
        </ButtonLink>
        <ButtonLink href="/new">New comparison</ButtonLink>
      </div>
    </div>
  );
}
