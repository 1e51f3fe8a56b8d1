import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl } from "@/lib/database-url";

/** The one database client. Kept on globalThis so dev-mode reloads don't open a file per edit. */
const globalForDb = globalThis as unknown as { parallaxDb?: PrismaClient; parallaxDbReady?: Promise<void> };

function createClient(): PrismaClient {
  // `timeout` is SQLite's busy timeout: concurrent writers wait for the lock instead of failing.
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl(), timeout: 10_000 });
  return new PrismaClient({ adapter: recoverFailedCommits(adapter) });
}

export const db: PrismaClient = globalForDb.parallaxDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.parallaxDb = db;

/**
 * WAL lets readers carry on while an upload writes, and survives a killed process with either the
 * whole transaction or none of it. journal_mode is stored in the file, so this is cheap after once.
 * A failure (a read-only or missing file) is not remembered: the next request tries again.
 */
export function dbReady(): Promise<void> {
  const ready = (globalForDb.parallaxDbReady ??= db
    .$queryRawUnsafe("PRAGMA journal_mode=WAL")
    .then(() => db.$executeRawUnsafe("PRAGMA foreign_keys=ON"))
    .then(() => undefined));
  ready.catch(() => {
    if (globalForDb.parallaxDbReady === ready) globalForDb.parallaxDbReady = undefined;
  });
  return ready;
}

// The shapes of the adapter's objects this module touches (the adapter's own types are internal).
interface Query {
  sql: string;
}
interface AdapterTransaction {
  executeRaw(query: Query): Promise<number>;
  rollback(): Promise<void>;
}
interface Adapter {
  client: { inTransaction: boolean; prepare(sql: string): { run(): unknown } };
  startTransaction(isolationLevel?: string): Promise<AdapterTransaction>;
}

/**
 * When COMMIT fails (disk full, I/O error, a deferred constraint), SQLite keeps the transaction
 * open and Prisma, whose COMMIT query threw, never tells the adapter the transaction is over: the
 * adapter's lock stays taken and every later write waits for it forever, even after space is
 * freed. This rolls such a transaction back and releases the lock, so the request gets its error
 * and the next one finds the database as it was. A ROLLBACK that fails because SQLite already
 * rolled back by itself (it does on a full disk) counts as done.
 */
export function recoverFailedCommits<F extends { connect(): Promise<unknown> }>(factory: F): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = (await connect()) as Adapter;
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const tx = await start(isolationLevel);
      const execute = tx.executeRaw.bind(tx);
      tx.executeRaw = async (query) => {
        try {
          return await execute(query);
        } catch (err) {
          const ending = /^\s*(COMMIT|ROLLBACK)\b/i.exec(query.sql)?.[1]?.toUpperCase();
          if (!ending) throw err;
          if (adapter.client.inTransaction) {
            try {
              adapter.client.prepare("ROLLBACK").run();
            } catch {
              // Nothing more can be done here; the connection reports its state on the next query.
            }
          }
          if (ending === "ROLLBACK" && !adapter.client.inTransaction) return 0;
          await tx.rollback(); // releases the adapter's lock; Prisma will not call commit() now
          throw err;
        }
      };
      return tx;
    };
    return adapter;
  };
  return factory;
}
