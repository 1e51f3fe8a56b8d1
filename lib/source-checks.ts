import { decode } from "@/lib/engine/decode";
import { InputError } from "@/lib/engine/errors";
import type { SourceInput } from "@/lib/engine/types";
import { fileTooLarge, HttpInputError, limits, requestTooLarge, type Limits } from "@/lib/limits";
import { mediaTypeFor } from "@/lib/media-types";
import { isPdf } from "@/lib/engine/pdf";
import { MAX_SOURCES, MIN_SOURCES } from "@/lib/validations/limits";
import { messages } from "@/lib/validations/messages";
import { cleanName, hasUnsafeNameChars, nameTooLong } from "@/lib/validations/source-names";

/**
 * The one place bad input is caught before anything runs or is stored: the API (lib/intake.ts)
 * and the CLI both call these, so an editor reads the same sentence on the page, in the API's JSON
 * and on the CLI's stderr. Each check throws an InputError naming the source.
 */
export function checkSources(inputs: SourceInput[], max: SizeLimits = limits): void {
  checkSourceCount(inputs.length);
  let total = 0;
  inputs.forEach((input, i) => {
    const name = input.name || `Source ${i + 1}`;
    checkSourceName(name);
    if (input.bytes) checkFile(name, input.bytes, max, input.mediaType);
    else checkText(name, input.text ?? input.html ?? "", max);
    total += input.bytes ? input.bytes.byteLength : Buffer.byteLength(input.text ?? input.html ?? "", "utf8");
  });
  if (total > max.maxRequestBytes) throw requestTooLarge(max.maxRequestBytes);
}

type SizeLimits = Pick<Limits, "maxFileBytes" | "maxRequestBytes">;

const PDF = mediaTypeFor("a.pdf");

/**
 * The name rule of every way in (lib/validations/source-names.ts): the API and the form clean names
 * as they arrive; a name that still breaks the rule here (the CLI, a caller that did not clean) is
 * refused rather than stored with a NUL, a bidi override or 100,000 characters in it.
 */
export function checkSourceName(name: string): void {
  const tooLong = nameTooLong(name);
  if (tooLong) throw new HttpInputError(400, tooLong);
  if (hasUnsafeNameChars(name)) throw new HttpInputError(400, `The source name "${cleanName(name)}" contains control or text-direction characters; rename it.`);
}

/** Checked first, before any file is read: a count is known as soon as the request is parsed. */
export function checkSourceCount(count: number): void {
  if (count < MIN_SOURCES) throw new HttpInputError(400, messages.tooFew(count));
  if (count > MAX_SOURCES) throw new HttpInputError(400, messages.tooMany(count));
}

/**
 * An uploaded file: a format Parallax reads (by extension, or as a fetched page said), not empty, not too large, a real PDF
 * when it is called .pdf, and not a PDF, image or program renamed to .txt (by signature). Text files are then decoded, which refuses
 * other binary content and finds blank ones.
 */
export function checkFile(name: string, bytes: Uint8Array, max: SizeLimits = limits, mediaType = mediaTypeFor(name)): void {
  if (!mediaType) throw new HttpInputError(415, messages.unsupported(name), name);
  if (!bytes.byteLength) throw emptySource(name);
  if (bytes.byteLength > max.maxFileBytes) throw fileTooLarge(name, max.maxFileBytes);
  // A PDF's text is read by the engine, which says so when it has none (a scan).
  if (mediaType === PDF) {
    if (!isPdf(bytes)) throw new HttpInputError(415, `${name} is not a PDF: its content does not start like one.`, name);
    return;
  }
  const sniffed = sniffBinary(bytes);
  if (sniffed) throw new HttpInputError(415, `${name} is ${sniffed}, not text: copy its text into a .txt file or paste it instead.`, name);
  if (isZip(bytes)) return; // .docx: mammoth reads it; the engine says so if it is another archive.
  checkDecodedText(bytes, name);
}

/** Pasted text (or HTML): not empty, not too large, and not binary pasted or sent as text. */
export function checkText(name: string, text: string, max: SizeLimits = limits): void {
  if (!text.length) throw emptySource(name);
  const size = Buffer.byteLength(text, "utf8");
  if (size > max.maxFileBytes) throw fileTooLarge(name, max.maxFileBytes);
  // A PDF or image read as text by a browser arrives full of control and replacement characters.
  checkDecodedText(new TextEncoder().encode(text), name);
}

/** Throws the engine's own "binary" sentence, or "empty" when only white space is left. */
function checkDecodedText(bytes: Uint8Array, name: string): void {
  const { text } = decode(bytes, name);
  if (!text.trim()) throw emptySource(name);
}

function emptySource(name: string): InputError {
  return new HttpInputError(400, messages.empty(name), name);
}

/** File signatures of formats that are not text, whatever the file is called. */
const SIGNATURES: Array<{ bytes: number[]; what: string; alsoNul?: boolean }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: "a PDF" }, // %PDF-
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" }, // GIF8
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: "a program (ELF)" },
  // "MZ" also starts prose ("MZ Ventures said…"); a Windows program has NULs right after it.
  { bytes: [0x4d, 0x5a], what: "a Windows program", alsoNul: true },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: "an old Office document (.doc/.xls)" },
  { bytes: [0x1f, 0x8b], what: "a compressed archive (gzip)" },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: "a compressed archive (RAR)" },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: "a compressed archive (7z)" },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: "a Rich Text file (RTF)" }, // {\rtf
];

export function sniffBinary(bytes: Uint8Array): string | undefined {
  for (const { bytes: magic, what, alsoNul } of SIGNATURES) {
    if (!magic.every((b, i) => bytes[i] === b)) continue;
    if (alsoNul && !bytes.subarray(0, 64).includes(0)) continue;
    return what;
  }
  return undefined;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
