import { afterEach, describe, expect, it } from "vitest";
import { perMinute, RateLimiter, requesterKey } from "@/lib/rate-limit";

describe("RateLimiter", () => {
  it("lets a burst of the minute's allowance through, then says how long to wait, and refills", () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    for (let i = 0; i < 6; i++) expect(limiter.take("ed", 6)).toEqual({ ok: true });
    expect(limiter.take("ed", 6)).toEqual({ ok: false, retryAfter: 10 });
    expect(limiter.take("someone else", 6)).toEqual({ ok: true });
    now += 10_000;
    expect(limiter.take("ed", 6)).toEqual({ ok: true });
    expect(limiter.take("ed", 6).ok).toBe(false);
  });

  it("is off at 0 a minute", () => {
    const limiter = new RateLimiter(() => 0);
    for (let i = 0; i < 1_000; i++) expect(limiter.take("ed", 0).ok).toBe(true);
  });
});

describe("requesterKey: per user, else per address", () => {
  const key = (headers: Record<string, string>) => requesterKey(new Headers(headers));

  it("keys by bearer token first, then by session cookie, then by address", () => {
    const address = { "x-forwarded-for": "192.0.2.7" };
    expect(key({ ...address, authorization: "Bearer abc" })).toBe(key({ authorization: "Bearer abc", "x-forwarded-for": "192.0.2.8" }));
    expect(key({ ...address, authorization: "Bearer abc" })).not.toBe(key({ ...address, authorization: "Bearer xyz" }));
    expect(key({ ...address, cookie: "theme=dark; parallax.session_token=s1" })).toBe(key({ cookie: "parallax.session_token=s1" }));
    expect(key({ cookie: "parallax.session_token=s1" })).not.toBe(key({ cookie: "parallax.session_token=s2" }));
    expect(key(address)).toBe(key({ "x-forwarded-for": "192.0.2.7, 10.0.0.1" }));
    expect(key(address)).not.toBe(key({ "x-forwarded-for": "192.0.2.9" }));
  });

  it("keeps no token in the clear", () => {
    expect(key({ authorization: "Bearer secret-token-value" })).not.toContain("secret");
  });
});

describe("limits come from the environment", () => {
  it("reads PARALLAX_RATE_*_PER_MIN, 0 turning a limit off, with defaults for bad values", () => {
    expect(perMinute("upload", {})).toBe(20);
    expect(perMinute("upload", { PARALLAX_RATE_UPLOADS_PER_MIN: "0" })).toBe(0);
    expect(perMinute("rerun", { PARALLAX_RATE_RERUNS_PER_MIN: "5" })).toBe(5);
    expect(perMinute("export", { PARALLAX_RATE_EXPORTS_PER_MIN: "lots" })).toBe(30);
  });
});

describe("POST /api/comparisons past the rate", () => {
  afterEach(() => {
    delete process.env.PARALLAX_RATE_UPLOADS_PER_MIN;
    delete process.env.PARALLAX_BOOTSTRAP_TOKEN;
  });

  it("answers 429 with Retry-After and a sentence before reading the body; other users are not held back", async () => {
    process.env.PARALLAX_RATE_UPLOADS_PER_MIN = "3";
    // The bootstrap token: accepted as an admin wherever the routes ask who is calling.
    process.env.PARALLAX_BOOTSTRAP_TOKEN ??= "rate-limit-test-token";
    const { POST } = await import("@/app/api/comparisons/route");
    const send = (token: string) => POST(new Request("http://localhost/api/comparisons", { method: "POST", headers: { authorization: `Bearer ${token}` } }));
    const flooder = process.env.PARALLAX_BOOTSTRAP_TOKEN;
    // No content type: past the limiter, the route refuses these with 415 without any work.
    for (let i = 0; i < 3; i++) expect((await send(flooder)).status).toBe(415);
    const limited = await send(flooder);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await limited.json()) as { error: string }).error).toMatch(/^Too many new comparisons: at most 3 a minute each\. Try again in \d+ s\.$/);
    expect((await send("a-colleague's-token")).status).not.toBe(429);
  });
});
