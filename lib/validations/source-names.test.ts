import { describe, expect, it } from "vitest";
import { baseName, cleanName, hasUnsafeNameChars, nameTooLong, pastedName, uniqueNames } from "./source-names";

describe("source names", () => {
  it("keeps distinct names and numbers repeats, ignoring case", () => {
    expect(uniqueNames(["a.txt", "index.html", "INDEX.html", "index.html"])).toEqual([
      "a.txt",
      "index.html",
      "INDEX.html (2)",
      "index.html (3)",
    ]);
  });

  it("strips folders from uploaded file names", () => {
    expect(baseName("C:\\Users\\ed\\tass.txt")).toBe("tass.txt");
    expect(baseName("drafts/ap.txt")).toBe("ap.txt");
  });

  it("names an unnamed pasted box by its position", () => {
    expect(pastedName("  ", 1)).toBe("Pasted text 2");
    expect(pastedName(" Reuters ", 0)).toBe("Reuters");
  });
});

describe("the name rule", () => {
  it("takes out NUL, line breaks and other controls", () => {
    expect(cleanName("tass\u0000.txt")).toBe("tass .txt");
    expect(cleanName("AP\r\nwire\t(copy)\u001b[31m")).toBe("AP wire (copy) [31m");
    expect(cleanName("\u0085Reuters\u009b")).toBe("Reuters");
  });

  it("takes out bidi overrides, embeddings, isolates and marks, so a name reads as it is", () => {
    expect(cleanName("invoice\u202Etxt.exe")).toBe("invoice txt.exe");
    expect(baseName("report\u2067\u2066.docx\u2069")).toBe("report .docx");
    expect(cleanName("\u200Fname\u200E")).toBe("name");
    expect(hasUnsafeNameChars("invoice\u202Etxt.exe")).toBe(true);
    expect(hasUnsafeNameChars("Интерфакс — لندن.txt")).toBe(false);
  });

  it("repairs a lone surrogate and keeps real non-Latin names whole", () => {
    expect(cleanName("a\ud800b")).toBe("a\ufffdb");
    expect(cleanName("東京新聞 😀.txt")).toBe("東京新聞 😀.txt");
  });

  it("allows 200 characters and says where a longer name starts", () => {
    expect(nameTooLong("n".repeat(200))).toBeUndefined();
    expect(nameTooLong("n".repeat(100_000))).toBe(`A source name is longer than 200 characters ("${"n".repeat(40)}…").`);
  });
});
