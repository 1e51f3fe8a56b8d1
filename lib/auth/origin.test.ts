import { afterEach, describe, expect, it } from "vitest";
import { sameOriginAllowed } from "./origin";

const headers = (h: Record<string, string>) => new Headers({ host: "127.0.0.1:3000", ...h });

describe("sameOriginAllowed", () => {
  afterEach(() => delete process.env.PARALLAX_ORIGIN);

  it("lets reads through whatever their origin", () => {
    expect(sameOriginAllowed("GET", headers({ origin: "http://evil.example" }), true)).toBe(true);
  });

  it("accepts a change from the app's own origin, by Origin or else Referer", () => {
    expect(sameOriginAllowed("POST", headers({ origin: "http://127.0.0.1:3000" }), true)).toBe(true);
    expect(sameOriginAllowed("PUT", headers({ referer: "http://127.0.0.1:3000/comparisons/x" }), true)).toBe(true);
  });

  it("refuses a change from another origin, another port of the same host included, and from 'null'", () => {
    for (const origin of ["http://evil.example", "http://127.0.0.1:4000", "https://127.0.0.1:3000", "null"]) {
      expect(sameOriginAllowed("POST", headers({ origin }), false)).toBe(false);
    }
    expect(sameOriginAllowed("DELETE", headers({ referer: "http://evil.example/page" }), false)).toBe(false);
    expect(sameOriginAllowed("PATCH", headers({ referer: "not a url" }), false)).toBe(false);
  });

  it("lets a script with neither header through only when it carries no session cookie", () => {
    expect(sameOriginAllowed("POST", headers({}), false)).toBe(true);
    expect(sameOriginAllowed("POST", headers({}), true)).toBe(false);
  });

  it("uses PARALLAX_ORIGIN when the server sits behind a proxy", () => {
    process.env.PARALLAX_ORIGIN = "https://parallax.newsroom.example, https://pl.example/";
    expect(sameOriginAllowed("POST", headers({ origin: "https://pl.example" }), true)).toBe(true);
    expect(sameOriginAllowed("POST", headers({ origin: "http://127.0.0.1:3000" }), true)).toBe(false);
  });
});
