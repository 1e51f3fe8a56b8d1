import { describe, expect, it } from "vitest";
import { story } from "./story.test-helper";
import { routeConflicts, routesOf } from "./route";

describe("routesOf", () => {
  it("reads a journey's two ends, with small words before a name", () => {
    expect(routesOf("The bus was traveling from the city of Cusco to Arequipa.")).toMatchObject([{ from: "cusco", to: "arequipa" }]);
    expect(routesOf("The plane had left Taipei for Kinmen.")).toMatchObject([{ from: "taipei", to: "kinmen" }]);
  });

  it("reads no journey in a range or a change of state", () => {
    expect(routesOf("Prices rose from 10 to 12 dollars.")).toEqual([]);
    expect(routesOf("Things went from bad to worse.")).toEqual([]);
  });
});

describe("routeConflicts", () => {
  it("flags a journey told the other way round in one statement", () => {
    const unit = { members: [...story("s1", "The bus was traveling from Cusco to Arequipa."), ...story("s2", "The bus was traveling from Arequipa to the city of Cusco.")] };
    const found = routeConflicts([unit], ["s1", "s2"]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "substantive", summary: "Route: Cusco to Arequipa ≠ Arequipa to the city of Cusco" });
  });

  it("lets versions that tell the same journey agree", () => {
    const unit = { members: [...story("s1", "The bus was traveling from Cusco to Arequipa."), ...story("s2", "The coach was heading from Cusco to Arequipa.")] };
    expect(routeConflicts([unit], ["s1", "s2"])).toEqual([]);
  });
});
