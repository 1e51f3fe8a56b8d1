#!/usr/bin/env node
// `npx parallax compare FILE… [--format json|md|csv] [--primary FILE]`: the engine from the shell.
// The engine is TypeScript; tsx compiles it on the fly so the CLI and the app run the same code.
// tsx's CommonJS hook, not `tsx/esm/api`: on Node 20.19+ importing a .ts file of this "commonjs"
// package through the ESM hook fails with ERR_REQUIRE_CYCLE_MODULE (scripts/engine-worker.mjs too).
import { createRequire } from "node:module";
import { register } from "tsx/cjs/api";

process.env.TSX_TSCONFIG_PATH ??= new URL("../tsconfig.json", import.meta.url).pathname;
register();
const { main } = createRequire(import.meta.url)("../lib/cli/main.ts");
process.exitCode = await main(process.argv.slice(2), process.stdout, process.stderr);
