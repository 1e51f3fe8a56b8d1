import { describe, expect, it } from "vitest";
import { compare } from "@/lib/engine/compare";
import { MAX_SOURCES, MIN_SOURCES } from "./limits";
import { messages } from "./messages";

describe("source limits", () => {
  it("are the engine's, and the form and the API refuse in the engine's words", async () => {
    expect([MIN_SOURCES, MAX_SOURCES]).toEqual([2, 50]);
    await expect(compare([{ name: "a.txt", text: "One story." }])).rejects.toThrow(messages.tooFew(1));
    const many = Array.from({ length: MAX_SOURCES + 1 }, (_, i) => ({ name: `${i}.txt`, text: "One story." }));
    await expect(compare(many)).rejects.toThrow(messages.tooMany(MAX_SOURCES + 1));
  });
});
