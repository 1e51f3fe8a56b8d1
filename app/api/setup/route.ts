import { refuseCrossOrigin } from "@/lib/auth/access";
import { createUser, UserError } from "@/lib/auth/users";
import { errorResponse, readJsonBody } from "@/lib/intake";
import { firstAdminSchema } from "@/lib/validations/user";

export const runtime = "nodejs";

/** First start: the first visitor creates the admin account. Refused once any account exists. */
export async function POST(request: Request) {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  try {
    const body = await readJsonBody(request, firstAdminSchema);
    const user = await createUser({ ...body, role: "admin" }, { onlyIfFirst: true });
    return Response.json(user, { status: 201 });
  } catch (err) {
    if (err instanceof UserError) return Response.json({ error: err.message }, { status: err.status });
    return errorResponse(err, "creating the first account");
  }
}
