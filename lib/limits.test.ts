import { describe, expect, it } from "vitest";
import { InputError } from "@/lib/engine/errors";
import { errorBody, formatMb, missingBody, parseJsonBody, readBodyWithin, readLimits, statusForError } from "@/lib/limits";

const MB = 1024 * 1024;

describe("readLimits", () => {
  it("defaults to 5 MB a file and 25 MB a request", () => {
    const limits = readLimits({});
    expect(limits.maxFileBytes).toBe(5 * MB);
    expect(limits.maxRequestBytes).toBe(25 * MB);
    expect(limits.engineWorkers).toBeGreaterThanOrEqual(1);
    expect(limits.engineWorkers).toBeLessThanOrEqual(2);
  });

  it("reads the environment, and ignores values that are not positive numbers", () => {
    expect(readLimits({ PARALLAX_MAX_FILE_MB: "0.5", PARALLAX_MAX_REQUEST_MB: "100" })).toMatchObject({
      maxFileBytes: 0.5 * MB,
      maxRequestBytes: 100 * MB,
    });
    expect(readLimits({ PARALLAX_MAX_FILE_MB: "lots", PARALLAX_MAX_REQUEST_MB: "-3" })).toMatchObject({
      maxFileBytes: 5 * MB,
      maxRequestBytes: 25 * MB,
    });
    expect(readLimits({ PARALLAX_ENGINE_WORKERS: "0" }).engineWorkers).toBe(0);
  });
});

describe("formatMb", () => {
  it("says sizes the way an editor reads them", () => {
    expect(formatMb(5 * MB)).toBe("5 MB");
    expect(formatMb(0.5 * MB)).toBe("0.5 MB");
    expect(formatMb(7.25 * MB)).toBe("7.3 MB");
    expect(formatMb(31.6 * MB)).toBe("32 MB");
  });
});

function streamed(chunks: number[], headers: Record<string, string> = {}): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const size of chunks) controller.enqueue(new Uint8Array(size).fill(0x61));
      controller.close();
    },
  });
  return new Request("http://x/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

describe("readBodyWithin", () => {
  it("returns the whole body when it fits", async () => {
    const body = await readBodyWithin(streamed([10, 20]), 100);
    expect(body.byteLength).toBe(30);
  });

  it("refuses on a declared Content-Length over the limit before reading (413)", async () => {
    const err = await readBodyWithin(streamed([10], { "content-length": String(30 * MB) }), 25 * MB).catch((e: unknown) => e);
    expect(statusForError(err)).toBe(413);
    expect((err as Error).message).toBe("The upload is larger than 25 MB; send fewer or smaller files.");
  });

  it("counts while reading: a body with no or a false length is cut off at the limit (413)", async () => {
    const err = await readBodyWithin(streamed([600, 600]), 1000).catch((e: unknown) => e);
    expect(statusForError(err)).toBe(413);
    expect((err as Error).message).toBe("The upload is larger than 1 KB; send fewer or smaller files.");
  });

  it("gives an empty body for a missing one (the caller says what it needed)", async () => {
    expect((await readBodyWithin(new Request("http://x/api", { method: "POST" }))).byteLength).toBe(0);
    expect((await readBodyWithin(streamed([]))).byteLength).toBe(0);
    expect(statusForError(missingBody())).toBe(400);
    expect(errorBody(missingBody())).toEqual({ error: "The request has no body: send the sources as JSON or as a multipart form." });
  });
});

describe("parseJsonBody", () => {
  it("parses JSON and says when it is not", () => {
    expect(parseJsonBody(new TextEncoder().encode('{"a":1}'))).toEqual({ a: 1 });
    const err = (() => {
      try {
        parseJsonBody(new TextEncoder().encode('{"sources": ['));
      } catch (e) {
        return e;
      }
    })();
    expect(statusForError(err)).toBe(400);
    expect(errorBody(err)).toEqual({ error: "The request body is not valid JSON." });
  });
});

describe("errorBody / statusForError", () => {
  it("names the source when the error belongs to one, and hides internals of real bugs", () => {
    expect(errorBody(new InputError("b.txt is empty.", "b.txt"))).toEqual({ error: "b.txt is empty.", source: "b.txt" });
    expect(statusForError(new InputError("x"))).toBe(400);
    expect(statusForError(new Error("SQLITE_BUSY"))).toBe(500);
    expect(errorBody(new Error("SQLITE_BUSY")).error).not.toMatch(/SQLITE/);
  });
});
