/**
 * Directions as facts: "44 miles south of the city" and "some 45 miles southwest" put one place in
 * two directions. Only distances that agree, said the same way (both estimates, both exact), are
 * compared: the same distance is the same place measured from the same point, while "35 miles
 * west of the resort" measures from somewhere else.
 */
import type { FoundDiscrepancy } from "../types";
import { firstReadings, readingsBySource, readingsConflict, sentenceSource } from "./readings";
import { sameValue, type PlacedQuantity } from "./quantity-conflicts";

const COMPASS = new Set(
  "north south east west northeast northwest southeast southwest north-east north-west south-east south-west".split(" "),
);

const directionOf = (p: PlacedQuantity) => {
  const word = p.quantity.unit === "length" ? p.quantity.counted?.replace("-", "") : undefined;
  return word && COMPASS.has(word) ? word : undefined;
};

export function directionConflicts(placed: PlacedQuantity[], reportOrder: string[]): FoundDiscrepancy[] {
  const located = placed.filter((p) => directionOf(p) && reportOrder.includes(p.sentence.source));
  const found: FoundDiscrepancy[] = [];
  const done = new Set<PlacedQuantity>();
  for (const p of located) {
    if (done.has(p)) continue;
    // "less than 8 miles south" bounds a distance that "some seven miles southwest" estimates:
    // only figures of one kind name one place.
    const same = located.filter((o) => !done.has(o) && o.quantity.bound === p.quantity.bound && sameValue(o.quantity, p.quantity));
    same.forEach((o) => done.add(o));
    const conflict = conflictOf(same, reportOrder);
    if (conflict) found.push(conflict);
  }
  return found;
}

/** Two versions that each put the place in a direction the other does not give. */
function conflictOf(same: PlacedQuantity[], reportOrder: string[]): FoundDiscrepancy | undefined {
  if (!readingsConflict(readingsBySource(same, sentenceSource, directionOf))) return undefined;
  const variants = firstReadings(same, reportOrder, (p) => p.quantity);
  const directions = [...new Set(same.map(directionOf))];
  return { severity: "substantive", category: "entity", summary: `Direction: ${directions.join(" ≠ ")}`, variants };
}
