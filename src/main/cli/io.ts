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

/**
 * Text from data or file names made safe to print on a terminal: control characters (C0 but line
 * feed, tab and CR LF; DEL; C1 — ESC and CSI start the sequences that retitle the window, rewrite the
 * screen or forge a hyperlink) and the bidirectional overrides that reorder what is shown are
 * printed as visible escapes (`\x1b`, `\u202e`) instead of being obeyed.
 */
export function terminalText(text: string): string {
  // A carriage return before a line feed ends a CSV row (review --format csv on a terminal); alone it overwrites.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this escapes
  return text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

/**
 * The same io with everything bound for a terminal escaped: standard error always (messages,
 * progress), standard output only when it is a terminal, so a report piped to a file keeps its
 * bytes. A carriage return opening a write is the progress line redrawing itself and is kept.
 */
export function terminalIo(io: CliIo, options: { stdoutIsTerminal: boolean }): CliIo {
  const safe = (text: string) => (text.startsWith('\r') ? `\r${terminalText(text.slice(1))}` : terminalText(text));
  return {
    ...io,
    stdout: options.stdoutIsTerminal ? (text) => io.stdout(safe(text)) : io.stdout,
    stderr: (text) => io.stderr(safe(text))
  };
}
