/**
 * Failed sign-ins are limited per address and per email (a fixed window, in this process's memory:
 * one server process serves Parallax). Per email too, because an address can be forged or shared;
 * successful sign-ins don't count, so a newsroom behind one address is not locked out by its own use.
 */

const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_ADDRESS = 20;

const failures = new Map<string, { count: number; resetAt: number }>();

function current(key: string, now: number) {
  const entry = failures.get(key);
  if (!entry || entry.resetAt <= now) return null;
  return entry;
}

function keys(address: string, email: string) {
  return [
    { key: `address:${address}`, max: MAX_FAILURES_PER_ADDRESS },
    { key: `email:${email.trim().toLowerCase()}`, max: MAX_FAILURES_PER_EMAIL },
  ];
}

/** Seconds until another attempt is allowed, or 0 when one is allowed now. */
export function signInBlockedFor(address: string, email: string, now = Date.now()): number {
  let wait = 0;
  for (const { key, max } of keys(address, email)) {
    const entry = current(key, now);
    if (entry && entry.count >= max) wait = Math.max(wait, Math.ceil((entry.resetAt - now) / 1000));
  }
  return wait;
}

export function recordFailedSignIn(address: string, email: string, now = Date.now()): void {
  if (failures.size > 100_000) failures.clear(); // a flood of forged addresses must not grow memory without end
  for (const { key } of keys(address, email)) {
    const entry = current(key, now) ?? { count: 0, resetAt: now + WINDOW_MS };
    entry.count += 1;
    failures.set(key, entry);
  }
}

export function tooManySignIns(seconds: number): Response {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return Response.json(
    { error: `Too many failed sign-ins; try again in ${minutes} minute${minutes === 1 ? "" : "s"}.` },
    { status: 429, headers: { "Retry-After": String(seconds) } },
  );
}

/** The caller's address as Next passes it on (the socket's, unless a proxy in front set it). */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0].trim() || "unknown";
}

/** For tests. */
export function resetSignInLimits(): void {
  failures.clear();
}
