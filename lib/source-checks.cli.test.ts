import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "@/lib/cli/main";

/** The CLI refuses what the API refuses, with the same sentence, and exits 2. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const at = path.join(dir, name);
  fs.writeFileSync(at, content);
  return at;
}

async function run(...files: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const code = await main(["compare", ...files], { write: () => true }, { write: (chunk: string) => (stderr += chunk) });
  return { code, stderr: stderr.trim() };
}

const good = file("good.txt", "Russian and US diplomats met in Istanbul on Thursday for six hours of talks.");

describe("parallax compare: bad input exits 2 with the API's sentence", () => {
  it.each([
    ["one file", [good], "A comparison needs at least 2 sources; got 1."],
    ["an empty file", [good, file("empty.txt", "")], "empty.txt is empty."],
    ["a blank file", [good, file("blank.txt", " \r\n\t \n")], "blank.txt is empty."],
    ["a binary file", [good, file("data.txt", Buffer.from([0x41, 0, 1, 2, 0, 0x42, 0, 0]))], "data.txt looks like a binary file, not text."],
    ["a PDF renamed .txt", [good, file("report.txt", "%PDF-1.7\n1 0 obj")], "report.txt is a PDF, not text: copy its text into a .txt file or paste it instead."],
    ["an image", [good, file("photo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47]))], "photo.png is not a format Parallax reads: use .txt, .md, .html, .docx or .pdf."],
    ["a text file named .pdf", [good, file("release.pdf", "Not a PDF at all, just words.")], "release.pdf is not a PDF: its content does not start like one."],
  ])("%s", async (_what, files, sentence) => {
    expect(await run(...files)).toEqual({ code: 2, stderr: `parallax: ${sentence}` });
  });

  it("fifty-one files", async () => {
    const many = Array.from({ length: 51 }, (_, i) => file(`v${i}.txt`, `Version ${i} of the story.`));
    expect(await run(...many)).toEqual({ code: 2, stderr: "parallax: A comparison takes at most 50 sources; got 51." });
  });
});
