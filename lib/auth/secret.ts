import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseUrl } from "@/lib/database-url";

/**
 * The key that signs session cookies: BETTER_AUTH_SECRET when set, else one made on first start and
 * kept beside the database (mode 0600), so `npm start` on a fresh clone needs no configuration and
 * sessions survive restarts.
 */
export function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.join(path.dirname(path.resolve(databaseUrl().replace(/^file:/, ""))), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    try {
      // "wx": if another worker wrote it first, read theirs instead of overwriting it.
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim();
    }
  }
}
