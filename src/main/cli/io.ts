/** Where a command writes; injected so the CLI runs end to end inside tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input as text lines (for `classify` with no message). */
  stdinLines(): AsyncIterable<string>;
  env: NodeJS.ProcessEnv;
}

/** A failure the user caused (bad flag, missing file): printed without a stack, exit code 2. */
export class UsageError extends Error {}

/** A command that failed at its work (bad input file, unknown order): exit code 1. */
export class CommandError extends Error {}
