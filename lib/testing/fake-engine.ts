// A stand-in engine for lib/engine-pool.test.ts: each source name picks a behaviour, so the pool's
// timeout, crash and error paths can be tested without depending on the real engine's speed.
import { InputError } from "../engine/errors";
import type { CompareOptions, Report, SourceInput } from "../engine/types";

export { InputError };

export async function compare(inputs: SourceInput[], options: CompareOptions = {}): Promise<Report> {
  const first = inputs[0]?.name ?? "";
  if (first === "hang") for (;;); // a stuck stage: only terminating the worker stops it
  if (first === "input-error") throw new InputError("hang.txt looks like a binary file, not text.", "hang.txt");
  if (first === "crash") throw new Error("boom");
  if (first === "exit") process.exit(3);
  if (first === "grow") {
    const hoard: string[][] = [];
    for (;;) hoard.push(Array.from({ length: 1e5 }, (_, i) => `${i}-${hoard.length}`));
  }
  if (first === "sleep") await new Promise((resolve) => setTimeout(resolve, Number(inputs[1]?.text ?? 100)));
  return {
    schemaVersion: 2,
    engineVersion: "fake",
    primary: "s1",
    sources: inputs.map((input, i) => ({
      id: `s${i + 1}`,
      name: input.name,
      // Echo what crossed the thread boundary so the test can check bytes arrived intact.
      paragraphs: [{ id: `s${i + 1}-p1`, text: input.text ?? (input.bytes ? `${input.bytes.length} bytes` : ""), sentences: [] }],
      removed: [],
    })),
    rows: [],
    discrepancies: [],
    notices: [{ kind: "input", message: JSON.stringify(options) }],
    stats: { ms: { clean: 0, segment: 0, align: 0, diff: 0, classify: 0 }, words: 0 },
  };
}
