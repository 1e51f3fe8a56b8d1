import { describe, expect, it } from "vitest";
import { formatDetector } from "./format";
import { punctuationDetector } from "./punctuation";
import { pairOf } from "./pair.test-helper";

describe("punctuation and format", () => {
  it("calls a comma cosmetic", () => {
    expect(punctuationDetector.detect(pairOf("Ohio, Indiana and Michigan", "Ohio, Indiana, and Michigan"))).toMatchObject({ severity: "cosmetic" });
  });

  it("calls spacing, hyphenation and contractions cosmetic", () => {
    expect(formatDetector.detect(pairOf("a half century ago", "a half-century ago"))).toMatchObject({ severity: "cosmetic" });
    expect(formatDetector.detect(pairOf("It didn't add any details.", "It did not add any details."))).toMatchObject({ severity: "cosmetic" });
    expect(formatDetector.detect(pairOf("sales of 2,000,000 units", "sales of 2 million units"))).toMatchObject({ severity: "cosmetic" });
  });

  it("calls an acronym for the name it abbreviates minor", () => {
    expect(formatDetector.detect(pairOf("shares of Hewlett-Packard rose", "shares of HP rose"))).toMatchObject({ severity: "minor" });
  });
});
