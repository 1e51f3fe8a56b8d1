// One engine worker thread for lib/engine-pool.ts: it runs compare() so a long comparison never
// blocks the server's event loop. Plain .mjs on purpose: Next bundles route code, so the worker is
// started from a path on disk, and loads the TypeScript engine as one bundle (engine-bundle.mjs).
import { parentPort, workerData } from "node:worker_threads";
import { requireBundled } from "./engine-bundle.mjs";

const root = workerData?.root ?? process.cwd();
const [engine, { serializeReport }, { reportViewParts }] = await requireBundled(root, [
  workerData?.engineModule ?? "lib/engine/index.ts",
  // Serialised here, not on the server's thread: a large report takes seconds to copy or stringify.
  "lib/engine/serialize.ts",
  // The reading view's parts (outline, pages of rows) too: the page reads those, never the whole report.
  "lib/report-view.ts",
]);

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
