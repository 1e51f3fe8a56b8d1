import { describe, expect, it } from "vitest";
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, newNonce, SECURITY_HEADERS } from "@/lib/csp";

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+(.*)/s, 2) as [string, string]));
}

describe("contentSecurityPolicy", () => {
  it("lets only nonce-stamped scripts run, and nothing be embedded, framed or re-based", () => {
    const policy = directives(contentSecurityPolicy("abc123"));
    expect(policy.get("script-src")).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy.get("object-src")).toBe("'none'");
    expect(policy.get("base-uri")).toBe("'none'");
    expect(policy.get("frame-ancestors")).toBe("'none'");
    expect(policy.get("default-src")).toBe("'self'");
    // No way around the nonce for script: no 'unsafe-inline', no hosts, no data: scripts.
    expect(policy.get("script-src")).not.toMatch(/unsafe-inline|data:|https?:/);
  });

  it("adds 'unsafe-eval' in development only (React's dev error stacks)", () => {
    expect(contentSecurityPolicy("n", true)).toMatch(/script-src [^;]*'unsafe-eval'/);
    expect(contentSecurityPolicy("n", false)).not.toMatch(/unsafe-eval/);
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("gives the API a deny-all policy and every response nosniff and a referrer policy", () => {
    expect(directives(API_CONTENT_SECURITY_POLICY).get("default-src")).toBe("'none'");
    expect(SECURITY_HEADERS).toContainEqual({ key: "X-Content-Type-Options", value: "nosniff" });
    expect(SECURITY_HEADERS.find((h) => h.key === "Referrer-Policy")?.value).toBe("no-referrer");
  });
});
