import { beforeEach, describe, expect, it } from "vitest";
import { recordFailedSignIn, resetSignInLimits, signInBlockedFor } from "./sign-in-limit";

describe("sign-in limit", () => {
  beforeEach(() => resetSignInLimits());

  it("blocks an email after five failures, from any address, until the window ends", () => {
    const now = 1_000_000;
    for (let i = 0; i < 5; i++) {
      expect(signInBlockedFor(`10.0.0.${i}`, "Ana@example.org", now)).toBe(0);
      recordFailedSignIn(`10.0.0.${i}`, "ana@example.org", now);
    }
    expect(signInBlockedFor("10.0.0.99", "ana@example.org", now + 1000)).toBe(15 * 60 - 1);
    expect(signInBlockedFor("10.0.0.99", "bo@example.org", now + 1000)).toBe(0);
    expect(signInBlockedFor("10.0.0.99", "ana@example.org", now + 15 * 60 * 1000)).toBe(0);
  });

  it("blocks an address after twenty failures, whatever the emails", () => {
    for (let i = 0; i < 20; i++) recordFailedSignIn("10.0.0.1", `guess${i}@example.org`, 0);
    expect(signInBlockedFor("10.0.0.1", "new@example.org", 1)).toBeGreaterThan(0);
    expect(signInBlockedFor("10.0.0.2", "new@example.org", 1)).toBe(0);
  });
});
