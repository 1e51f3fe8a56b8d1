// Run by lib/engine-pool.test.ts in a child process: after one comparison the process must end by
// itself (an idle worker must not keep a CLI or the seed script alive).
import { EnginePool } from "../engine-pool";

const pool = new EnginePool({ size: 2, timeoutMs: 10_000, maxQueue: 5, memoryMb: 256, root: process.cwd(), engineModule: "lib/testing/fake-engine.ts" });
void pool.run([{ name: "a", text: "x" }, { name: "b", text: "y" }]).then((report) => console.log(`done ${report.engineVersion}`));
