import { describe, expect, it } from "vitest";
import { firstCopy, forgetTexts } from "./memo";
import { segment } from "./segment";

describe("firstCopy", () => {
  it("gives back each text as written, however often its wording comes", () => {
    forgetTexts();
    const texts = ["The pier reopened.", "The pier closed.", " The pier reopened. ".trim(), "", "The pier closed."];
    expect(texts.map(firstCopy)).toEqual(texts);
  });

  it("leaves the paragraphs segment() numbers as they were written", () => {
    forgetTexts();
    const texts = ["Floods cut the road. It reopened.", "Floods cut the road. It reopened.", "Schools stayed shut."];
    const paragraphs = segment(texts, "s1");
    expect(paragraphs.map((p) => p.text)).toEqual(texts);
    expect(paragraphs.map((p) => p.sentences.length)).toEqual([2, 2, 1]);
  });
});
