import { describe, expect, it } from "vitest";
import { compare } from "../compare";

const judged = async (a: string, b: string) =>
  (await compare([{ name: "a.txt", text: a }, { name: "b.txt", text: b }])).discrepancies.map((d) => ({ severity: d.severity, summary: d.summary }));

describe("joinCrossedSwaps", () => {
  it("reads two words exchanged around the word relating them as one substantive swap", async () => {
    const found = await judged(
      "The collision between a freight train and an oncoming passenger train occurred late on Tuesday.",
      "The collision between a passenger train and an oncoming freight train occurred late on Tuesday.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "substantive" });
    expect(found[0].summary).toMatch(/^Swapped: /);
  });

  it("reads a list in another order as one minor difference of order, not two names changed", async () => {
    const found = await judged("The storm hit Texas, Oklahoma and Kansas on Monday.", "The storm hit Kansas, Oklahoma and Texas on Monday.");
    expect(found).toEqual([{ severity: "minor", summary: expect.stringMatching(/^Order: /) }]);
  });
});
