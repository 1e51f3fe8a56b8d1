import { describe, expect, it } from "vitest";
import { speakerAround } from "./speakers";

/** The speaker of the (first) quotation in a paragraph. */
const speakerOf = (text: string) => {
  const start = text.search(/[“"]/);
  const end = Math.max(text.lastIndexOf("”"), text.lastIndexOf('"')) + 1;
  return speakerAround(text, start, end);
};

describe("speakerAround", () => {
  it("reads the attributions news copy writes around a quotation", () => {
    expect(speakerOf("“We will not allow this again,” said Jerome Powell, the Fed chair.")).toMatchObject({ key: "powell", text: "Jerome Powell" });
    expect(speakerOf("“This is awesome,” Mahomes said.")).toMatchObject({ key: "mahomes" });
    expect(speakerOf("Powell told reporters: “We will not allow this again.”")).toMatchObject({ key: "powell" });
    expect(speakerOf("According to Sen. Richard Blumenthal, “the bill is near and dear to my heart.”")).toMatchObject({ key: "blumenthal", text: "Sen. Richard Blumenthal" });
  });

  it("names nobody for a pronoun or an unattributed quotation", () => {
    expect(speakerOf("“We will not allow this again,” he said.")).toBeUndefined();
    expect(speakerOf("The talks were called “constructive and businesslike” in the statement.")).toBeUndefined();
  });
});
