export type CliFormat = "json" | "md" | "csv";

export interface CompareArgs {
  files: string[];
  format: CliFormat;
  primary?: string;
}

/** Bad command-line usage: exit 2 with the sentence, like bad input. */
export class UsageError extends Error {}

export const USAGE = "usage: parallax compare FILE|URL FILE|URL… [--format json|md|csv] [--primary FILE]";

/** Parses `compare FILE… [--format F] [--primary FILE]`; throws a one-line reason on bad usage. */
export function parseCompareArgs(argv: string[]): CompareArgs {
  const [command, ...rest] = argv;
  if (command !== "compare") throw new UsageError(command ? `unknown command "${command}". ${USAGE}` : USAGE);
  const args: CompareArgs = { files: [], format: "json" };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith("--") ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === "") throw new UsageError(`${flag} needs a value. ${USAGE}`);
      return v;
    };
    if (flag === "--format") {
      const format = value();
      if (format !== "json" && format !== "md" && format !== "csv") throw new UsageError(`--format must be json, md or csv, not "${format}".`);
      args.format = format;
    } else if (flag === "--primary") args.primary = value();
    else if (flag.startsWith("--")) throw new UsageError(`unknown option ${flag}. ${USAGE}`);
    else args.files.push(arg);
  }
  return args;
}
