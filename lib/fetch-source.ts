import { lookup as dnsLookup } from "node:dns/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { allowedHosts, blockedAddress, hostKey } from "@/lib/address-guard";
import { HttpInputError } from "@/lib/limits";
import { messages } from "@/lib/validations/messages";

/**
 * A source given as a URL, fetched by the server with limits: http or https only, 10 s in all,
 * 5 MB, at most 5 redirects. Before every connection (the first and after each redirect) the host
 * is resolved and every address it resolves to is checked (lib/address-guard.ts); the connection
 * then goes to the checked address itself, so a second DNS answer (rebinding) cannot redirect it.
 * Every refusal is an HttpInputError: a 4xx and a sentence that names the URL.
 */

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const FETCH_LIMITS: FetchLimits = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

export interface FetchedSource {
  /** The URL as given, and where it led after redirects. */
  url: string;
  finalUrl: string;
  /** "text/html", "text/plain" or "application/pdf", from the response. */
  mediaType: string;
  bytes: Uint8Array;
}

/** What a page may be: what Parallax extracts. */
const READABLE = new Map([
  ["text/html", "text/html"],
  ["application/xhtml+xml", "text/html"],
  ["text/plain", "text/plain"],
  ["application/pdf", "application/pdf"],
]);

type Resolve = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

export interface FetchOptions {
  limits?: FetchLimits;
  /** `host:port` entries let through although they resolve to refused addresses (default: PARALLAX_FETCH_ALLOW_HOSTS). */
  allow?: Set<string>;
  /** DNS, replaceable in tests. */
  resolve?: Resolve;
}

const systemResolve: Resolve = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export async function fetchSource(input: string, options: FetchOptions = {}): Promise<FetchedSource> {
  const limits = options.limits ?? FETCH_LIMITS;
  const allow = options.allow ?? allowedHosts();
  const resolve = options.resolve ?? systemResolve;
  const given = parseUrl(input);
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  let url = given;
  try {
    for (let redirects = 0; ; redirects++) {
      const address = await checkedAddress(url, input, allow, resolve);
      const response = await get(url, address, deadline);
      const location = response.headers.location;
      if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
        response.resume();
        if (redirects >= limits.maxRedirects) throw refusal(400, `${input} redirects more than ${limits.maxRedirects} times.`);
        url = parseUrl(new URL(location, url).href, input);
        continue;
      }
      if (!response.statusCode || response.statusCode < 200 || response.statusCode >= 300) {
        response.resume();
        throw refusal(422, `${input} answered ${response.statusCode} ${response.statusMessage ?? ""}`.trim() + "; check the address.");
      }
      const mediaType = READABLE.get((response.headers["content-type"] ?? "text/html").split(";")[0].trim().toLowerCase());
      if (!mediaType) {
        response.resume();
        throw refusal(415, `${input} is ${response.headers["content-type"]}, not a web page, text or PDF.`);
      }
      const bytes = await readBody(response, limits.maxBytes, input);
      return { url: given.href, finalUrl: url.href, mediaType, bytes };
    }
  } catch (err) {
    if (err instanceof HttpInputError) throw err;
    if (deadline.aborted) throw refusal(422, `${input} did not answer within ${limits.timeoutMs / 1000} s.`);
    throw refusal(422, `${input} could not be fetched (${(err as Error).message}).`);
  }
}

function refusal(status: number, message: string): HttpInputError {
  return new HttpInputError(status, message);
}

/** http and https only, no credentials in the URL. `shown` is the URL as the user gave it. */
function parseUrl(text: string, shown = text): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw refusal(400, messages.notWebAddress(shown));
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw refusal(400, messages.notHttp(shown));
  if (url.username || url.password) throw refusal(400, `${shown} carries a user name or password; give the address without them.`);
  return url;
}

/** Resolves the host and checks every address it gives; the first is the one to connect to. */
async function checkedAddress(url: URL, shown: string, allow: Set<string>, resolve: Resolve): Promise<{ address: string; family: number }> {
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: Array<{ address: string; family: number }>;
  try {
    addresses = await resolve(hostname);
  } catch {
    throw refusal(422, `${shown}: the host ${hostname} could not be found.`);
  }
  if (!addresses.length) throw refusal(422, `${shown}: the host ${hostname} could not be found.`);
  const blocked = addresses.find((a) => blockedAddress(a.address));
  if (blocked && !allow.has(hostKey(url))) {
    const where = url.href === shown ? shown : `${shown} (redirected to ${url.href})`;
    throw refusal(403, `${where} points to a private or local address (${blocked.address}); Parallax fetches only public web pages.`);
  }
  return addresses[0];
}

/** One GET to the checked address: the lookup hands the socket that address, never asking DNS again. */
function get(url: URL, address: { address: string; family: number }, signal: AbortSignal): Promise<IncomingMessage> {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: address.address, family: address.family }]);
    else callback(null, address.address, address.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, {
      lookup: pinned,
      agent: false, // a fresh connection to the checked address, never a pooled one
      signal,
      headers: {
        "user-agent": "Parallax/1.0 (newsroom version comparison)",
        accept: "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8",
        "accept-encoding": "gzip, deflate, br",
      },
    });
    request.on("response", resolve);
    request.on("error", reject);
  });
}

/** The body, decompressed, refused past the byte limit (counted after decompression). */
async function readBody(response: IncomingMessage, maxBytes: number, shown: string): Promise<Uint8Array> {
  const declared = Number(response.headers["content-length"]);
  if (declared > maxBytes && !response.headers["content-encoding"]) {
    response.resume();
    throw refusal(413, `${shown} is larger than ${maxBytes / 1024 / 1024} MB.`);
  }
  const encoding = String(response.headers["content-encoding"] ?? "").toLowerCase();
  const stream =
    encoding === "gzip" || encoding === "x-gzip"
      ? response.pipe(createGunzip())
      : encoding === "deflate"
        ? response.pipe(createInflate())
        : encoding === "br"
          ? response.pipe(createBrotliDecompress())
          : response;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      response.destroy();
      throw refusal(413, `${shown} is larger than ${maxBytes / 1024 / 1024} MB.`);
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
