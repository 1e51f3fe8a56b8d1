import { describe, expect, it } from "vitest";
import { forAsciiLetters, lettersAllAscii, tokenSpans } from "./token-spans";

describe("lettersAllAscii", () => {
  it("takes curly quotes, dashes and no-break spaces for no letters", () => {
    expect(lettersAllAscii("“Talks resume,” he said — in Istanbul\u00a0today…")).toBe(true);
    expect(lettersAllAscii("Peña said")).toBe(false);
    expect(lettersAllAscii("a \u212A sign")).toBe(false);
  });
});

describe("forAsciiLetters", () => {
  it("makes the Unicode letter classes ASCII ones and drops the u flag", () => {
    expect(String(forAsciiLetters(/[\p{L}\d][\p{L}\p{M}\d'’.]*|[^\s\p{L}\d]/uy))).toBe(String(/[A-Za-z\d][A-Za-z\d'’.]*|[^\sA-Za-z\d]/y));
    expect(String(forAsciiLetters(/\p{Lu}\p{Ll}+ \p{L}/u))).toBe(String(/[A-Z][a-z]+ [A-Za-z]/));
  });

  it("refuses a pattern it cannot read so", () => {
    expect(() => forAsciiLetters(/\p{N}/u)).toThrow();
    expect(() => forAsciiLetters(/\p{L}/iu)).toThrow();
  });

  it("finds the same tokens as the Unicode pattern in a text of ASCII letters", () => {
    const token = /\d+(?:[.,]\d+)*|\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*|[^\s\p{L}\d]/uy;
    const text = "The “37-year-old” O’Neill won 1,200 votes — ½ of them… in well-known Vienna.";
    expect(lettersAllAscii(text)).toBe(false); // "½" is past General Punctuation: read by the Unicode pattern
    const ascii = text.replace("½", "half");
    const spans = tokenSpans(ascii, token);
    const unicode: number[] = [];
    for (const m of ascii.matchAll(new RegExp(token.source, "gu"))) unicode.push(m.index!, m.index! + m[0].length);
    expect(spans).toEqual(unicode);
  });
});
