import { InputError } from "./errors";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  /** The text with a BOM removed, line endings as "\n" and no-break spaces as plain spaces. */
  text: string;
  encoding: TextEncodingName;
}

/**
 * Bytes → text. UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, or without one when the
 * NUL pattern makes it unmistakable), else Windows-1252: what Word and old CMS exports write.
 * Throws InputError when the bytes are not text; `name` (the file's name) starts that message.
 */
export function decode(bytes: Uint8Array, name?: string): DecodedText {
  const label = name ?? "This file";
  if (startsWith(bytes, PDF_MAGIC)) {
    throw new InputError(`${label} is a PDF, not text: copy its text into a .txt file or paste it instead.`, name);
  }
  const encoding = detectEncoding(bytes);
  const raw = decodeAs(bytes, encoding);
  if (encoding !== "utf-16le" && encoding !== "utf-16be" && bytes.includes(0)) throw binaryError(label, name);
  if (controlShare(raw) > MAX_CONTROL_SHARE) throw binaryError(label, name);
  return { text: normalizeText(raw), encoding };
}

/**
 * The whitespace differences that change paragraph structure or equality without changing what
 * the text says: CRLF/CR line endings and no-break spaces (which pasted web text is full of).
 */
export function normalizeText(text: string): string {
  // Most texts have none of these: one scan instead of five rewrites (every source's text is normalised twice).
  if (!NEEDS_NORMALIZING.test(text) && text.isWellFormed()) return text;
  // A lone surrogate (possible in a string handed to the engine, never in decoded bytes) becomes U+FFFD.
  return text
    .toWellFormed()
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/\u2029/g, "\n\n")
    .replace(/\u2028/g, "\n")
    .replace(/[\u00A0\u2007\u202F]/g, " ");
}

/**
 * Every character normalizeText rewrites (a byte-order mark only at the start, but any one sends the
 * text the long way). With /u the scan of a long text is about four times faster (every source's
 * text is scanned twice), and it finds the same: every character here is one code unit, and no
 * half of a surrogate pair is one of them.
 */
const NEEDS_NORMALIZING = /[\uFEFF\r\u2028\u2029\u00A0\u2007\u202F]/u;

/** Above this share of control characters a "text" is really a binary file decoded as text. */
const MAX_CONTROL_SHARE = 0.05;
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

function binaryError(label: string, name: string | undefined): InputError {
  return new InputError(`${label} looks like a binary file, not text.`, name);
}

function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return "utf-8";
  if (startsWith(bytes, [0xff, 0xfe])) return "utf-16le";
  if (startsWith(bytes, [0xfe, 0xff])) return "utf-16be";
  const unmarked = unmarkedUtf16(bytes);
  if (unmarked) return unmarked;
  return isValidUtf8(bytes) ? "utf-8" : "windows-1252";
}

/** UTF-16 without BOM: Latin text puts a NUL in every other byte, all on one side. */
function unmarkedUtf16(bytes: Uint8Array): TextEncodingName | undefined {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  if (sample.length < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = sample.length / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return "utf-16be";
  return undefined;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): string {
  // TextDecoder drops a BOM that matches its encoding (ignoreBOM defaults to false).
  if (encoding !== "windows-1252") return new TextDecoder(encoding).decode(bytes);
  return decodeWindows1252(bytes);
}

/**
 * Node's TextDecoder("windows-1252") decodes as ISO-8859-1 (0x93 → U+0093, not “), which would
 * turn every smart quote and dash of a Word export into an invisible control character; so the
 * 0x80–0x9F block is mapped here. The five unassigned bytes keep their C1 code points, as WHATWG says.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_C1[b - 0x80] : b)));
  }
  return out;
}

// prettier-ignore
const WINDOWS_1252_C1 = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Share of characters that never occur in text: C0/C1 controls other than tab, newline, CR, form feed. */
function controlShare(text: string): number {
  if (!text.length) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) controls++;
  }
  return controls / text.length;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
