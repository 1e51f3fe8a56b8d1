import type { Metadata } from "next";
import { NotAllowed } from "@/components/auth/not-allowed";
import { NewComparisonForm } from "@/components/new/new-comparison-form";
import { requirePageActor } from "@/lib/auth/page";
import { hasRole } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "New comparison" };

export default async function NewComparisonPage() {
  const actor = await requirePageActor("/new");
  if (!hasRole(actor.role, "editor")) return <NotAllowed role={actor.role} needed="editor" />;
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">New comparison</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-700">
        Upload or paste between 2 and 50 versions of one story. Parallax strips page clutter, lines the versions up
        paragraph by paragraph and marks the details that conflict.
      </p>
      <NewComparisonForm />
    </div>
  );
}
