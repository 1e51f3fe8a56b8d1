import { describe, expect, it } from "vitest";
import { typesetPdf, writePdf, type PdfLine } from "@/lib/testing/pdf-writer";
import { InputError } from "./errors";
import { extract } from "./extract";
import { readPdf } from "./pdf";

/** A made-up release: long enough to run over pages and to hyphenate words at line ends. */
const RELEASE = [
  "The Ministry of Transport announced on Tuesday that the northern railway line will reopen on 14 March after eighteen months of reconstruction works.",
  "According to the ministry, the reconstruction cost 212 million euros, of which 40 percent was financed by the regional development fund.",
  "“Passengers will save twenty minutes on every journey between the two cities,” said the deputy minister, adding that freight traffic would resume in April.",
  "The ministry also confirmed that three intermediate stations were rebuilt to be fully accessible, with lifts, tactile paving and new shelters.",
  "Trains will run every thirty minutes during peak hours and every hour in the evening, according to the timetable published today.",
  "Unions welcomed the announcement but warned that staffing levels at the rebuilt stations remained a concern for the coming winter.",
  "The opposition transport spokesperson questioned the final cost, noting that the original estimate approved by parliament was considerably lower.",
  "A ceremony marking the reopening will take place at the central station, where the first train is scheduled to depart at six in the morning.",
];

/** What the test PDF holds, read from its (uncompressed) content streams. */
const source = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");
const hyphenatedLineEnds = (bytes: Uint8Array) => source(bytes).match(/\w-\) Tj/g)?.length ?? 0;
const pageCount = (bytes: Uint8Array) => source(bytes).match(/\/Type \/Page /g)?.length ?? 0;

describe("readPdf", () => {
  it("reads a typeset release back as its paragraphs: header, footer and page numbers dropped, hyphenated words joined", async () => {
    const bytes = typesetPdf(RELEASE, { columns: 46, linesPerPage: 14, header: "Ministry of Transport — Press release", footer: "Page {page} of 4" });
    expect(hyphenatedLineEnds(bytes)).toBeGreaterThan(1);
    expect(pageCount(bytes)).toBeGreaterThan(2);
    const { text } = await readPdf(bytes, "release.pdf");
    expect(text.split("\n\n")).toEqual(RELEASE);
  });

  it("tells paragraphs apart by their first-line indent when there is no space between them", async () => {
    const bytes = typesetPdf(RELEASE.slice(0, 4), { columns: 46, indent: true });
    expect(hyphenatedLineEnds(bytes)).toBeGreaterThan(0);
    expect((await readPdf(bytes, "indented.pdf")).text.split("\n\n")).toEqual(RELEASE.slice(0, 4));
  });

  it("reads two columns one after the other, under a headline that spans both", async () => {
    const column = (words: string, x: number): PdfLine[] => {
      const lines: string[] = [];
      for (const word of words.split(" ")) {
        if (lines.length && `${lines.at(-1)} ${word}`.length <= 34) lines[lines.length - 1] += ` ${word}`;
        else lines.push(word);
      }
      return lines.map((text, i) => ({ text, x, y: 700 - i * 14, size: 10 }));
    };
    const headline: PdfLine = { text: "Northern railway line to reopen in March after reconstruction", x: 60, y: 760, size: 16 };
    const bytes = writePdf([[headline, ...column(RELEASE[0], 60), ...column(RELEASE[1], 320)]]);
    expect((await readPdf(bytes, "columns.pdf")).text.split("\n\n")).toEqual([headline.text, RELEASE[0], RELEASE[1]]);
  });

  it("keeps a hyphen at a line's end when the document writes the word with it elsewhere", async () => {
    const lines = ["The talks were described as business-", "like by the ministry, which also called", "them a business-like exchange of views."];
    const bytes = writePdf([lines.map((text, i) => ({ text, x: 72, y: 700 - i * 14 }))]);
    expect((await readPdf(bytes, "hyphens.pdf")).text).toBe(
      "The talks were described as business-like by the ministry, which also called them a business-like exchange of views.",
    );
  });

  it("takes the document's title from its metadata", async () => {
    const bytes = typesetPdf(RELEASE.slice(0, 2), { title: "Railway line reopens" });
    expect(await readPdf(bytes, "titled.pdf")).toMatchObject({ title: "Railway line reopens" });
  });

  it("refuses a PDF without a text layer with a sentence that names it and says why", async () => {
    const scan = writePdf([[], []]);
    await expect(readPdf(scan, "scan.pdf")).rejects.toThrow(InputError);
    await expect(readPdf(scan, "scan.pdf")).rejects.toThrow("scan.pdf has no text to read; it may be a scan.");
  });

  it("refuses a damaged file that only starts like a PDF", async () => {
    const broken = new TextEncoder().encode("%PDF-1.7\nthis is not really a PDF at all\n");
    await expect(readPdf(broken, "broken.pdf")).rejects.toThrow("broken.pdf could not be read as a PDF");
  });
});

describe("extract: PDF", () => {
  it("recognises a PDF by its signature and reports the format", async () => {
    const bytes = typesetPdf(RELEASE.slice(0, 3));
    const extracted = await extract({ name: "release.pdf", bytes });
    expect(extracted.format).toBe("pdf");
    expect(extracted.text.split("\n\n")).toEqual(RELEASE.slice(0, 3));
  });
});
