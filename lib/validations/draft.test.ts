import { describe, expect, it } from "vitest";
import { checkDraft } from "./draft";

describe("checkDraft", () => {
  it("names the empty and the unreadable sources, each in its own words", () => {
    const errors = checkDraft([
      { key: "a", kind: "file", name: "moscow-times.txt", size: 0 },
      { key: "b", kind: "file", name: "scan.pdf", size: 10 },
      { key: "c", kind: "paste", name: "Reuters", text: "  \n" },
      { key: "d", kind: "file", name: "tass.txt", size: 1200 },
    ]);
    expect(errors.bySource).toEqual({
      a: "moscow-times.txt is empty.",
      b: "scan.pdf is not a format Parallax reads: use .txt, .md, .html or .docx.",
      c: "Reuters is empty.",
    });
    expect(errors.form).toBeUndefined();
  });

  it("asks for a second source", () => {
    expect(checkDraft([{ key: "a", kind: "paste", name: "AP", text: "text" }]).form).toMatch(/at least 2 sources; got 1/);
  });

  it("refuses more than fifty sources", () => {
    const many = Array.from({ length: 51 }, (_, i) => ({ key: `${i}`, kind: "paste" as const, name: `s${i}`, text: "x" }));
    expect(checkDraft(many).form).toMatch(/at most 50 sources; got 51/);
  });
});
