import { authorize, refuseCrossOrigin } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { clientAddress, recordFailedSignIn, signInBlockedFor, tooManySignIns } from "@/lib/auth/sign-in-limit";
import { createApiToken } from "@/lib/auth/tokens";
import { verifyCredentials } from "@/lib/auth/users";
import { errorResponse, readJsonBody } from "@/lib/intake";
import { newTokenSchema } from "@/lib/validations/user";

export const runtime = "nodejs";

function basicCredentials(headers: Headers): { email: string; password: string } | null {
  const match = /^Basic\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  if (!match) return null;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? null : { email: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** HTTP Basic `email:password`, limited like any sign-in; else the session or token already held. */
async function tokenOwner(request: Request): Promise<{ id: string } | Response> {
  const basic = basicCredentials(request.headers);
  if (!basic) {
    const actor: Actor | Response = await authorize(request, "viewer");
    if (actor instanceof Response) return actor;
    if (!actor.id) return Response.json({ error: "The bootstrap token belongs to no account; sign in as a person to make a personal token." }, { status: 400 });
    return { id: actor.id };
  }
  const address = clientAddress(request.headers);
  const wait = signInBlockedFor(address, basic.email);
  if (wait) return tooManySignIns(wait);
  const user = await verifyCredentials(basic.email, basic.password);
  if (!user) {
    recordFailedSignIn(address, basic.email);
    return Response.json({ error: "The email or password is wrong." }, { status: 401, headers: { "WWW-Authenticate": 'Basic realm="Parallax"' } });
  }
  return { id: user.id };
}

/**
 * `POST /api/tokens` → 201 `{ token }`: a personal bearer token with the owner's role, shown this
 * once (only its hash is kept). Send it as `Authorization: Bearer <token>` to any API route or page.
 */
export async function POST(request: Request) {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  try {
    const owner = await tokenOwner(request);
    if (owner instanceof Response) return owner;
    const { name } = await readJsonBody(request, newTokenSchema);
    const { id, token } = await createApiToken(owner.id, name ?? "");
    return Response.json({ id, token }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    return errorResponse(err, "making a token");
  }
}
