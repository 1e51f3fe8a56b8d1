#!/usr/bin/env node
// `npx parallax compare FILE… [--format json|md|csv] [--primary FILE]`: the engine from the shell.
// The engine is TypeScript, loaded as one bundle built from the sources at start, as the app's
// engine worker loads it (engine-bundle.mjs): the CLI and the app run the same code.
import { fileURLToPath } from "node:url";
import { requireBundled } from "./engine-bundle.mjs";

const [{ main }] = await requireBundled(fileURLToPath(new URL("..", import.meta.url)), ["lib/cli/main.ts"]);
process.exitCode = await main(process.argv.slice(2), process.stdout, process.stderr);
