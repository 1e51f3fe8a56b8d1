import { describe, expect, it } from "vitest";
import { HttpInputError } from "@/lib/limits";
import { readMultipart } from "@/lib/multipart";

const BOUNDARY = "----parallax-test-boundary";
const encoder = new TextEncoder();
const MB = 1024 * 1024;
const limits = { maxFileBytes: 5 * MB, maxRequestBytes: 25 * MB };

function filePart(name: string, content: string): string {
  return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n${content}\r\n`;
}

function fieldPart(name: string, value: string): string {
  return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
}

/** A multipart body made part by part as it is read; `pulled` says how many parts were asked for. */
function streamedRequest(parts: number, part: (i: number) => string, partsPerChunk = 100) {
  const counter = { pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= parts) {
        controller.enqueue(encoder.encode(`--${BOUNDARY}--\r\n`));
        controller.close();
        return;
      }
      let chunk = "";
      for (let k = 0; k < partsPerChunk && counter.pulled < parts; k++) chunk += part(counter.pulled++);
      controller.enqueue(encoder.encode(chunk));
    },
  });
  const request = new Request("http://localhost/api/comparisons", {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
    body,
    duplex: "half",
  } as RequestInit);
  return { request, counter };
}

async function refusal(work: Promise<unknown>): Promise<{ status: number; message: string }> {
  const err = await work.then(() => undefined, (e: unknown) => e);
  if (!(err instanceof HttpInputError)) throw new Error(`expected a refusal, got ${String(err)}`);
  return { status: err.status, message: err.message };
}

describe("readMultipart: stops at the first part past the limits", () => {
  it("reads files and pasted boxes into a FormData, with UTF-8 file names", async () => {
    const { request } = streamedRequest(3, (i) => [filePart("Интерфакс.txt", "one"), fieldPart("pasteName", "AP"), fieldPart("pasteText", "two")][i]);
    const form = await readMultipart(request, limits);
    const file = form.get("files") as File;
    expect(file.name).toBe("Интерфакс.txt");
    expect(await file.text()).toBe("one");
    expect([form.get("pasteName"), form.get("pasteText")]).toEqual(["AP", "two"]);
  });

  it("refuses 100,000 parts after reading a few hundred of them", async () => {
    const { request, counter } = streamedRequest(100_000, (i) => fieldPart("pasteText", `text ${i}`));
    expect(await refusal(readMultipart(request, limits))).toEqual({ status: 400, message: "A comparison takes at most 50 sources; this upload has more." });
    expect(counter.pulled).toBeLessThan(1_000);
  });

  it("refuses a 51st file, and any field past what 50 sources need", async () => {
    const files = streamedRequest(60, (i) => filePart(`v${i}.txt`, "text"), 1);
    expect((await refusal(readMultipart(files.request, limits))).message).toBe("A comparison takes at most 50 sources; this upload has more.");
    expect(files.counter.pulled).toBeLessThanOrEqual(52);
    const fields = streamedRequest(10_000, () => fieldPart("other", "x"));
    expect(await refusal(readMultipart(fields.request, limits))).toEqual({
      status: 400,
      message: "The upload has more form fields than 50 sources need; nothing was read past them.",
    });
    expect(fields.counter.pulled).toBeLessThan(1_000);
  });

  it("refuses a file past the size limit by its name, and a body past the request limit, declared or not", async () => {
    const big = streamedRequest(2, (i) => filePart(i ? "big.txt" : "small.txt", "a".repeat(i ? 2_000 : 10)), 1);
    expect(await refusal(readMultipart(big.request, { maxFileBytes: 1_000, maxRequestBytes: 25 * MB }))).toEqual({
      status: 413,
      message: "big.txt is larger than 1 KB.",
    });
    const long = streamedRequest(1_000, (i) => filePart(`f${i}.txt`, "b".repeat(600)), 1);
    expect((await refusal(readMultipart(long.request, { maxFileBytes: 5 * MB, maxRequestBytes: 10_000 }))).status).toBe(413);
    expect(long.counter.pulled).toBeLessThan(30);
  });

  it("refuses a name past 16 KB (busboy's header limit) with a sentence", async () => {
    const { request } = streamedRequest(2, (i) => filePart(i ? "ok.txt" : `${"n".repeat(100_000)}.txt`, "text"), 1);
    expect((await refusal(readMultipart(request, limits))).message).toMatch(/^A file name in the upload can't be read/);
  });
});
