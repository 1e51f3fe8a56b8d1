import { hasSessionCookie, identify, type Actor } from "@/lib/auth/actor";
import { CROSS_ORIGIN_REFUSAL, sameOriginAllowed } from "@/lib/auth/origin";
import { hasRole, refusalFor, type Role } from "@/lib/auth/roles";

/**
 * The one gate every API route passes first: the origin check on state-changing requests (whatever
 * the credentials), then who is asking, then whether their role allows it. Returns the actor, or the
 * answer to send instead (403 cross-origin, 401 nobody, 403 not allowed), each with a sentence.
 */
export async function authorize(request: Request, needed: Role): Promise<Actor | Response> {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  const identified = await identify(request.headers);
  if (!identified.actor) {
    const error =
      identified.reason === "bad-token"
        ? "The bearer token is not valid (it may have been revoked); make a new one with POST /api/tokens."
        : "Sign in first, or send a bearer token (Authorization: Bearer …) made with POST /api/tokens.";
    return Response.json({ error }, { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="Parallax"' } });
  }
  if (!hasRole(identified.actor.role, needed)) {
    return Response.json({ error: refusalFor(identified.actor.role, needed) }, { status: 403 });
  }
  return identified.actor;
}

/** The origin check alone, for routes that sign people in (they have no actor yet). */
export function refuseCrossOrigin(request: Request): Response | null {
  if (sameOriginAllowed(request.method, request.headers, hasSessionCookie(request.headers))) return null;
  return Response.json({ error: CROSS_ORIGIN_REFUSAL }, { status: 403 });
}
