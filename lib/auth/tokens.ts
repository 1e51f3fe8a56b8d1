import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { db, dbReady } from "@/lib/db";

/**
 * Personal bearer tokens for scripts and pipelines. A token is 32 random bytes; only its SHA-256 is
 * stored (a fast hash is right for a high-entropy secret: there is nothing to guess), so a copy of
 * the database gives no usable token. The token itself is shown once, when it is made.
 */

const PREFIX = "plx_";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createApiToken(userId: string, name: string): Promise<{ id: string; token: string }> {
  await dbReady();
  const token = PREFIX + randomBytes(32).toString("base64url");
  const row = await db.apiToken.create({ data: { userId, name, tokenHash: hashToken(token) } });
  return { id: row.id, token };
}

/** The user a personal token belongs to, or null. */
export async function userForApiToken(token: string) {
  if (!token.startsWith(PREFIX)) return null;
  await dbReady();
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!row) return null;
  // Last use is a hint for whoever audits tokens; a failed write must not refuse the request.
  db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } }).catch(() => undefined);
  return row.user;
}

/** PARALLAX_BOOTSTRAP_TOKEN, compared in constant time; unset means no bootstrap token at all. */
export function isBootstrapToken(token: string): boolean {
  const expected = process.env.PARALLAX_BOOTSTRAP_TOKEN;
  if (!expected) return false;
  const a = Buffer.from(hashToken(token));
  const b = Buffer.from(hashToken(expected));
  return timingSafeEqual(a, b);
}
