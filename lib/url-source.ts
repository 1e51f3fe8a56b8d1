import { decodeHTML } from "entities";
import type { IncomingSource } from "@/lib/comparisons";
import { decode } from "@/lib/engine/decode";
import { fetchSource, type FetchOptions } from "@/lib/fetch-source";
import { HttpInputError } from "@/lib/limits";
import { MAX_NAME_CHARS } from "@/lib/validations/limits";
import { cleanName } from "@/lib/validations/source-names";

/**
 * A source given by its address → what lib/comparisons.ts stores: the fetched page (bytes and
 * decoded HTML or text) with where it came from, then extracted by the engine like an uploaded
 * page. Without a name it is called by its host and title ("apnews.com — Quake kills 2,000").
 */
export async function urlSource(url: string, name?: string, options?: FetchOptions): Promise<IncomingSource> {
  const shownAs = name?.trim() || url.trim();
  let fetched;
  try {
    fetched = await fetchSource(url, options);
  } catch (err) {
    // The sentence names the URL; the source field lets the form show it beside the link.
    if (err instanceof HttpInputError) throw new HttpInputError(err.status, err.message, shownAs);
    throw err;
  }
  const provenance = { requestedUrl: fetched.url, finalUrl: fetched.finalUrl, fetchedAt: new Date() };
  const source = { kind: "url" as const, mediaType: fetched.mediaType, bytes: fetched.bytes, provenance };
  if (fetched.mediaType === "application/pdf") {
    return { ...source, name: name?.trim() || defaultName(fetched.finalUrl, fileName(fetched.finalUrl)), text: "" };
  }
  const { text } = decode(fetched.bytes, shownAs);
  const html = fetched.mediaType === "text/html";
  return { ...source, name: name?.trim() || defaultName(fetched.finalUrl, html ? pageTitle(text) : undefined), text, html };
}

function defaultName(finalUrl: string, title: string | undefined): string {
  const host = new URL(finalUrl).hostname.replace(/^www\./, "");
  const name = cleanName(title ? `${host} — ${title}` : host);
  return name.length > MAX_NAME_CHARS ? `${name.slice(0, MAX_NAME_CHARS - 1)}…` : name;
}

function fileName(url: string): string | undefined {
  const last = new URL(url).pathname.split("/").pop() ?? "";
  try {
    return decodeURIComponent(last) || undefined;
  } catch {
    return last || undefined; // a stray "%" in the address
  }
}

/** The page's own title: og:title, else <title>, entities decoded, white space collapsed. */
export function pageTitle(html: string): string | undefined {
  const og = /<meta\s[^>]*property=["']og:title["'][^>]*>/i.exec(html)?.[0];
  const content = og ? /content=["']([^"']*)["']/i.exec(og)?.[1] : undefined;
  const raw = content ?? /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const title = raw ? decodeHTML(raw).replace(/\s+/g, " ").trim() : "";
  return title || undefined;
}
