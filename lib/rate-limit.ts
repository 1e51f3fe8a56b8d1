import { createHash } from "node:crypto";

/**
 * Per-user rate limits for the requests that make the server work: uploads, re-runs and exports.
 * A token bucket per user and action: `perMinute` requests a minute on average, up to `perMinute`
 * at once after a quiet spell; past it, 429 with Retry-After (when the next one is allowed).
 *
 * Who "the user" is: the bearer token when there is one, else the session cookie, else the client's
 * address (X-Forwarded-For, which Next sets from the socket; behind a proxy, the proxy's value).
 * Keys are hashed, so no token is kept in memory in the clear. One process, one table: enough for
 * the single-server deployments Parallax is made for.
 */
export type LimitedAction = "upload" | "rerun" | "export";

const ENV: Record<LimitedAction, string> = {
  upload: "PARALLAX_RATE_UPLOADS_PER_MIN",
  rerun: "PARALLAX_RATE_RERUNS_PER_MIN",
  export: "PARALLAX_RATE_EXPORTS_PER_MIN",
};
/** An editor uploads a few versions a minute at most; a script in a loop is what this stops. */
const DEFAULT_PER_MINUTE: Record<LimitedAction, number> = { upload: 20, rerun: 30, export: 30 };
const WORDS: Record<LimitedAction, string> = { upload: "new comparisons", rerun: "re-runs", export: "exports" };
/** Buckets idle this long are full again and can be forgotten. */
const FORGET_AFTER_MS = 10 * 60_000;

/** Requests a minute for an action; 0 (PARALLAX_RATE_…=0) turns its limit off. */
export function perMinute(action: LimitedAction, env: Record<string, string | undefined> = process.env): number {
  const raw = env[ENV[action]];
  const n = Number(raw);
  return raw !== undefined && raw.trim() !== "" && Number.isFinite(n) && n >= 0 ? n : DEFAULT_PER_MINUTE[action];
}

interface Bucket {
  tokens: number;
  updated: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes one request from the bucket; returns the seconds to wait when it is empty. */
  take(key: string, limitPerMinute: number): { ok: true } | { ok: false; retryAfter: number } {
    if (limitPerMinute <= 0) return { ok: true };
    const now = this.now();
    this.sweep(now);
    const perMs = limitPerMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: limitPerMinute, updated: now };
    bucket.tokens = Math.min(limitPerMinute, bucket.tokens + (now - bucket.updated) * perMs);
    bucket.updated = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < FORGET_AFTER_MS) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) if (now - bucket.updated > FORGET_AFTER_MS) this.buckets.delete(key);
  }
}

/** Who is asking, as a hashed key: token, else session cookie, else address. */
export function requesterKey(headers: Headers): string {
  const bearer = /^Bearer\s+(\S+)/i.exec(headers.get("authorization") ?? "")?.[1];
  const session = /(?:^|;\s*)((?:__Secure-)?[\w.-]*session[\w.-]*)=([^;]+)/i.exec(headers.get("cookie") ?? "");
  const address = headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown address";
  const who = bearer ? `token ${bearer}` : session ? `session ${session[2]}` : `address ${address}`;
  return createHash("sha256").update(who).digest("base64url").slice(0, 22);
}

// One limiter per server process; on globalThis so dev-mode reloads keep the counts.
const shared = globalThis as unknown as { parallaxRateLimiter?: RateLimiter };

/**
 * The one line a route calls first: undefined when the request may go on, else the 429 to answer
 * (before the body is read, so a flood costs the server next to nothing).
 */
export function rateLimited(request: Request, action: LimitedAction): Response | undefined {
  const limiter = (shared.parallaxRateLimiter ??= new RateLimiter());
  const limit = perMinute(action);
  const verdict = limiter.take(`${action} ${requesterKey(request.headers)}`, limit);
  if (verdict.ok) return undefined;
  return Response.json(
    {
      error: `Too many ${WORDS[action]}: at most ${limit} a minute each. Try again in ${verdict.retryAfter} s.`,
    },
    { status: 429, headers: { "Retry-After": String(verdict.retryAfter) } },
  );
}
