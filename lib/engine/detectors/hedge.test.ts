import { describe, expect, it } from "vitest";
import { hedgeDetector } from "./hedge";
import { pairOf } from "./pair.test-helper";

const detect = (a: string, b: string) => hedgeDetector.detect(pairOf(a, b));

describe("hedgeDetector", () => {
  it("flags a claim one version attributes and the other asserts", () => {
    expect(detect("The alleged gunman appeared in court on Monday.", "The gunman appeared in court on Monday.")).toMatchObject({ severity: "substantive", label: "Hedge" });
    expect(detect("The minister reportedly resigned on Friday.", "The minister resigned on Friday.")).toMatchObject({ severity: "substantive" });
    expect(detect("An apparent suicide note was found.", "A suicide note was found.")).toMatchObject({ severity: "substantive" });
    expect(detect("The man is believed to have acted alone.", "The man acted alone.")).toMatchObject({ severity: "substantive" });
  });

  it("leaves a hedge alone when the other version hedges too, or says more than the hedge", () => {
    expect(detect("The suspected gunman, a suspected member of the gang, fled.", "The gunman, a suspected member of the gang, fled.")).toBeUndefined();
    expect(detect("The alleged gunman appeared in court.", "The man accused of the shooting appeared in court.")).toBeUndefined();
    expect(detect("The gunman appeared in court on Monday.", "The gunman also appeared in court on Monday.")).toBeUndefined();
  });
});
