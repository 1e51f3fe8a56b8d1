import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { ComparisonView } from "@/components/comparison/comparison-view";
import { ReviewerProvider } from "@/components/review";
import { requirePageActor } from "@/lib/auth/page";
import { hasRole, refusalFor } from "@/lib/auth/roles";
import { getComparison } from "@/lib/comparisons";
import { logServerError } from "@/lib/intake";

/** One read per request, shared by the metadata and the page. */
const load = cache(async (id: string) => {
  await connection(); // stored data: render per request, never at build time
  try {
    return await getComparison(id);
  } catch (err) {
    logServerError(`reading comparison ${id}`, err);
    throw new Error("The comparison could not be read.");
  }
});

export async function generateMetadata(props: PageProps<"/comparisons/[id]">): Promise<Metadata> {
  const { id } = await props.params;
  await requirePageActor(`/comparisons/${id}`);
  const stored = await load(id);
  return { title: stored?.comparison.title ?? "Comparison not found" };
}

export default async function ComparisonPage(props: PageProps<"/comparisons/[id]">) {
  const { id } = await props.params;
  const actor = await requirePageActor(`/comparisons/${id}`);
  const stored = await load(id);
  if (!stored) notFound();
  const canReview = hasRole(actor.role, "reviewer");
  const reviewer = { name: actor.name, canReview, refusal: canReview ? undefined : refusalFor(actor.role, "reviewer") };
  const { comparison, report, reviews } = stored;
  return (
    <ReviewerProvider reviewer={reviewer}>
      <ComparisonView
        comparison={{ id: comparison.id, title: comparison.title, createdAt: comparison.createdAt }}
        report={report}
        reviews={reviews}
      />
    </ReviewerProvider>
  );
}
