import type { ZodType } from "zod";
import type { IncomingSource } from "@/lib/comparisons";
import { decode } from "@/lib/engine/decode";
import { InputError } from "@/lib/engine/errors";
import { mediaTypeFor } from "@/lib/media-types";
import {
  createComparisonFormSchema,
  createComparisonJsonSchema,
  firstIssue,
  type CreateComparisonJson,
} from "@/lib/validations/comparison";
import { HttpInputError, missingBody, readBodyWithin } from "@/lib/limits";
import { readMultipart } from "@/lib/multipart";
import { checkFile, checkSourceCount, checkSourceName, checkSources } from "@/lib/source-checks";
import { storageFailure } from "@/lib/storage-errors";
import { urlSource } from "@/lib/url-source";
import { messages } from "@/lib/validations/messages";
import { baseName, cleanName, nameTooLong, pastedName, uniqueNames } from "@/lib/validations/source-names";
import { wellFormedStrings } from "@/lib/validations/well-formed";

/**
 * Request → what lib/comparisons.ts stores. Every failure is an IntakeError: an HTTP status and one
 * sentence an editor can act on, naming the source when it concerns one (the form shows it there).
 */
export class IntakeError extends Error {
  constructor(
    message: string,
    readonly status: number = 400,
    readonly source?: string,
  ) {
    super(message);
    this.name = "IntakeError";
  }
}

export interface ComparisonRequest {
  title: string;
  sources: IncomingSource[];
}

/** Formats the engine reads from the bytes: nothing is decoded as text here. */
const BINARY_FORMATS = new Set([mediaTypeFor("a.docx"), mediaTypeFor("a.pdf")]);

/** Reads `POST /api/comparisons`: multipart (files and pasted boxes) or JSON. */
export async function readCreateRequest(request: Request): Promise<ComparisonRequest> {
  const type = request.headers.get("content-type") ?? "";
  const isForm = type.startsWith("multipart/form-data");
  if (!isForm && !type.startsWith("application/json")) throw new IntakeError("Send the sources as a multipart form (files) or as JSON.", 415);
  // A form is parsed as it streams in and stops at the first part past a limit (lib/multipart.ts).
  if (isForm) return fromForm(await readMultipart(request));
  // Read once, never more than the request limit (Content-Length first, then counted as it arrives).
  const body = await readBodyWithin(request);
  if (!body.byteLength) throw missingBody();
  const buffered = new Request(request.url, { method: "POST", headers: { "content-type": type }, body: body as Uint8Array<ArrayBuffer> });
  return await fromJson(await readJson(buffered));
}

/** Parses a JSON body against a schema; bad JSON and bad shapes both become a 400 sentence. */
export async function readJsonBody<T>(request: Request, schema: ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(await readJson(request));
  if (!parsed.success) throw new IntakeError(firstIssue(parsed.error).message);
  return parsed.data;
}

async function readJson(request: Request): Promise<unknown> {
  const text = new TextDecoder().decode(await readBodyWithin(request));
  if (!text.trim()) return {};
  try {
    return JSON.parse(text, wellFormedStrings);
  } catch {
    throw new IntakeError("The request body is not valid JSON.");
  }
}

async function fromJson(body: unknown): Promise<ComparisonRequest> {
  const parsed = createComparisonJsonSchema.safeParse(body);
  if (!parsed.success) throw new IntakeError(firstIssue(parsed.error).message, 400, nameAt(body, firstIssue(parsed.error).path));
  const { title, sources } = parsed.data as CreateComparisonJson;
  const fetched = await fetchAll(sources.flatMap((s) => (s.url !== undefined ? [{ url: s.url, name: s.name }] : [])));
  const incoming = sources.map((s): IncomingSource => {
    if (s.url !== undefined) return fetched.shift()!;
    return {
      name: s.name ?? "",
      kind: "paste",
      mediaType: s.html !== undefined ? "text/html" : "text/plain",
      text: s.html ?? s.text ?? "",
      html: s.html !== undefined,
    };
  });
  const names = uniqueNames(incoming.map((s) => s.name));
  return finish(title, incoming.map((s, i) => ({ ...s, name: names[i] })));
}

/** How many pages are fetched at once: enough to overlap the waiting, not a flood. */
const FETCH_CONCURRENCY = 4;

/** Fetches the given URLs, a few at a time, in their order; the first refusal stops the comparison. */
async function fetchAll(links: Array<{ url: string; name?: string }>): Promise<IncomingSource[]> {
  const out: IncomingSource[] = new Array(links.length);
  let next = 0;
  const worker = async () => {
    while (next < links.length) {
      const i = next++;
      out[i] = await urlSource(links[i].url, links[i].name);
    }
  };
  await Promise.all(Array.from({ length: Math.min(FETCH_CONCURRENCY, links.length) }, worker));
  return out;
}

/** The name of the source a zod issue points into (sources[3].text → that source's name). */
function nameAt(body: unknown, path: PropertyKey[]): string | undefined {
  if (path[0] !== "sources" || typeof path[1] !== "number") return undefined;
  const source = (body as { sources?: Array<{ name?: unknown }> }).sources?.[path[1]];
  const name = typeof source?.name === "string" ? cleanName(source.name) : "";
  // A name that broke the name rule is not echoed back (it may be 100,000 characters long).
  return name && !nameTooLong(name) ? name : undefined;
}

