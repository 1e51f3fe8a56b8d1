import type { Metadata } from "next";
import { NewComparisonForm } from "@/components/new/new-comparison-form";

export const metadata: Metadata = { title: "New comparison" };

export default function NewComparisonPage() {
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
