import { randomUUID } from "node:crypto";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { db, dbReady } from "@/lib/db";
import { isRole, type Role } from "@/lib/auth/roles";
import type { NewUser } from "@/lib/validations/user";

/**
 * Accounts. Passwords are hashed and checked with better-auth's own functions and stored where its
 * sign-in reads them (an Account row of provider "credential"), so what is created here signs in there.
 */

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

export class UserError extends Error {
  constructor(message: string, readonly status = 400) {
    super(message);
  }
}

export async function userCount(): Promise<number> {
  await dbReady();
  return db.user.count();
}

/** One user and their password, in one transaction; `onlyIfFirst` refuses when any account exists. */
export async function createUser(input: NewUser, { onlyIfFirst = false } = {}): Promise<UserSummary> {
  await dbReady();
  const hash = await hashPassword(input.password);
  const id = randomUUID();
  const user = await db.$transaction(async (tx) => {
    if (onlyIfFirst && (await tx.user.count()) > 0) {
      throw new UserError("The first account already exists; sign in, or ask an admin for an account.", 409);
    }
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new UserError(`There is already an account for ${input.email}.`, 409);
    }
    const created = await tx.user.create({ data: { id, email: input.email, name: input.name, role: input.role, emailVerified: true } });
    await tx.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash } });
    return created;
  });
  return toSummary(user);
}

/** The user whose email and password these are, or null (the same answer for either being wrong). */
export async function verifyCredentials(email: string, password: string) {
  await dbReady();
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    include: { accounts: { where: { providerId: "credential" }, select: { password: true } } },
  });
  const hash = user?.accounts[0]?.password;
  if (!user || !hash) return null;
  return (await verifyPassword({ hash, password })) ? user : null;
}

export async function listUsers(): Promise<UserSummary[]> {
  await dbReady();
  const rows = await db.user.findMany({ orderBy: [{ createdAt: "asc" }, { email: "asc" }] });
  return rows.map(toSummary);
}

/** Changes a role; the last admin cannot stop being one (nobody could add users any more). */
export async function setRole(id: string, role: Role): Promise<UserSummary | null> {
  await dbReady();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id } });
    if (!user) return null;
    if (user.role === "admin" && role !== "admin" && (await tx.user.count({ where: { role: "admin" } })) === 1) {
      throw new UserError("This is the only admin; make someone else an admin first.", 409);
    }
    return toSummary(await tx.user.update({ where: { id }, data: { role } }));
  });
}

/**
 * PARALLAX_ADMIN_EMAIL and PARALLAX_ADMIN_PASSWORD create the first admin on a server nobody has
 * signed in to yet (so a deployment needs no visit to the first-start form). Never touches an
 * existing account.
 */
export async function ensureAdminFromEnvironment(): Promise<boolean> {
  const email = process.env.PARALLAX_ADMIN_EMAIL?.trim();
  const password = process.env.PARALLAX_ADMIN_PASSWORD;
  if (!email || !password || (await userCount()) > 0) return false;
  try {
    await createUser({ email: email.toLowerCase(), password, name: process.env.PARALLAX_ADMIN_NAME?.trim() || "Admin", role: "admin" }, { onlyIfFirst: true });
    return true;
  } catch (err) {
    if (err instanceof UserError) return false; // another process made it first
    throw err;
  }
}

function toSummary(row: { id: string; email: string; name: string; role: string; createdAt: Date }): UserSummary {
  return { id: row.id, email: row.email, name: row.name, role: isRole(row.role) ? row.role : "viewer", createdAt: row.createdAt.toISOString() };
}
