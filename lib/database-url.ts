import fs from "node:fs";
import path from "node:path";

/** Where the SQLite file lives: DATABASE_URL if set, else data/parallax.db under the project. */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL ?? "file:./data/parallax.db";
  const file = url.replace(/^file:/, "");
  // better-sqlite3 will not create missing folders; a fresh clone has no data/.
  if (file && file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return url;
}
