#!/usr/bin/env node
// `npx parallax compare FILE… [--format json|md|csv] [--primary FILE]`: the engine from the shell.
// The engine is TypeScript; tsx compiles it on the fly so the CLI and the app run the same code.
import { register } from "tsx/esm/api";

register({ tsconfig: new URL("../tsconfig.json", import.meta.url).pathname });
const { main } = await import("../lib/cli/main.ts");
process.exitCode = await main(process.argv.slice(2), process.stdout, process.stderr);
