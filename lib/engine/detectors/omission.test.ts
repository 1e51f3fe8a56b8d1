import { describe, expect, it } from "vitest";
import { omissionDetector } from "./omission";
import { pairOf } from "./pair.test-helper";

const detect = (a: string, b: string) => omissionDetector.detect(pairOf(a, b));

describe("omissionDetector", () => {
  it("calls a dropped fact substantive", () => {
    expect(detect("about 11,000 customers in 150 countries.", "about 11,000 customers.")).toMatchObject({ category: "omission", severity: "substantive" });
  });

  it("calls a short addition minor", () => {
    expect(detect("officials in Saudi Arabia earlier this month (February).", "officials in Saudi Arabia earlier this month.")).toMatchObject({ category: "omission", severity: "minor" });
  });

  it("leaves an inserted title word to the entity detector", () => {
    expect(detect("Coulter, deputy assistant secretary of state", "Coulter, assistant secretary of state")).toBeUndefined();
  });
});
