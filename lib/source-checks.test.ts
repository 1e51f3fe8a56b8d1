import { describe, expect, it } from "vitest";
import { InputError } from "@/lib/engine/errors";
import type { SourceInput } from "@/lib/engine/types";
import { errorBody, statusForError } from "@/lib/limits";
import { checkSources } from "@/lib/source-checks";

const ok: SourceInput = { name: "ok.txt", text: "The talks lasted six hours." };
const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: Array<number[] | string>) => {
  const chunks = parts.map((p) => (typeof p === "string" ? utf8(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

/** The error checkSources throws for these sources, as the API would answer it. */
function refusal(inputs: SourceInput[], max = { maxFileBytes: 5 * 1024 * 1024, maxRequestBytes: 25 * 1024 * 1024 }) {
  try {
    checkSources(inputs, max);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return { status: statusForError(err), ...errorBody(err) };
  }
  throw new Error("expected the sources to be refused");
}

describe("checkSources: counts", () => {
  it("needs at least two sources and takes at most fifty", () => {
    expect(refusal([])).toEqual({ status: 400, error: "A comparison needs at least 2 sources; got 0." });
    expect(refusal([ok])).toEqual({ status: 400, error: "A comparison needs at least 2 sources; got 1." });
    const many = Array.from({ length: 51 }, (_, i) => ({ ...ok, name: `s${i}.txt` }));
    expect(refusal(many)).toEqual({ status: 400, error: "A comparison takes at most 50 sources; got 51." });
    expect(() => checkSources(many.slice(0, 50))).not.toThrow();
  });
});

describe("checkSources: empty", () => {
  it("refuses an empty or blank source, pasted or uploaded, and names it", () => {
    expect(refusal([ok, { name: "b.txt", text: "" }])).toEqual({ status: 400, error: "b.txt is empty.", source: "b.txt" });
    expect(refusal([ok, { name: "Paste 2", text: " \n\t\u00a0\r\n " }])).toEqual({ status: 400, error: "Paste 2 is empty.", source: "Paste 2" });
    expect(refusal([ok, { name: "c.txt", bytes: new Uint8Array(0) }])).toMatchObject({ error: "c.txt is empty.", source: "c.txt" });
    // A UTF-16 file holding only a BOM and spaces is blank too.
    expect(refusal([ok, { name: "d.txt", bytes: bytes([0xff, 0xfe, 0x20, 0, 0x0a, 0]) }])).toMatchObject({ source: "d.txt", error: /is empty\./ });
    expect(refusal([ok, { name: "e.html", html: "   " }])).toMatchObject({ source: "e.html", error: /is empty\./ });
  });
});

describe("checkSources: binary and unsupported types", () => {
  it("refuses binary content (NUL bytes, control characters), whatever it is called", () => {
    const noise = bytes("abc", [0, 1, 2, 3, 0, 0x9d, 0], "def");
    expect(refusal([ok, { name: "noise.txt", bytes: noise }])).toEqual({
      status: 400,
      error: "noise.txt looks like a binary file, not text.",
      source: "noise.txt",
    });
    // Binary read as text by a browser arrives as text full of replacement characters.
    const garbled = "\ufffd\ufffdPNG\u0000\u0001".repeat(50);
    expect(refusal([ok, { name: "pasted", text: garbled }])).toMatchObject({ source: "pasted", error: /binary file/ });
  });

  it("catches a PDF, an image or a program by its signature even when renamed .txt (415)", () => {
    const cases: Array<[Uint8Array, RegExp]> = [
      [bytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"), /^story\.txt is a PDF, not text: copy its text into a \.txt file or paste it instead\.$/],
      [bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /^story\.txt is a PNG image, not text/],
      [bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), /is a JPEG image/],
      [bytes("MZ", [0x90, 0, 3, 0, 0, 0, 4, 0]), /is a Windows program/],
      [bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), /is a program \(ELF\)/],
    ];
    for (const [content, message] of cases) {
      expect(refusal([ok, { name: "story.txt", bytes: content }])).toMatchObject({ status: 415, source: "story.txt", error: message });
    }
  });

  it("refuses files of a format it does not read (415), and says which it reads", () => {
    for (const name of ["setup.exe", "photo.png", "old.doc", "README"]) {
      expect(refusal([ok, { name, bytes: utf8("plain words") }])).toEqual({
        status: 415,
        source: name,
        error: `${name} is not a format Parallax reads: use .txt, .md, .html, .docx or .pdf.`,
      });
    }
  });

  it("takes a .pdf that starts like a PDF (the engine reads it) and refuses one that does not (415)", () => {
    expect(() => checkSources([ok, { name: "release.pdf", bytes: utf8("%PDF-1.7\n1 0 obj") }])).not.toThrow();
    expect(refusal([ok, { name: "release.pdf", bytes: utf8("plain words") }])).toEqual({
      status: 415,
      source: "release.pdf",
      error: "release.pdf is not a PDF: its content does not start like one.",
    });
  });

  it("lets text through: any encoding, prose that starts like a signature, any paste name, a .docx", () => {
    const utf16le = bytes([0xff, 0xfe], Array.from(Buffer.from("Caf\u00e9 talks", "utf16le")));
    const cp1252 = bytes([0x93, 0x41, 0x94, 0x20, 0xe9, 0x20, 0x97]); // “A” é —
    const docx = bytes([0x50, 0x4b, 0x03, 0x04], "word/document.xml");
    expect(() =>
      checkSources([
        { name: "a.txt", bytes: utf8("\ufeffUTF-8 with BOM") },
        { name: "b.txt", bytes: utf16le },
        { name: "c.txt", bytes: cp1252 },
        { name: "d.md", bytes: utf8("MZ Ventures said on Friday…") },
        { name: "AP v1.2", text: "A pasted source may have any name." },
        { name: "e.docx", bytes: docx },
      ]),
    ).not.toThrow();
  });
});

describe("checkSources: sizes", () => {
  const max = { maxFileBytes: 1000, maxRequestBytes: 2500 };
  it("refuses one source over the per-file limit (413), pasted or uploaded", () => {
    expect(refusal([ok, { name: "big.txt", bytes: utf8("a".repeat(1001)) }], max)).toEqual({
      status: 413,
      error: "big.txt is larger than 1 KB.",
      source: "big.txt",
    });
    // Pasted text is measured in UTF-8 bytes, not characters: 400 "é" are 800 bytes.
    expect(() => checkSources([ok, { name: "p", text: "\u00e9".repeat(400) }], max)).not.toThrow();
    expect(refusal([ok, { name: "p", text: "\u00e9".repeat(501) }], max)).toMatchObject({ status: 413, source: "p" });
  });

  it("refuses sources that together exceed the request limit (413), with no source named", () => {
    const third = (name: string) => ({ name, text: "a".repeat(900) });
    const result = refusal([third("a"), third("b"), third("c")], max);
    expect(result.status).toBe(413);
    expect(result.source).toBeUndefined();
    expect(result.error).toBe("The upload is larger than 3 KB; send fewer or smaller files.");
  });

  it("says real limits in MB", () => {
    const big = { name: "big.txt", bytes: new Uint8Array(6 * 1024 * 1024).fill(0x61) };
    expect(refusal([ok, big]).error).toBe("big.txt is larger than 5 MB.");
  });
});

describe("checkSources: the name rule", () => {
  it("refuses a name past 200 characters, or one still holding a control or a direction override", () => {
    expect(refusal([ok, { ...ok, name: "n".repeat(100_000) }])).toEqual({
      status: 400,
      error: `A source name is longer than 200 characters ("${"n".repeat(40)}…").`,
    });
    expect(refusal([ok, { ...ok, name: "invoice\u202Etxt.exe" }])).toEqual({
      status: 400,
      error: 'The source name "invoice txt.exe" contains control or text-direction characters; rename it.',
    });
  });
});
