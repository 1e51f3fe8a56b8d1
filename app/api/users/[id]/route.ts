import { authorize } from "@/lib/auth/access";
import { setRole, UserError } from "@/lib/auth/users";
import { errorResponse, readJsonBody } from "@/lib/intake";
import { roleChangeSchema } from "@/lib/validations/user";

export const runtime = "nodejs";

/** `PATCH /api/users/<id> {role}` (admin). */
export async function PATCH(request: Request, ctx: RouteContext<"/api/users/[id]">) {
  const actor = await authorize(request, "admin");
  if (actor instanceof Response) return actor;
  const { id } = await ctx.params;
  try {
    const { role } = await readJsonBody(request, roleChangeSchema);
    const user = await setRole(id, role);
    if (!user) return Response.json({ error: "There is no user with this id." }, { status: 404 });
    return Response.json(user);
  } catch (err) {
    if (err instanceof UserError) return Response.json({ error: err.message }, { status: err.status });
    return errorResponse(err, "changing the role");
  }
}
