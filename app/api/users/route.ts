import { authorize } from "@/lib/auth/access";
import { createUser, listUsers, UserError } from "@/lib/auth/users";
import { errorResponse, readJsonBody } from "@/lib/intake";
import { newUserSchema } from "@/lib/validations/user";

export const runtime = "nodejs";

/** Everyone with an account (admin). */
export async function GET(request: Request) {
  const actor = await authorize(request, "admin");
  if (actor instanceof Response) return actor;
  try {
    return Response.json(await listUsers());
  } catch (err) {
    return errorResponse(err, "listing the users");
  }
}

/** `POST /api/users {email, name, role, password}` (admin) → 201 with the account (no password). */
export async function POST(request: Request) {
  const actor = await authorize(request, "admin");
  if (actor instanceof Response) return actor;
  try {
    const user = await createUser(await readJsonBody(request, newUserSchema));
    return Response.json(user, { status: 201 });
  } catch (err) {
    if (err instanceof UserError) return Response.json({ error: err.message }, { status: err.status });
    return errorResponse(err, "adding the user");
  }
}
