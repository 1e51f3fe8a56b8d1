import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { db } from "@/lib/db";
import { ownOrigins } from "@/lib/auth/origin";
import { authSecret } from "@/lib/auth/secret";

/**
 * Sign-in, sessions and password hashing come from better-auth (scrypt hashes in Account.password,
 * sessions in Session, an httpOnly SameSite=Lax cookie). Accounts are created by an admin or the
 * first-start form, never by self sign-up. Rate limits and the origin check are ours
 * (lib/auth/sign-in-limit.ts, lib/auth/origin.ts), applied in app/api/auth before this handler.
 */
export const auth = betterAuth({
  appName: "Parallax",
  database: prismaAdapter(db, { provider: "sqlite" }),
  secret: authSecret(),
  baseURL: process.env.PARALLAX_ORIGIN?.split(",")[0]?.trim() || undefined,
  // The same own-origin rule as every other route (PARALLAX_ORIGIN, else the Host the request came to).
  trustedOrigins: (request) => (request ? ownOrigins(request.headers) : []),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 128 },
  user: {
    additionalFields: {
      role: { type: "string", required: false, defaultValue: "viewer", input: false },
    },
  },
  session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
  advanced: {
    cookiePrefix: "parallax",
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
});

/** The session cookie's name (with a "__Secure-" prefix when served over https). */
export const SESSION_COOKIE = "parallax.session_token";
