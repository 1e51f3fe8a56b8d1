import { describe, expect, it } from "vitest";
import { swapDetector } from "./swap";
import { pairOf, pairOfStretches } from "./pair.test-helper";

const detect = (a: string, b: string) => swapDetector.detect(pairOf(a, b));

describe("swapDetector", () => {
  it("flags two words exchanged around the word that relates them", () => {
    expect(detect("The plane flew from Taipei to Kinmen on Wednesday.", "The plane flew from Kinmen to Taipei on Wednesday.")).toMatchObject({ severity: "substantive", label: "Swapped" });
    expect(detect("The Lakers beat the Celtics 110-102 on Sunday.", "The Celtics beat the Lakers 110-102 on Sunday.")).toMatchObject({ severity: "substantive" });
  });

  it("leaves two items of a list in another order alone", () => {
    expect(detect("Smith and Jones said the plan would work.", "Jones and Smith said the plan would work.")).toBeUndefined();
    const [list, reordered] = ["The storm hit Texas, Oklahoma and Kansas.", "The storm hit Kansas, Oklahoma and Texas."];
    expect(swapDetector.detect(pairOfStretches(list, "Texas, Oklahoma and Kansas", reordered, "Kansas, Oklahoma and Texas"))).toBeUndefined();
    const [route, back] = ["The bus ran from Dover to Calais.", "The bus ran from Calais to Dover."];
    expect(swapDetector.detect(pairOfStretches(route, "Dover to Calais", back, "Calais to Dover"))).toMatchObject({ severity: "substantive" });
  });
});
