import { authorize } from "@/lib/auth/access";
import { getRowPage } from "@/lib/comparison-view";
import { errorResponse } from "@/lib/intake";
import { firstIssue } from "@/lib/validations/comparison";
import { rowsQuerySchema } from "@/lib/validations/rows";

export const runtime = "nodejs";

/** A page of a comparison's aligned rows, for the reading view as the reader scrolls. */
export async function GET(request: Request, ctx: RouteContext<"/api/comparisons/[id]/rows">) {
  const actor = await authorize(request, "viewer");
  if (actor instanceof Response) return actor;
  const { id } = await ctx.params;
  const parsed = rowsQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: firstIssue(parsed.error).message }, { status: 400 });
  try {
    const page = await getRowPage(id, parsed.data);
    if (!page) return Response.json({ error: "There is no comparison with this id." }, { status: 404 });
    return Response.json(page);
  } catch (err) {
    return errorResponse(err, "reading the comparison's rows");
  }
}
