import { describe, expect, it } from "vitest";
import { americanSpelling } from "./british-american";

describe("americanSpelling", () => {
  it("uses the table", () => {
    expect(americanSpelling("programme")).toBe("program");
    expect(americanSpelling("grey")).toBe("gray");
  });

  it("applies guarded suffix rules to words the table lacks", () => {
    expect(americanSpelling("decentralisation")).toBe("decentralization");
    expect(americanSpelling("remodelling")).toBe("remodeling");
    expect(americanSpelling("filled")).toBe("filled");
    expect(americanSpelling("advertise")).toBe("advertise");
    expect(americanSpelling("contour")).toBe("contour");
  });
});
