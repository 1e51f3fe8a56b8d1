/**
 * What a failed write means to an editor. SQLite's errors reach us in several wrappings (the
 * driver's SqliteError with its `code`, Prisma's request errors quoting its message, the adapter's
 * `originalCode`), so they are recognised by code and by message alike. Each kind gets a status and
 * a sentence; the request stored nothing (every write is one transaction), so trying again later
 * is always safe.
 */
export interface StorageFailure {
  status: 503 | 507;
  message: string;
  /** Seconds, for the Retry-After header. */
  retryAfter: number;
}

const KINDS: Array<{ pattern: RegExp; failure: StorageFailure }> = [
  {
    pattern: /SQLITE_FULL|database or disk is full|ENOSPC|no space left on device/i,
    failure: {
      status: 507,
      message: "The server's disk is full, so nothing was stored. Ask whoever runs Parallax to free some space, then try again.",
      retryAfter: 60,
    },
  },
  {
    pattern: /SQLITE_READONLY|readonly database|read-only file system|EROFS/i,
    failure: {
      status: 503,
      message: "The server can't write to its database (it is read-only), so nothing was stored. Ask whoever runs Parallax to check it, then try again.",
      retryAfter: 60,
    },
  },
  {
    pattern: /SQLITE_BUSY|SQLITE_LOCKED|database is locked|database table is locked|SocketTimeout/i,
    failure: {
      status: 503,
      message: "The database is busy with another write, so nothing was stored. Try again in a few seconds.",
      retryAfter: 5,
    },
  },
  {
    pattern: /SQLITE_IOERR|SQLITE_CANTOPEN|disk I\/O error|unable to open database/i,
    failure: {
      status: 503,
      message: "The server could not read or write its database, so nothing was stored. Try again in a minute.",
      retryAfter: 60,
    },
  },
];

/** The failure an error stands for when it comes from storage; undefined for anything else. */
export function storageFailure(err: unknown): StorageFailure | undefined {
  const said = describe(err);
  return KINDS.find(({ pattern }) => pattern.test(said))?.failure;
}

/** Name, code, message and the causes beneath, as one string to match (depth-capped: causes can loop). */
function describe(err: unknown, depth = 0): string {
  if (!err || typeof err !== "object" || depth > 4) return typeof err === "string" ? err : "";
  const e = err as { name?: unknown; code?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
  const meta = e.meta && typeof e.meta === "object" ? JSON.stringify(e.meta) : "";
  return [e.name, e.code, e.message, meta, describe(e.cause, depth + 1)].filter((part) => typeof part === "string" && part).join(" ");
}
