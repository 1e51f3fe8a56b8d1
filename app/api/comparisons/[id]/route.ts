import { authorize } from "@/lib/auth/access";
import { getComparison } from "@/lib/comparisons";
import { errorResponse } from "@/lib/intake";

export const runtime = "nodejs";

/** One comparison: what it is (with its sources), the engine's report, and the reviews so far. */
export async function GET(request: Request, ctx: RouteContext<"/api/comparisons/[id]">) {
  const actor = await authorize(request, "viewer");
  if (actor instanceof Response) return actor;
  const { id } = await ctx.params;
  try {
    const stored = await getComparison(id);
    if (!stored) return Response.json({ error: "There is no comparison with this id." }, { status: 404 });
    const { comparison, sources, report, reviews } = stored;
    return Response.json({ comparison: { ...comparison, sources }, report, reviews });
  } catch (err) {
    return errorResponse(err, "reading the comparison");
  }
}
