import { authorize } from "@/lib/auth/access";
import { deleteComparison, getComparison, renameComparison } from "@/lib/comparisons";
import { errorResponse, readJsonBody } from "@/lib/intake";
import { renameSchema } from "@/lib/validations/comparison";

export const runtime = "nodejs";

/** One comparison: what it is (with its sources), the engine's report, and the reviews so far. */
export async function GET(request: Request, ctx: RouteContext<"/api/comparisons/[id]">) {
  const actor = await authorize(request, "viewer");
  if (actor instanceof Response) return actor;
  const { id } = await ctx.params;
  try {
    const stored = await getComparison(id);
    if (!stored) return Response.json({ error: NOT_FOUND }, { status: 404 });
    const { comparison, sources, report, reviews } = stored;
    return Response.json({ comparison: { ...comparison, sources }, report, reviews });
  } catch (err) {
    return errorResponse(err, "reading the comparison");
  }
}

const NOT_FOUND = "There is no comparison with this id.";

/** `PATCH {title}` (editor): renames it; searching finds it under the new title at once. */
export async function PATCH(request: Request, ctx: RouteContext<"/api/comparisons/[id]">) {
  const actor = await authorize(request, "editor");
  if (actor instanceof Response) return actor;
  const { id } = await ctx.params;
  try {
    const { title } = await readJsonBody(request, renameSchema);
    const renamed = await renameComparison(id, title);
    if (!renamed) return Response.json({ error: NOT_FOUND }, { status: 404 });
    return Response.json(renamed);
  } catch (err) {
    return errorResponse(err, "renaming the comparison");
  }
}

/** `DELETE` (editor): the comparison, its sources, report, reviews and their history, for everyone. */
export async function DELETE(request: Request, ctx: RouteContext<"/api/comparisons/[id]">) {
  const actor = await authorize(request, "editor");
  if (actor instanceof Response) return actor;
  const { id } = await ctx.params;
  try {
    if (!(await deleteComparison(id))) return Response.json({ error: NOT_FOUND }, { status: 404 });
    return new Response(null, { status: 204 });
  } catch (err) {
    return errorResponse(err, "deleting the comparison");
  }
}
