// The five versions of the demo story, as the JSON API takes them.
import fs from "node:fs";
import path from "node:path";

export interface JsonSource {
  name: string;
  text: string;
}

export function loadFixtures(root: string): JsonSource[] {
  const dir = path.join(root, "prisma", "demo", "istanbul-talks");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), "utf8") }));
}