async function fromForm(form: FormData): Promise<ComparisonRequest> {
  const names = form.getAll("pasteName");
  const texts = form.getAll("pasteText");
  const formats = form.getAll("pasteFormat");
  if (names.length !== texts.length || (formats.length && formats.length !== texts.length)) {
    throw new IntakeError("Each pasted source needs one pasteName and one pasteText field.");
  }
  const parsed = createComparisonFormSchema.safeParse({
    title: form.get("title") ?? undefined,
    files: form.getAll("files"),
    urls: form.getAll("url"),
    pasted: texts.map((text, i) => ({ name: names[i], text, format: formats[i] ?? "text" })),
  });
  if (!parsed.success) throw new IntakeError(firstIssue(parsed.error).message);
  const { title, files, urls, pasted } = parsed.data;
  checkSourceCount(files.length + urls.length + pasted.length); // before fetching anything
  // Sources keep the form's order: files, links, then the pasted boxes. Names are made unique first,
  // so an error about the second "index.html" names the one the form shows as "index.html (2)".
  const unique = uniqueNames([...files.map((f) => baseName(f.name)), ...pasted.map((p, i) => pastedName(p.name, i))]);
  // Before any file is read: an error about a file must not quote a 100,000-character name.
  unique.forEach(checkSourceName);
  const fromFiles = await Promise.all(files.map((file, i) => fileSource(file, unique[i])));
  const fromLinks = await fetchAll(urls.map((url) => ({ url })));
  const fromBoxes: IncomingSource[] = pasted.map((p, i) => ({
    name: unique[files.length + i],
    kind: "paste",
    mediaType: p.format === "html" ? "text/html" : "text/plain",
    text: p.text,
    html: p.format === "html",
  }));
  const all = [...fromFiles, ...fromLinks, ...fromBoxes];
  const final = uniqueNames(all.map((s) => s.name));
  return finish(title, all.map((s, i) => ({ ...s, name: final[i] })));
}

/** A file as stored: its bytes always, and its decoded text unless it is a docx or PDF (the engine reads those). */
async function fileSource(file: File, name: string): Promise<IncomingSource> {
  if (!name) throw new IntakeError("One of the files has no name.");
  const mediaType = mediaTypeFor(name);
  if (!mediaType) throw new IntakeError(messages.unsupported(name), 415, name);
  if (file.size === 0) throw new IntakeError(messages.empty(name), 400, name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  checkFile(name, bytes); // size, a PDF/image/program renamed .txt, binary content, blank text
  if (BINARY_FORMATS.has(mediaType)) return { name, kind: "file", mediaType, text: "", bytes };
  const { text } = decode(bytes, name);
  return { name, kind: "file", mediaType, text, bytes, html: mediaType === "text/html" };
}

/** Checks that hold whatever the sources came from (lib/source-checks.ts, shared with the CLI). */
function finish(title: string, sources: IncomingSource[]): ComparisonRequest {
  // A fetched page has no file name to judge its format by: its response said what it is.
  checkSources(sources.map((s) => (s.bytes ? { name: s.name, bytes: s.bytes, mediaType: s.kind === "url" ? s.mediaType : undefined } : { name: s.name, text: s.text })));
  return { title: title.trim(), sources };
}

/**
 * Any failure → the JSON answer `{ error, source? }`. Problems with the input are 4xx and say what to
 * fix; anything else (a database error, a bug) is logged here in full and answered with a 500 that
 * gives no internals away.
 */
export function errorResponse(err: unknown, doing: string): Response {
  if (err instanceof IntakeError) return Response.json(errorBody(err.message, err.source), { status: err.status });
  if (err instanceof InputError) {
    // A refusal that passes (a busy PDF queue) says when to come back.
    const retryAfter = (err as { retryAfter?: unknown }).retryAfter;
    const headers: Record<string, string> = typeof retryAfter === "number" ? { "Retry-After": String(retryAfter) } : {};
    return Response.json(errorBody(err.message, err.source), { status: err instanceof HttpInputError ? err.status : 422, headers });
  }
  logServerError(doing, err);
  // A full disk, a read-only or locked database: a sentence and a status that say so, not a 500.
  const storage = storageFailure(err);
  if (storage) return Response.json({ error: storage.message }, { status: storage.status, headers: { "Retry-After": String(storage.retryAfter) } });
  return Response.json(
    { error: `Something went wrong on the server while ${doing}; nothing was changed. Please try again.` },
    { status: 500 },
  );
}

function errorBody(error: string, source?: string) {
  return source ? { error, source } : { error };
}

/** One clear line in the server log; the database's own errors say which part failed. */
export function logServerError(doing: string, err: unknown): void {
  const isDatabase = err instanceof Error && /prisma|sqlite/i.test(`${err.constructor.name} ${err.name}`);
  const kind = isDatabase ? "database error" : "unexpected error";
  console.error(`parallax: ${kind} while ${doing}:`, err instanceof Error ? err.message : err);
  if (err instanceof Error && err.stack && !isDatabase) console.error(err.stack);
}
