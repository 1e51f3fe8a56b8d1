// A temporary SQLite file migrated with the committed migrations, for tests of reviews and exports.
// Call before anything imports lib/db: the client reads DATABASE_URL once, when it is created.
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";

export function migrateTemporaryDatabase(name: string): { file: string; remove: () => void } {
  // Each test file runs in its own process (vitest pool: forks), so the pid keeps files apart.
  const file = path.join(process.cwd(), "data", `unit-${name}-${process.pid}.db`);
  const remove = () => {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  };
  remove();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  const dir = path.join(process.cwd(), "prisma", "migrations");
  for (const migration of fs.readdirSync(dir).sort()) {
    const sql = path.join(dir, migration, "migration.sql");
    if (fs.existsSync(sql)) sqlite.exec(fs.readFileSync(sql, "utf8"));
  }
  sqlite.close();
  process.env.DATABASE_URL = `file:${file}`;
  return { file, remove };
}
