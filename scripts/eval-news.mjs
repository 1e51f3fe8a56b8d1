// `npm run eval:news`: the engine on the news-versions set (real multi-version stories with
// hand-made gold), scored by the set's own tools in ../shared. Extra arguments go to the runner
// (--details, --keep DIR, --json-out FILE). Skips cleanly where ../shared is not beside the project.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(root, "..", "shared");
const runner = path.join(shared, "tools", "run-news-versions.sh");
const dataset = path.join(shared, "datasets", "news-versions");

if (!fs.existsSync(runner) || !fs.existsSync(dataset)) {
  console.log(`eval:news skipped: ${path.relative(root, dataset)} or its tools are not here.`);
  process.exit(0);
}
const result = spawnSync("bash", [runner, dataset, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(result.status ?? 1);
