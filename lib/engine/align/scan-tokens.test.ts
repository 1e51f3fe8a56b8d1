import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scanTokens, TOKEN_PATTERN } from "./scan-tokens";
import { ISTANBUL_DIR } from "./testing/sources";
import { seededRandom } from "./testing/synthetic";

const scanned = (text: string) => {
  const out: Array<[string, number]> = [];
  scanTokens(text, (token, at) => out.push([token, at]));
  return out;
};
const matched = (text: string) => [...text.matchAll(TOKEN_PATTERN)].map((m): [string, number] => [m[0], m.index!]);

describe("scanTokens", () => {
  it("finds figures with their separators and words with their inner apostrophes and hyphens", () => {
    const text = "On 3,500.75 km—the U.S.-led talks’ end… didn't 3rd ½ x²";
    expect(scanned(text)).toEqual(matched(text));
    expect(scanned(text)).toEqual([
      ["On", 0],
      ["3,500.75", 3],
      ["km", 12],
      ["the", 15],
      ["U", 19],
      ["S", 21],
      ["led", 24],
      ["talks", 28],
      ["end", 35],
      ["didn't", 40],
      ["3", 47],
      ["rd", 48],
      ["½", 51],
      ["x²", 53],
    ]);
  });

  it("finds what the regular expression finds in the demo articles", () => {
    for (const file of fs.readdirSync(ISTANBUL_DIR).filter((f) => f.endsWith(".txt"))) {
      const text = fs.readFileSync(path.join(ISTANBUL_DIR, file), "utf8");
      expect(scanned(text)).toEqual(matched(text));
    }
  });

  it("finds what the regular expression finds in text of other scripts, marks, astral letters and stray surrogates", () => {
    const pool = [..."ab Z9 0.,'’ʼ-‐‑–—…“”éèßΩωЖж中文٣٤१२Ⅻ½²\u0301\u200B\u00A0\t\n", "𝐀", "𝟘", "😀", "\uD800", "\uDC00"];
    const random = seededRandom(7);
    for (let n = 0; n < 400; n++) {
      let text = "";
      const size = 1 + Math.floor(random() * 40);
      for (let k = 0; k < size; k++) text += pool[Math.floor(random() * pool.length)];
      expect(scanned(text)).toEqual(matched(text));
    }
  });
});
