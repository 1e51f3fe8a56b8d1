// One engine worker thread for lib/engine-pool.ts: it runs compare() so a long comparison never
// blocks the server's event loop. Plain .mjs on purpose: Next bundles route code, so the worker is
// started from a path on disk, and tsx compiles the TypeScript engine here.
//
// Why tsx's CommonJS hook and require() rather than `tsx/esm/api` register() + import(): on Node
// 20.19+ (require(esm) on by default) importing a .ts file of this "commonjs" package through the
// ESM hook fails with ERR_REQUIRE_CYCLE_MODULE, and `--import tsx` is not honoured in a worker's
// execArgv. The CommonJS hook works in a worker whatever the package's "type".
import { createRequire } from "node:module";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/cjs/api";

const root = workerData?.root ?? process.cwd();
// The project's tsconfig (paths such as "@/…"), whatever the working directory.
process.env.TSX_TSCONFIG_PATH ??= path.join(root, "tsconfig.json");
register();
const require = createRequire(path.join(root, "package.json"));
const engine = require(path.join(root, workerData?.engineModule ?? "lib/engine/index.ts"));
// Serialised here, not on the server's thread: a large report takes seconds to copy or stringify.
const { serializeReport } = require(path.join(root, "lib/engine/serialize.ts"));
// The reading view's parts (outline, pages of rows) too: the page reads those, never the whole report.
const { reportViewParts } = require(path.join(root, "lib/report-view.ts"));

// One job at a time: the pool sends the next only after this one answered.
parentPort.on("message", async ({ id, inputs, options }) => {
  try {
    const report = await engine.compare(inputs, options);
    parentPort.postMessage({ id, ok: true, result: { ...serializeReport(report), view: reportViewParts(report) } });
  } catch (err) {
    const inputError = err instanceof engine.InputError;
    parentPort.postMessage({
      id,
      ok: false,
      error: {
        inputError,
        message: err instanceof Error ? err.message : String(err),
        source: inputError ? err.source : undefined,
        stack: err instanceof Error ? err.stack : undefined,
      },
    });
  }
});
parentPort.postMessage({ ready: true });
