import { describe, expect, it } from "vitest";
import { forgetTexts } from "../memo";
import { memoByWord } from "./word-memo";

describe("memoByWord", () => {
  it("reads a word once, and keeps it when a comparison starts", () => {
    const read: string[] = [];
    const upper = memoByWord(10, (word: string) => {
      read.push(word);
      return word.toUpperCase();
    });
    expect(upper("talks")).toBe("TALKS");
    forgetTexts();
    expect(upper("talks")).toBe("TALKS");
    expect(read).toEqual(["talks"]);
  });

  it("empties itself when full, then reads again to the same answers", () => {
    const read: string[] = [];
    const length = memoByWord(2, (word: string) => {
      read.push(word);
      return word.length;
    });
    for (const word of ["a", "bb", "ccc", "a"]) length(word);
    expect(read).toEqual(["a", "bb", "ccc", "a"]);
    expect(length("ccc")).toBe(3);
  });
});
