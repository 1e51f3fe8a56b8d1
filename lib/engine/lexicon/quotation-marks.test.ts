import { describe, expect, it } from "vitest";
import { QUOTATION_MARK } from "./quotation-marks";

describe("QUOTATION_MARK", () => {
  it("finds quotation marks of every style, and not apostrophes", () => {
    for (const quoted of ["he said “yes”", 'he said "yes"', "er sagte „ja“", "il a dit « oui »", "And I said, ‘Baby, they don’t,"]) expect(QUOTATION_MARK.test(quoted)).toBe(true);
    for (const plain of ["Boar’s Head liverwurst", "Taiwan's ruling party", "the Chiefs’ win"]) expect(QUOTATION_MARK.test(plain)).toBe(false);
  });
});
