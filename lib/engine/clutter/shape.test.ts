import { describe, expect, it } from "vitest";
import { letterRegExp } from "./letters";
import { isLetterOrDigitCode, isSpaceCode, splitsIntoMoreThan, wordCount } from "./shape";

describe("character tests for hand-written loops", () => {
  it("agree with \\s and letterRegExp's [\\p{L}\\p{N}] on every UTF-16 code unit", () => {
    const space = /\s/u;
    const letterOrDigit = letterRegExp(String.raw`[\p{L}\p{N}]`);
    for (let c = 0; c <= 0xffff; c++) {
      const char = String.fromCharCode(c);
      if (isSpaceCode(c) !== space.test(char)) throw new Error(`\\s differs at U+${c.toString(16)}`);
      if (isLetterOrDigitCode(c) !== letterOrDigit.test(char)) throw new Error(`[\\p{L}\\p{N}] differs at U+${c.toString(16)}`);
    }
  });
});

describe("wordCount", () => {
  // What it was first written as: the loop must give exactly this.
  const hasLetterOrDigit = letterRegExp(String.raw`[\p{L}\p{N}]`);
  const bySplit = (text: string) => text.split(/\s+/).filter((w) => hasLetterOrDigit.test(w)).length;

  it("counts the pieces between spaces that hold a letter or digit", () => {
    expect(wordCount("  The U.S. Army — 2,500 troops… ")).toBe(5);
    expect(wordCount("— … !")).toBe(0);
    expect(wordCount("")).toBe(0);
  });

  it("agrees with splitting on spaces, whatever the spaces and marks", () => {
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const pieces = ["to", "É", "9", "я", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "—", "…", "“", "😀", "-", "."];
    for (let n = 0; n < 2000; n++) {
      let text = "";
      for (let k = next() % 14; k > 0; k--) text += pieces[next() % pieces.length];
      expect(wordCount(text)).toBe(bySplit(text));
    }
  });
});

describe("splitsIntoMoreThan", () => {
  it("agrees with splitting on spaces", () => {
    let seed = 9;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const pieces = ["a", "b2", " ", "  ", "\t", "\u00a0", "—"];
    for (let n = 0; n < 2000; n++) {
      let text = "";
      for (let k = next() % 30; k > 0; k--) text += pieces[next() % pieces.length];
      for (const max of [0, 1, 3, 12]) expect(splitsIntoMoreThan(text, max)).toBe(text.split(/\s+/).length > max);
    }
  });
});
