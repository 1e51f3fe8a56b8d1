import fs from "node:fs";
import { compare, InputError } from "@/lib/engine";
import { checkSourceCount, checkSources } from "@/lib/source-checks";
import { mediaTypeFor } from "@/lib/media-types";
import { renderExport } from "@/lib/export";
import { toEngineInput } from "@/lib/engine-input";
import type { SourceInput } from "@/lib/engine/types";
import { urlSource } from "@/lib/url-source";
import { baseName } from "@/lib/validations/source-names";
import { parseCompareArgs, UsageError } from "./args";

const WEB_ADDRESS = /^https?:\/\//i;

interface Writable {
  write(chunk: string): unknown;
}

/** Runs the CLI; returns the exit code: 0 done, 2 bad input (one line on stderr), 1 unexpected. */
export async function main(argv: string[], stdout: Writable, stderr: Writable): Promise<number> {
  try {
    const args = parseCompareArgs(argv);
    // The API's checks and sentences (lib/source-checks.ts): the CLI refuses what the page refuses.
    checkSourceCount(args.files.length);
    const inputs: SourceInput[] = [];
    for (const file of args.files) {
      // An address is fetched like the API fetches one (same limits, same refusals).
      if (WEB_ADDRESS.test(file)) {
        inputs.push(toEngineInput(await urlSource(file)));
        continue;
      }
      const name = baseName(file);
      if (!fs.existsSync(file)) throw new InputError(`${file}: no such file.`, name);
      if (!fs.statSync(file).isFile()) throw new InputError(`${file} is not a file.`, name);
      inputs.push({ name, bytes: new Uint8Array(fs.readFileSync(file)), mediaType: mediaTypeFor(name) });
    }
    checkSources(inputs);
    const primary = args.primary ? baseName(args.primary) : undefined;
    const report = await compare(inputs, { primary });
    const title = report.sources.find((s) => s.title)?.title ?? inputs.map((i) => i.name).join(" / ");
    const meta = { id: "cli", title, createdAt: new Date().toISOString() };
    const output = await renderExport(args.format, { comparison: meta, report, reviews: [], scope: "all" });
    stdout.write(typeof output.body === "string" ? output.body.replace(/^\uFEFF/, "") : Buffer.from(output.body).toString("utf8"));
    if (!String(output.body).endsWith("\n")) stdout.write("\n");
    return 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    stderr.write(`parallax: ${message.split("\n")[0]}\n`);
    return err instanceof InputError || err instanceof UsageError ? 2 : 1;
  }
}
