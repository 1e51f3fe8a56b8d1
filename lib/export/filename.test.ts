import { describe, expect, it } from "vitest";
import { asciiSlug, contentDisposition, exportFilename, unicodeSlug } from "./filename";

const day = new Date("2026-11-21T23:59:00Z");

describe("export file names", () => {
  it("slugs the title and adds the date", () => {
    expect(exportFilename("Istanbul talks", day, "csv")).toEqual({ ascii: "istanbul-talks-2026-11-21.csv", unicode: "istanbul-talks-2026-11-21.csv" });
    expect(asciiSlug("  Çavuşoğlu’s “talks” — Ankara/İstanbul  ")).toBe("cavusoglu-s-talks-ankara-istanbul");
    expect(unicodeSlug("Переговоры в Стамбуле")).toBe("переговоры-в-стамбуле");
    expect(asciiSlug("x".repeat(100))).toHaveLength(60);
  });

  it("sends an ASCII filename alone when that is enough", () => {
    expect(contentDisposition("Istanbul talks", day, "pdf")).toBe('attachment; filename="istanbul-talks-2026-11-21.pdf"');
  });

  it("adds filename* (RFC 6266) for non-ASCII titles, with an ASCII fallback", () => {
    expect(contentDisposition("Переговоры в Стамбуле", day, "md")).toBe(
      "attachment; filename=\"comparison-2026-11-21.md\"; filename*=UTF-8''%D0%BF%D0%B5%D1%80%D0%B5%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%D1%8B-%D0%B2-%D1%81%D1%82%D0%B0%D0%BC%D0%B1%D1%83%D0%BB%D0%B5-2026-11-21.md",
    );
    expect(contentDisposition("Zoë's (draft)", day, "csv")).toBe(
      "attachment; filename=\"zoe-s-draft-2026-11-21.csv\"; filename*=UTF-8''zo%C3%AB-s-draft-2026-11-21.csv",
    );
  });
});
