// Accounts against a temporary database: what is created here signs in through better-auth's own
// password check; the first-admin form only works once; the last admin stays an admin.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateTemporaryDatabase } from "@/lib/export/test-database";

const database = migrateTemporaryDatabase("users");
let users: typeof import("./users");
let db: (typeof import("@/lib/db"))["db"];

beforeAll(async () => {
  users = await import("./users");
  db = (await import("@/lib/db")).db;
});

afterAll(async () => {
  await db?.$disconnect();
  database.remove();
});

describe("accounts", () => {
  it("creates the first admin once; the password is stored hashed and checks out", async () => {
    const admin = await users.createUser({ email: "ana@newsroom.test", name: "Ana", role: "admin", password: "correct horse" }, { onlyIfFirst: true });
    expect(admin).toMatchObject({ email: "ana@newsroom.test", role: "admin" });
    const [account] = await db.account.findMany({ where: { userId: admin.id } });
    expect(account.providerId).toBe("credential");
    expect(account.password).not.toContain("correct horse");
    expect((await users.verifyCredentials("ANA@newsroom.test ", "correct horse"))?.id).toBe(admin.id);
    expect(await users.verifyCredentials("ana@newsroom.test", "wrong horse")).toBeNull();
    expect(await users.verifyCredentials("nobody@newsroom.test", "correct horse")).toBeNull();
    await expect(users.createUser({ email: "bo@newsroom.test", name: "Bo", role: "admin", password: "long enough" }, { onlyIfFirst: true })).rejects.toThrow(
      "The first account already exists; sign in, or ask an admin for an account.",
    );
  });

  it("refuses a second account for one email, with a sentence", async () => {
    await expect(users.createUser({ email: "ana@newsroom.test", name: "Ana 2", role: "viewer", password: "long enough" })).rejects.toThrow(
      "There is already an account for ana@newsroom.test.",
    );
  });

  it("changes roles, but never takes the role from the last admin", async () => {
    const [ana] = await users.listUsers();
    await expect(users.setRole(ana.id, "editor")).rejects.toThrow("This is the only admin; make someone else an admin first.");
    const bo = await users.createUser({ email: "bo@newsroom.test", name: "Bo", role: "viewer", password: "long enough" });
    expect(await users.setRole(bo.id, "admin")).toMatchObject({ role: "admin" });
    expect(await users.setRole(ana.id, "editor")).toMatchObject({ role: "editor" });
    expect(await users.setRole("no-such-id", "viewer")).toBeNull();
  });
});
