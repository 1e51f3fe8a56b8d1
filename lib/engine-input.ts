import type { IncomingSource } from "@/lib/comparisons";
import type { SourceInput } from "@/lib/engine/types";

/**
 * What the engine is given for a source as received (uploaded, pasted or fetched): the bytes of
 * binary formats (docx, PDF), HTML as HTML, text as text. Free of the database, for the CLI too.
 */
export function toEngineInput(source: Pick<IncomingSource, "name" | "mediaType" | "text" | "bytes" | "html">): SourceInput {
  if (source.bytes && !source.text) return { name: source.name, bytes: source.bytes, mediaType: source.mediaType };
  if (source.html) return { name: source.name, html: source.text, mediaType: "text/html" };
  return { name: source.name, text: source.text, mediaType: source.mediaType };
}
