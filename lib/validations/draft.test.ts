import { describe, expect, it } from "vitest";
import { checkDraft } from "./draft";

describe("checkDraft", () => {
  it("names the empty and the unreadable sources, each in its own words", () => {
    const errors = checkDraft([
      { key: "a", kind: "file", name: "moscow-times.txt", size: 0 },
      { key: "b", kind: "file", name: "scan.tiff", size: 10 },
      { key: "c", kind: "paste", name: "Reuters", text: "  \n" },
      { key: "d", kind: "file", name: "tass.txt", size: 1200 },
    ]);
    expect(errors.bySource).toEqual({
      a: "moscow-times.txt is empty.",
      b: "scan.tiff is not a format Parallax reads: use .txt, .md, .html, .docx or .pdf.",
      c: "Reuters is empty.",
    });
    expect(errors.form).toBeUndefined();
  });

  it("checks a link's form before sending: http or https, a real address", () => {
    const errors = checkDraft([
      { key: "a", kind: "url", name: "https://news.example/story", url: "https://news.example/story" },
      { key: "b", kind: "url", name: "ftp://files.example/a.txt", url: "ftp://files.example/a.txt" },
      { key: "c", kind: "url", name: "news.example/story", url: "news.example/story" },
    ]);
    expect(errors.bySource).toEqual({
      b: "ftp://files.example/a.txt is not an http or https address.",
      c: "news.example/story is not a web address; give one starting with https://.",
    });
  });

  it("asks for a second source", () => {
    expect(checkDraft([{ key: "a", kind: "paste", name: "AP", text: "text" }]).form).toMatch(/at least 2 sources; got 1/);
  });

  it("refuses more than fifty sources", () => {
    const many = Array.from({ length: 51 }, (_, i) => ({ key: `${i}`, kind: "paste" as const, name: `s${i}`, text: "x" }));
    expect(checkDraft(many).form).toMatch(/at most 50 sources; got 51/);
  });
});
