import { authorize } from "@/lib/auth/access";
import { errorResponse } from "@/lib/intake";
import { reviewHistory } from "@/lib/reviews";

export const runtime = "nodejs";

/** Every change of one discrepancy's review, newest first: who, when, status and note before and after. */
export async function GET(request: Request, ctx: RouteContext<"/api/comparisons/[id]/discrepancies/[key]/history">) {
  const actor = await authorize(request, "viewer");
  if (actor instanceof Response) return actor;
  const { id, key } = await ctx.params;
  try {
    const history = await reviewHistory(id, key);
    if (!history) return Response.json({ error: "There is no comparison with this id." }, { status: 404 });
    return Response.json(history, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    return errorResponse(err, "reading the review's history");
  }
}
