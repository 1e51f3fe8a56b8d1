import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { ComparisonView } from "@/components/comparison/comparison-view";
import { firstScreenOutline } from "@/components/comparison/first-screen";
import { parseViewState, shownSources, type SearchParams, type ViewState } from "@/components/comparison/view-state";
import { ReviewerProvider } from "@/components/review";
import { requirePageActor } from "@/lib/auth/page";
import { hasRole, refusalFor } from "@/lib/auth/roles";
import { getComparisonView } from "@/lib/comparison-view";
import { logServerError } from "@/lib/intake";

/** One read per request, shared by the metadata and the page. */
const load = cache(async (id: string, query: string) => {
  await connection(); // stored data: render per request, never at build time
  const params = Object.fromEntries(new URLSearchParams(query)) as SearchParams;
  let state: ViewState | undefined;
  try {
    const view = await getComparisonView(id, {
      around: params.d as string | undefined,
      sources: (outline) => {
        const ids = outline.sources.map((s) => s.id);
        state = parseViewState(params, ids);
        // The heat map reads the primary alone; a phone reads one version (the server can't tell: the shown ones).
        return state.mode === "heat" ? [outline.primary] : [...new Set([...shownSources(state, ids, outline.primary), state.phoneSource ?? outline.primary])];
      },
    });
    return view && { ...view, state: state! };
  } catch (err) {
    logServerError(`reading comparison ${id}`, err);
    throw new Error("The comparison could not be read.");
  }
});

async function read(props: PageProps<"/comparisons/[id]">) {
  const [{ id }, searchParams] = await Promise.all([props.params, props.searchParams]);
  await requirePageActor(`/comparisons/${id}`);
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) if (typeof value === "string") query.set(key, value);
  return load(id, query.toString());
}

export async function generateMetadata(props: PageProps<"/comparisons/[id]">): Promise<Metadata> {
  const view = await read(props);
  return { title: view?.comparison.title ?? "Comparison not found" };
}

export default async function ComparisonPage(props: PageProps<"/comparisons/[id]">) {
  const view = await read(props);
  if (!view) notFound();
  // The reviewer is whoever is signed in; their role decides whether the review controls are live.
  const actor = await requirePageActor(`/comparisons/${view.comparison.id}`);
  const canReview = hasRole(actor.role, "reviewer");
  const reviewer = { name: actor.name, canReview, refusal: canReview ? undefined : refusalFor(actor.role, "reviewer") };
  const outline = firstScreenOutline(view.outline, view.state, view.page);
  return (
    <ReviewerProvider reviewer={reviewer}>
      <ComparisonView
        // A re-run (another primary, a block put back) is a new report: start its view afresh.
        key={view.comparison.updatedAt}
        comparison={view.comparison}
        outline={outline}
        complete={outline === view.outline}
        page={view.page}
        pageSources={view.pageSources}
        reviews={view.reviews}
        initialState={view.state}
      />
    </ReviewerProvider>
  );
}
