import { closeSync, writeSync } from 'node:fs';
import { openPrivateForWriting } from '../core/private-files';
import type { CliIo } from './io';

/**
 * A command's text to standard output, or to `--out FILE` opened 0600 (an export names customers'
 * orders), saying on standard error what was written where.
 */
export function writeOutput(io: CliIo, text: string, out: string | undefined, what: string): void {
  if (!out) return void io.stdout(text);
  const fd = openPrivateForWriting(out);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  io.stderr(`Wrote ${what} to ${out}\n`);
}
