import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl } from "@/lib/database-url";

/** The one database client. Kept on globalThis so dev-mode reloads don't open a file per edit. */
const globalForDb = globalThis as unknown as { parallaxDb?: PrismaClient; parallaxDbReady?: Promise<void> };

function createClient(): PrismaClient {
  // `timeout` is SQLite's busy timeout: concurrent writers wait for the lock instead of failing.
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl(), timeout: 10_000 });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForDb.parallaxDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.parallaxDb = db;

/**
 * WAL lets readers carry on while an upload writes, and survives a killed process with either the
 * whole transaction or none of it. journal_mode is stored in the file, so this is cheap after once.
 */
export function dbReady(): Promise<void> {
  globalForDb.parallaxDbReady ??= db
    .$queryRawUnsafe("PRAGMA journal_mode=WAL")
    .then(() => db.$executeRawUnsafe("PRAGMA foreign_keys=ON"))
    .then(() => undefined);
  return globalForDb.parallaxDbReady;
}
