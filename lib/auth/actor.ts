import { BOOTSTRAP_ACTOR_NAME } from "@/lib/auth/actor-name";
import { auth, SESSION_COOKIE } from "@/lib/auth/better-auth";
import { isRole, type Role } from "@/lib/auth/roles";
import { isBootstrapToken, userForApiToken } from "@/lib/auth/tokens";

/** Who is asking: a signed-in person, a person's token, or the bootstrap token (automation). */
export interface Actor {
  /** null for the bootstrap token, which belongs to no account. */
  id: string | null;
  name: string;
  email: string | null;
  role: Role;
  via: "session" | "token" | "bootstrap";
}


export type Identified = { actor: Actor } | { actor: null; reason: "anonymous" | "bad-token" };

function bearerToken(headers: Headers): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  return match ? match[1] : null;
}

export function hasSessionCookie(headers: Headers): boolean {
  return (headers.get("cookie") ?? "").includes(SESSION_COOKIE);
}

/**
 * A bearer token wins over a cookie: a script says who it is explicitly. A token that matches
 * nothing is an error of its own (not a fall back to the cookie), so a revoked token fails loudly.
 */
export async function identify(headers: Headers): Promise<Identified> {
  const token = bearerToken(headers);
  if (token !== null) {
    if (isBootstrapToken(token)) return { actor: { id: null, name: BOOTSTRAP_ACTOR_NAME, email: null, role: "admin", via: "bootstrap" } };
    const user = await userForApiToken(token);
    if (!user) return { actor: null, reason: "bad-token" };
    return { actor: { id: user.id, name: user.name, email: user.email, role: isRole(user.role) ? user.role : "viewer", via: "token" } };
  }
  if (!hasSessionCookie(headers)) return { actor: null, reason: "anonymous" };
  const session = await auth.api.getSession({ headers });
  if (!session) return { actor: null, reason: "anonymous" };
  const { user } = session;
  const role = (user as { role?: unknown }).role;
  return { actor: { id: user.id, name: user.name, email: user.email, role: isRole(role) ? role : "viewer", via: "session" } };
}
