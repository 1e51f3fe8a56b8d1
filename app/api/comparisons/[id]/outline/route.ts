import { authorize } from "@/lib/auth/access";
import { getOutlineJson } from "@/lib/comparison-view";
import { errorResponse } from "@/lib/intake";

export const runtime = "nodejs";

/**
 * The reading view's outline of a comparison (sources, counts, every difference's readings), sent
 * as stored: the page renders its first screen from part of it and fetches the rest here.
 */
export async function GET(request: Request, ctx: RouteContext<"/api/comparisons/[id]/outline">) {
  const actor = await authorize(request, "viewer");
  if (actor instanceof Response) return actor;
  const { id } = await ctx.params;
  try {
    const json = await getOutlineJson(id);
    if (!json) return Response.json({ error: "There is no comparison with this id." }, { status: 404 });
    return new Response(json, { headers: { "content-type": "application/json; charset=utf-8" } });
  } catch (err) {
    return errorResponse(err, "reading the comparison's outline");
  }
}
