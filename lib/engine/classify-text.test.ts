import { describe, expect, it } from "vitest";
import { spansOf } from "./diff";
import { contextOf, textOf, textOfSpans } from "./classify-text";
import { tokenizeRow } from "./tokenize";

describe("textOf", () => {
  const row = tokenizeRow({
    source: "s1",
    parts: [
      { paragraph: "p1", text: "The council voted on Tuesday to close the bridge." },
      { paragraph: "p2", text: "Repairs will cost about $4 million, officials said." },
    ],
  });

  it("gives the words of any token range, within one paragraph or across the break, as its spans do", () => {
    for (let from = 0; from <= row.tokens.length; from++) {
      for (let to = from; to <= row.tokens.length; to++) expect(textOf(row, from, to)).toBe(textOfSpans(row, spansOf(row, from, to)));
    }
  });

  it("reads a difference with its context and the paragraph break between two paragraphs", () => {
    const million = row.tokens.findIndex((t) => t.text === "million");
    expect(textOf(row, million - 1, million + 1)).toBe("4 million");
    expect(contextOf(row, million, million + 1)).toBe("…will cost about $4 million, officials said.");
    const bridge = row.tokens.findIndex((t) => t.text === "bridge");
    expect(textOf(row, bridge, bridge + 4)).toBe("bridge. ¶ Repairs");
  });
});
