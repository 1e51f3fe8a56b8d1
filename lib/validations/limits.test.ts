import { describe, expect, it } from "vitest";
import { MAX_SOURCES as ENGINE_MAX, MIN_SOURCES as ENGINE_MIN } from "@/lib/engine/compare";
import { MAX_SOURCES, MIN_SOURCES } from "./limits";

describe("source limits", () => {
  it("match the engine's, so the form and the API refuse what the engine would", () => {
    expect([MIN_SOURCES, MAX_SOURCES]).toEqual([ENGINE_MIN, ENGINE_MAX]);
  });
});
