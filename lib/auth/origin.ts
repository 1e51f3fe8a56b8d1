/**
 * Cross-site request forgery guard: a state-changing request must come from a page of this app.
 * Browsers send `Origin` on every cross-origin POST/PUT/PATCH/DELETE (and on same-origin ones that
 * are not GET/HEAD), `Referer` otherwise unless a policy strips it. A request with neither comes from
 * a script, not a page: it is let through only when no session cookie rides along, because then it
 * carries its own credentials (a bearer token, Basic) and no ambient authority to abuse.
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const CROSS_ORIGIN_REFUSAL =
  "This request came from another site, so it was refused: changes can only be made from Parallax's own pages.";

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * The app's own origin: PARALLAX_ORIGIN when the server sits behind a proxy that rewrites Host
 * (a comma-separated list is allowed), else the scheme and Host the request arrived with.
 */
export function ownOrigins(headers: Headers): string[] {
  const configured = process.env.PARALLAX_ORIGIN?.split(",").map((o) => o.trim().replace(/\/+$/, "")).filter(Boolean);
  if (configured?.length) return configured;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return [];
  const proto = (headers.get("x-forwarded-proto") ?? "http").split(",")[0].trim();
  return [`${proto}://${host}`];
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** True when a state-changing request may proceed as far as its origin is concerned. */
export function sameOriginAllowed(method: string, headers: Headers, hasSessionCookie: boolean): boolean {
  if (!isStateChanging(method)) return true;
  const own = ownOrigins(headers);
  const origin = headers.get("origin");
  if (origin !== null) return own.includes(origin);
  const referer = headers.get("referer");
  if (referer !== null) {
    const from = originOf(referer);
    return from !== null && own.includes(from);
  }
  return !hasSessionCookie;
}
