import { describe, expect, it } from "vitest";
import { baseName, pastedName, uniqueNames } from "./source-names";

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
