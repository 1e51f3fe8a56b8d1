import { describe, expect, it } from "vitest";
import { parseFigure, tokenize } from "./figure-tokens";

describe("parseFigure", () => {
  it("keeps the precision a figure is written to", () => {
    expect(parseFigure("2,000")).toEqual({ value: 2000, step: 1000 });
    expect(parseFigure("40.25")).toMatchObject({ value: 40.25, step: 0.01 });
    expect(parseFigure("1.000")).toMatchObject({ value: 1, alt: 1000 });
    expect(parseFigure("3-3/4")).toMatchObject({ value: 3.75 });
  });
});

describe("tokenize", () => {
  it("reads a number word glued to its noun as the number, the hyphen and the noun", () => {
    expect(tokenize("a two-year deal").map((t) => `${t.kind}:${t.text}`)).toEqual(["word:a", "word:two", "sym:-", "word:year", "word:deal"]);
  });

  it("keeps a mixed number and a race time whole", () => {
    expect(tokenize("4-3/4 percent in 2:09:56").map((t) => t.text)).toEqual(["4-3/4", "percent", "in", "2:09:56"]);
  });
});
