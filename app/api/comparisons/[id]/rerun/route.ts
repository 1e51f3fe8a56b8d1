import { authorize } from "@/lib/auth/access";
import { rateLimited } from "@/lib/rate-limit";
import { getComparison, rerunComparison } from "@/lib/comparisons";
import { errorResponse, readJsonBody } from "@/lib/intake";
import { mergeRerunOptions, rerunProblem, rerunSchema } from "@/lib/validations/comparison";

export const runtime = "nodejs";

/**
 * Re-runs the engine on the stored sources: `primary` replaces the primary source, `restore` adds
 * removed blocks to the ones already put back. The new report replaces the old; reviews stay.
 */
export async function POST(request: Request, ctx: RouteContext<"/api/comparisons/[id]/rerun">) {
  const actor = await authorize(request, "editor");
  if (actor instanceof Response) return actor;
  const limited = rateLimited(request, "rerun");
  if (limited) return limited;
  const { id } = await ctx.params;
  try {
    const body = await readJsonBody(request, rerunSchema);
    const stored = await getComparison(id);
    if (!stored) return Response.json({ error: "There is no comparison with this id." }, { status: 404 });
    const problem = rerunProblem(body, stored.report, stored.comparison.options);
    if (problem) return Response.json({ error: problem }, { status: 400 });
    const rerun = await rerunComparison(id, mergeRerunOptions(stored.comparison.options, body));
    if (!rerun) return Response.json({ error: "There is no comparison with this id." }, { status: 404 });
    // The report itself is read back with GET /api/comparisons/<id>; it can be very large.
    return Response.json({ id, url: `/comparisons/${id}`, substantiveCount: rerun.substantiveCount, discrepancyCount: rerun.discrepancyCount });
  } catch (err) {
    return errorResponse(err, "re-running the comparison");
  }
}
