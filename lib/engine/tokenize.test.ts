import { describe, expect, it } from "vitest";
import { normalizeText, tokenizeRow } from "./tokenize";

const tokens = (text: string) => tokenizeRow({ source: "s1", parts: [{ paragraph: "s1-p1", text }] }).tokens;

describe("tokenizeRow", () => {
  it("gives each token its offsets and normal form", () => {
    const text = "Russian and U.S. diplomats met in Istanbul on Feb. 24th.";
    for (const t of tokens(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens(text).map((t) => t.norm)).toEqual(["russian", "and", "US", "diplomats", "met", "in", "istanbul", "on", "february", "24", "."]);
  });

  it("splits a number word off the noun it counts, as a figure is ('two-year' as '2-year')", () => {
    expect(tokens("a two-year sentence").map((t) => t.norm)).toEqual(tokens("a 2-year sentence").map((t) => t.norm));
    expect(tokens("a twenty-five-year-old man").map((t) => t.text)).toEqual(["a", "twenty-five", "-", "year-old", "man"]);
    // Idioms and fractions keep their one word.
    expect(tokens("a one-sided game").map((t) => t.text)).toEqual(["a", "one-sided", "game"]);
    expect(tokens("two-thirds of voters").map((t) => t.text)).toEqual(["two-thirds", "of", "voters"]);
  });

  it("leaves quotation marks out but marks quoted words", () => {
    const quoted = tokens("hailed the talks as “substantive and businesslike” and noted");
    expect(quoted.map((t) => t.text)).not.toContain("“");
    expect(quoted.filter((t) => t.quoted).map((t) => t.text)).toEqual(["substantive", "and", "businesslike"]);
    const straight = tokens('offered the U.S. "to consider the possibility" of it.');
    expect(straight.filter((t) => t.quoted).map((t) => t.text)).toEqual(["to", "consider", "the", "possibility"]);
  });

  it("reads a closing mark without an opening one as the end of a quotation begun earlier", () => {
    const quotedWords = (text: string) => tokens(text).filter((t) => t.quoted && t.kind === "word").map((t) => t.text);
    expect(quotedWords('I have felt deep pain for them," she said.')).toEqual(["I", "have", "felt", "deep", "pain", "for", "them"]);
    expect(quotedWords("in a subpolar climate,’ says the lead author.")).toEqual(["in", "a", "subpolar", "climate"]);
    expect(quotedWords("the children’s parents said they were ready.")).toEqual([]);
    expect(quotedWords('He said ”we will stay” and left.')).toEqual(["we", "will", "stay"]);
  });

  it("keeps possessive apostrophes with their word", () => {
    expect(tokens("multiple round of diplomats’ expulsions").map((t) => t.norm)).toContain("diplomats'");
  });

  it("joins names that have a short form and 'per cent'", () => {
    expect(tokens("the United States and 4 per cent").map((t) => t.norm)).toEqual(["the", "US", "and", "4", "percent"]);
  });

  it("reads scale suffixes glued to figures", () => {
    expect(tokens("$2.8bn").map((t) => t.norm)).toEqual(["$", "2.8", "billion"]);
  });

  it("puts a boundary token between paragraphs", () => {
    const row = tokenizeRow({ source: "s1", parts: [{ paragraph: "a", text: "One." }, { paragraph: "b", text: "Two." }] });
    expect(row.tokens.map((t) => t.kind)).toEqual(["word", "punct", "boundary", "word", "punct"]);
  });

  it("normalizes free text for keys", () => {
    expect(normalizeText("U.S. “normalising”")).toBe(normalizeText('US "normalizing"'));
  });
});

describe("tokenizeRow: printed fractions", () => {
  it("reads ½ and 1⁄2 as the figure typed 1/2", () => {
    const norms = (text: string) => tokenizeRow({ source: "s1", parts: [{ paragraph: "p1", text }] }).tokens.map((t) => t.norm);
    expect(norms("by ½ percentage point")).toEqual(norms("by 1/2 percentage point"));
    expect(norms("by 1⁄2 percentage point")).toEqual(norms("by 1/2 percentage point"));
  });
});

describe("tokenizeRow: plain words and what ends them", () => {
  const read = (text: string) => tokens(text).map((t) => `${t.text}|${t.norm}|${t.kind}`);

  it("reads a word the same wherever it stands again, whatever follows it", () => {
    expect(read("Talks ended. Talks ended, talks-ended talks' talks")).toEqual([
      "Talks|talks|word",
      "ended|ended|word",
      ".|.|punct",
      "Talks|talks|word",
      "ended|ended|word",
      ",|,|punct",
      "talks-ended|talksended|word",
      "talks'|talks'|word",
      "talks|talks|word",
    ]);
  });

  it("leaves to the long way the letters a plain word's characters do not end", () => {
    expect(read("AT&T S&P US A+ don't 5bn café Mr. G.")).toEqual([
      "AT&T|at&t|word",
      "S&P|s&p|word",
      "US|US|word",
      "A|a|word",
      "+|and|word",
      "don't|don't|word",
      "5|5|number",
      "bn|billion|word",
      "café|cafe|word",
      "Mr.|mr|word",
      "G.|g|word",
    ]);
  });
});

describe("tokenizeRow: one text read once", () => {
  const text = "“We’re not there yet,” said U.S. envoy Steve Witkoff, adding that 2½ rounds remain.";
  it("gives a one-paragraph row the tokens the paragraph has as the first of several", () => {
    const alone = tokens(text);
    const inRow = tokenizeRow({ source: "s1", parts: [{ paragraph: "a", text }, { paragraph: "b", text: "Next." }] }).tokens;
    expect(alone).toEqual(inRow.slice(0, inRow.findIndex((t) => t.kind === "boundary")));
  });

  it("hands every caller a list of its own, of the tokens read once (nothing changes a token)", () => {
    const first = tokens(text);
    const second = tokens(text);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(second[0]).toBe(first[0]);
  });

  it("marks a quoted part's tokens on copies of its own, leaving the remembered ones as read", () => {
    const plain = tokens(text);
    const quoted = tokenizeRow({ source: "s1", parts: [{ paragraph: "a", text, quoted: true }] }).tokens;
    expect(quoted.every((t) => t.quoted)).toBe(true);
    expect(quoted[0]).not.toBe(plain[0]);
    expect(tokens(text)).toEqual(plain);
  });
});
