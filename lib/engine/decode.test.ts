import { describe, expect, it } from "vitest";
import { decode, normalizeText } from "./decode";
import { InputError } from "./errors";

const SAMPLE = "“Café” — it’s 4.5°C.\nSecond line";

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? "\uFEFF" : "") + text;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return bytes;
}

function catchError(run: () => unknown): Error {
  try {
    run();
  } catch (err) {
    return err as Error;
  }
  throw new Error("expected a throw");
}

describe("decode", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decode(new TextEncoder().encode(SAMPLE))).toEqual({ text: SAMPLE, encoding: "utf-8" });
  });

  it("reads UTF-8 with a BOM and drops the BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]);
    expect(decode(bytes)).toEqual({ text: SAMPLE, encoding: "utf-8" });
  });

  it("reads UTF-16 LE and BE with a BOM", () => {
    expect(decode(utf16(SAMPLE, true, true))).toEqual({ text: SAMPLE, encoding: "utf-16le" });
    expect(decode(utf16(SAMPLE, false, true))).toEqual({ text: SAMPLE, encoding: "utf-16be" });
  });

  it("recognises UTF-16 LE without a BOM from its NUL pattern", () => {
    expect(decode(utf16("Plain English text, saved by an old editor.", true, false))).toEqual({
      text: "Plain English text, saved by an old editor.",
      encoding: "utf-16le",
    });
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8, keeping smart quotes, é and dashes", () => {
    // “Café” — it’s: 0x93 C a f 0xE9 0x94 space 0x97 space i t 0x92 s
    const bytes = new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x97, 0x20, 0x69, 0x74, 0x92, 0x73, 0x80]);
    expect(decode(bytes)).toEqual({ text: "“Café” — it’s€", encoding: "windows-1252" });
  });

  it("normalises CRLF and CR line endings and no-break spaces", () => {
    const text = "One\r\nTwo\rThree\u00A0four\u202Ffive";
    expect(decode(new TextEncoder().encode(text)).text).toBe("One\nTwo\nThree four five");
  });

  it("reads empty input as empty text", () => {
    expect(decode(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });

  it("rejects NUL bytes in a file that is not UTF-16, naming the file", () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]);
    const error = catchError(() => decode(bytes, "photo.txt"));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe("photo.txt looks like a binary file, not text.");
    expect((error as InputError).source).toBe("photo.txt");
  });

  it("rejects text that is mostly control characters", () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41 + (i % 20)));
    expect(() => decode(bytes)).toThrow("This file looks like a binary file, not text.");
  });

  it("says so when handed a PDF", () => {
    expect(() => decode(new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n"), "story.pdf")).toThrow(/story\.pdf is a PDF/);
  });
});

describe("normalizeText", () => {
  it("turns paragraph and line separators into newlines and drops a leading BOM", () => {
    expect(normalizeText("\uFEFFa\u2029b\u2028c")).toBe("a\n\nb\nc");
  });

  it("gives what the five rewrites give, whether a text needs any of them or none", () => {
    const rewritten = (text: string) =>
      text.toWellFormed().replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\u2029/g, "\n\n").replace(/\u2028/g, "\n").replace(/[\u00A0\u2007\u202F]/g, " ");
    const texts = ["Plain text.\n\nTwo paragraphs.", "a\r\nb\rc", "no\u00A0break\u2007figure\u202Fnarrow", "lone \uD800 surrogate", "mid\uFEFFtext", "\uFEFF", ""];
    for (const text of texts) expect(normalizeText(text)).toBe(rewritten(text));
    // A text with nothing to rewrite is handed back as it is.
    const plain = texts[0];
    expect(normalizeText(plain)).toBe(plain);
  });
});
