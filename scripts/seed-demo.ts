// Adds the "Istanbul talks" demo on the first start (an empty database), from the five fixture
// files kept in prisma/demo so the demo works without ../shared.
import fs from "node:fs";
import path from "node:path";
import { createComparison } from "@/lib/comparisons";
import { db } from "@/lib/db";

export const DEMO_TITLE = "Istanbul talks";
const DEMO_DIR = path.join(process.cwd(), "prisma", "demo", "istanbul-talks");
const DEMO_FILES = ["ap-marketbeat.txt", "business-standard.txt", "mfa-and-ap.txt", "moscow-times.txt", "tass.txt"];

async function main() {
  if ((await db.comparison.count()) > 0) return;
  const sources = DEMO_FILES.map((name) => ({
    name,
    kind: "file" as const,
    mediaType: "text/plain",
    text: fs.readFileSync(path.join(DEMO_DIR, name), "utf8"),
  }));
  const { id } = await createComparison(DEMO_TITLE, sources, {}, { id: null, name: "Parallax (the demo)" });
  console.log(`parallax: added the demo comparison "${DEMO_TITLE}" (${id})`);
}

main()
  .catch((err) => {
    console.error(`parallax: could not add the demo comparison: ${err instanceof Error ? err.message : err}`);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
