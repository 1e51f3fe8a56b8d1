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

  it("calls \"on\" before a day or a date cosmetic, as American style drops it, and nothing else", () => {
    expect(formatDetector.detect(pairOf("The mayor said on Thursday the road would reopen.", "The mayor said Thursday the road would reopen."))).toMatchObject({ severity: "cosmetic" });
    expect(formatDetector.detect(pairOf("The road reopened Feb. 3 after repairs.", "The road reopened on Feb. 3 after repairs."))).toMatchObject({ severity: "cosmetic" });
    expect(formatDetector.detect(pairOf("The talks will focus on trade next week.", "The talks will focus trade next week."))).toBeUndefined();
  });

  it("calls an acronym for the name it abbreviates minor", () => {
    expect(formatDetector.detect(pairOf("shares of Hewlett-Packard rose", "shares of HP rose"))).toMatchObject({ severity: "minor" });
  });

  it("reads an agency's initials past the country before its name, and a place's past the words saying what it is", () => {
    expect(formatDetector.detect(pairOf("The U.S. Food and Drug Administration approved it.", "The FDA approved it."))).toMatchObject({ severity: "minor", label: "Name" });
    expect(formatDetector.detect(pairOf("It left John F. Kennedy International Airport.", "It left JFK Airport."))).toMatchObject({ severity: "minor", label: "Name" });
    // Two initials are too few to skip words by: the UN is not its Security Council.
    expect(formatDetector.detect(pairOf("The United Nations Security Council met.", "The UN met."))).toBeUndefined();
  });
});
