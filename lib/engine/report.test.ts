import { describe, expect, it } from "vitest";
import { fingerprint, keyDiscrepancies, keyText } from "./report";
import type { FoundDiscrepancy } from "./types";

const names = new Map([
  ["s1", "ap.txt"],
  ["s2", "bs.txt"],
]);

function department(a: string, b: string, order: "ab" | "ba" = "ab"): FoundDiscrepancy {
  const variants = [
    { source: "s1", text: `the ${a} department`, core: a, spans: [] },
    { source: "s2", text: `the ${b} department`, core: b, spans: [] },
  ];
  return {
    severity: "substantive",
    category: "entity",
    summary: `Department: ${a} ≠ ${b}`,
    variants: order === "ab" ? variants : variants.reverse(),
  };
}

describe("keyDiscrepancies", () => {
  it("keys a discrepancy by what it says, so a review survives a re-run that reorders it", () => {
    const first = keyDiscrepancies([{ row: "r3", discrepancy: department("North", "South") }], names);
    const rerun = keyDiscrepancies(
      [
        { row: "r1", discrepancy: department("East", "West") },
        { row: "r9", discrepancy: department("North", "South", "ba") },
      ],
      names,
    );
    expect(rerun[1].key).toBe(first[0].key);
    expect(rerun[1].id).toBe("d2");
    expect(rerun[0].key).not.toBe(first[0].key);
  });

  it("gives repeated identical discrepancies distinct keys in row order", () => {
    const keys = keyDiscrepancies(
      [
        { row: "r1", discrepancy: department("A", "B") },
        { row: "r2", discrepancy: department("A", "B") },
      ],
      names,
    ).map((d) => d.key);
    expect(new Set(keys).size).toBe(2);
    expect(keys[1]).toBe(`${keys[0]}.2`);
  });

  it("ignores case and punctuation in the key but not the words", () => {
    const a = keyDiscrepancies([{ row: "r1", discrepancy: department("U.S. Army", "Navy") }], names)[0].key;
    const b = keyDiscrepancies([{ row: "r1", discrepancy: department("u.s. army", "Navy") }], names)[0].key;
    const c = keyDiscrepancies([{ row: "r1", discrepancy: department("U.S. Army", "Air Force") }], names)[0].key;
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });
});

describe("keyDiscrepancies wording order", () => {
  // The key hashes "name=wording" strings in code-unit order, however the variants are listed.
  const keyOf = (sources: Map<string, string>, cores: string[]) =>
    keyDiscrepancies(
      [{ row: "r1", discrepancy: { ...department("x", "y"), variants: cores.map((core, k) => ({ source: `s${k + 1}`, text: core, core, spans: [] })) } }],
      sources,
    )[0].key;
  const expected = (sources: Map<string, string>, cores: string[]) =>
    `entity:${fingerprint(cores.map((core, k) => `${sources.get(`s${k + 1}`)}=${core.toLowerCase()}`).sort().join("|"))}`;

  it("sorts by source name when no name is another's followed by '='", () => {
    const sources = new Map([["s1", "wire.txt"], ["s2", "Wire copy.txt"], ["s3", "ap"]]);
    expect(keyOf(sources, ["north", "south", "east"])).toBe(expected(sources, ["north", "south", "east"]));
  });

  it("lets the wording decide between a name and the same name followed by '=' and more", () => {
    const sources = new Map([["s1", "a"], ["s2", "a=b"], ["s3", "a=a"]]);
    for (const cores of [["c", "x", "y"], ["z", "x", "y"], ["b zz", "a", "b"]]) expect(keyOf(sources, cores)).toBe(expected(sources, cores));
  });
});

describe("fingerprint", () => {
  it("is deterministic and spreads nearby inputs", () => {
    expect(fingerprint("North America")).toBe(fingerprint("North America"));
    expect(fingerprint("North America")).not.toBe(fingerprint("North Americb"));
  });

  it("gives the keys first made with the number's own base-36 conversion", () => {
    // The fingerprint as first written: reviews hang on keys made so.
    const first = (text: string) => {
      let h1 = 0xdeadbeef ^ text.length;
      let h2 = 0x41c6ce57 ^ text.length;
      for (let i = 0; i < text.length; i++) {
        h1 = Math.imul(h1 ^ text.charCodeAt(i), 2654435761);
        h2 = Math.imul(h2 ^ text.charCodeAt(i), 1597334677);
      }
      h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
    };
    for (let n = 0; n < 5000; n++) {
      const text = `entity:s${n % 50}=${n.toString(7)}|${"x".repeat(n % 13)}`;
      expect(fingerprint(text)).toBe(first(text));
    }
    expect(fingerprint("")).toBe(first(""));
  });
});

describe("keyText", () => {
  // The rule keys were first made with: the ASCII loop must give exactly what it gives.
  const byPattern = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

  it("sets case and punctuation aside, in plain ASCII and beyond it", () => {
    expect(keyText("  The U.S. Army's 2,500 troops -- left!  ")).toBe("the u s army s 2 500 troops left");
    expect(keyText("…said “Zürich’s” café, 3½")).toBe(byPattern("…said “Zürich’s” café, 3½"));
    expect(keyText("?!")).toBe("");
  });

  it("agrees with the Unicode pattern on ASCII and typographic marks of every kind", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const marks = "\u00a0«»‐‑‒–—―‖‗‘’‚‛“”„‟†‡•‣․‥…‧\u2028\u2029\u202a\u202f";
    for (let n = 0; n < 1000; n++) {
      let text = "";
      for (let k = next() % 40; k > 0; k--) text += next() % 5 ? String.fromCharCode(32 + (next() % 95)) : marks[next() % marks.length];
      expect(keyText(text)).toBe(byPattern(text));
    }
  });

  it("agrees with the Unicode pattern on words spaced and punctuated every way", () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const pieces = ["to", "Start", "9", "x", " ", " ", " ", "  ", ", ", "…", " — ", "\t", "'s", "“"];
    for (let n = 0; n < 1000; n++) {
      let text = "";
      for (let k = next() % 12; k > 0; k--) text += pieces[next() % pieces.length];
      expect(keyText(text)).toBe(byPattern(text));
    }
  });
});
