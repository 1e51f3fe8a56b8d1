import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { ComparisonView } from "@/components/comparison/comparison-view";
import type { SourceWithOrigin } from "@/components/comparison/source-header";
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
  const stored = await load((await props.params).id);
  return { title: stored?.comparison.title ?? "Comparison not found" };
}

export default async function ComparisonPage(props: PageProps<"/comparisons/[id]">) {
  const { id } = await props.params;
  const stored = await load(id);
  if (!stored) notFound();
  const { comparison, report, reviews } = stored;
  // Where a fetched source came from, shown in its column's head.
  const fetchedFrom = new Map(stored.sources.map((s) => [s.name, s.finalUrl ?? undefined]));
  const sources: SourceWithOrigin[] = report.sources.map((s) => ({ ...s, finalUrl: fetchedFrom.get(s.name) }));
  return (
    <ComparisonView
      comparison={{ id: comparison.id, title: comparison.title, createdAt: comparison.createdAt }}
      report={{ ...report, sources }}
      reviews={reviews}
    />
  );
}
