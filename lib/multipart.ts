import busboy from "busboy";
import { fileTooLarge, formatMb, HttpInputError, limits, missingBody, requestTooLarge } from "@/lib/limits";
import { MAX_SOURCES } from "@/lib/validations/limits";
import { baseName } from "@/lib/validations/source-names";

/**
 * A multipart upload read as it streams in, with busboy (the parser behind multer and fastify),
 * instead of `request.formData()`, which parses every part before anything can be checked: 100,000
 * parts took 9 s of the server's one thread before the 50-source rule refused them. Here the count
 * of sources, of fields and of parts, each file's size and the whole body's size are checked as
 * each part starts, and reading stops at the first part past a limit: the rest is never parsed.
 *
 * The result is a FormData like the one `request.formData()` returns, so the form's schema and the
 * rules after it stay as they are.
 */
export interface MultipartLimits {
  maxFileBytes: number;
  maxRequestBytes: number;
}

/** title + per pasted box pasteName, pasteText and pasteFormat (a link is one field, url). */
const MAX_FIELDS = 1 + 3 * MAX_SOURCES;
/** A browser sends a few headers per part; a file name past 16 KB is refused by busboy itself. */
const MAX_HEADER_PAIRS = 20;

export async function readMultipart(request: Request, max: MultipartLimits = limits): Promise<FormData> {
  const contentType = request.headers.get("content-type") ?? "";
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > max.maxRequestBytes) throw requestTooLarge(max.maxRequestBytes);
  if (!request.body) throw missingBody();

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      // Browsers send file names as UTF-8; busboy's default would read them as Latin-1.
      defParamCharset: "utf8",
      limits: {
        files: MAX_SOURCES,
        fields: MAX_FIELDS,
        parts: MAX_SOURCES + MAX_FIELDS,
        fileSize: max.maxFileBytes,
        fieldSize: max.maxFileBytes,
        fieldNameSize: 100,
        headerPairs: MAX_HEADER_PAIRS,
      },
    });
  } catch {
    throw new HttpInputError(400, "The upload is not a readable multipart form (its boundary is missing).");
  }

  const form = new FormData();
  const reader = request.body.getReader();
  let failure: Error | undefined;
  let pastedTexts = 0;
  let files = 0;
  const stop = (err: Error) => {
    failure ??= err;
  };

  const parsed = new Promise<void>((resolve, reject) => {
    parser.on("file", (field, stream, info) => {
      files++;
      // Cut off mid-file when reading stops: the parse's own error says why, not the stream's.
      stream.on("error", () => undefined);
      if (files + pastedTexts > MAX_SOURCES) return stop(tooManySources());
      const name = baseName(info.filename ?? "");
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => stop(fileTooLarge(name || "A file", max.maxFileBytes)));
      stream.on("end", () => {
        if (failure) return;
        // The raw name goes into the form: intake cleans it with the same rule as every other name.
        form.append(field, new File([new Uint8Array(Buffer.concat(chunks))], info.filename ?? "", { type: info.mimeType }));
      });
    });
    parser.on("field", (field, value, info) => {
      // A pasted text and a link are each a source.
      if ((field === "pasteText" || field === "url") && ++pastedTexts + files > MAX_SOURCES) return stop(tooManySources());
      if (info.valueTruncated) return stop(new HttpInputError(413, `A pasted text is larger than ${formatMb(max.maxFileBytes)}.`));
      form.append(field, value);
    });
    parser.on("filesLimit", () => stop(tooManySources()));
    parser.on("fieldsLimit", () => stop(tooManyParts()));
    parser.on("partsLimit", () => stop(tooManyParts()));
    parser.on("error", (err: Error) => {
      stop(unreadable(err));
      reject(failure);
    });
    parser.on("close", () => resolve());
  });
  parsed.catch(() => undefined); // observed below; a rejection before that is not "unhandled"

  let total = 0;
  try {
    for (;;) {
      if (failure) break;
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > max.maxRequestBytes) throw requestTooLarge(max.maxRequestBytes);
      // busboy is a Writable: wait for it to take each chunk before reading the next.
      if (!parser.write(value)) await drained(parser);
    }
    if (failure) throw failure;
    parser.end();
    await parsed;
    if (failure) throw failure;
    return form;
  } catch (err) {
    // Stop reading: the rest of the upload is never parsed or buffered.
    await reader.cancel().catch(() => undefined);
    parser.destroy();
    throw err;
  }
}

/** Resolves when busboy wants more, or has stopped (an error or the end): never waits forever. */
function drained(parser: busboy.Busboy): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ["drain", "error", "close"]) parser.off(event, done);
      resolve();
    };
    for (const event of ["drain", "error", "close"]) parser.once(event, done);
  });
}

function tooManySources(): HttpInputError {
  return new HttpInputError(400, `A comparison takes at most ${MAX_SOURCES} sources; this upload has more.`);
}

function tooManyParts(): HttpInputError {
  return new HttpInputError(400, `The upload has more form fields than ${MAX_SOURCES} sources need; nothing was read past them.`);
}

function unreadable(err: Error): HttpInputError {
  if (/part header/i.test(err.message)) {
    // busboy refuses headers past 16 KB and control bytes in them: a huge name, or a NUL in it.
    return new HttpInputError(400, "A file name in the upload can't be read: it is longer than 16 KB or holds control characters. Rename the file and send it again.");
  }
  return new HttpInputError(400, "The upload could not be read; try sending it again.");
}
