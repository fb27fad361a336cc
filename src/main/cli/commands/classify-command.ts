import { call } from '../call';
import type { CliIo } from '../io';
import { parse } from '../options';
import { openMemoryHost } from './mirror-command';

export const classifyHelp = `Usage: integration-desk classify [--json] [MESSAGE…]

Names the error type of each message (English, Portuguese or Spanish). With no message, reads one
message per line from standard input. --json prints one object per line, in input order:
{ "message", "errorType", "confidence", "matched" }.`;

/** Messages sent per call when reading standard input: a piped file of any length in bounded batches. */
const BATCH = 1000;

export async function classifyCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('classify', argv, { json: { type: 'boolean' } });
  if (values.help) return (io.stdout(classifyHelp + '\n'), 0);
  const host = await openMemoryHost();
  try {
    const print = async (messages: string[]) => {
      if (messages.length === 0) return;
      const results = await call(host.api, 'classify/messages', { messages });
      results.forEach((result, i) => {
        const message = messages[i];
        if (values.json) io.stdout(JSON.stringify({ message, ...result }) + '\n');
        else io.stdout(`${result.errorType.padEnd(24)} ${result.confidence.toFixed(2)}  ${message}\n`);
      });
    };
    if (positionals.length > 0) {
      for (let start = 0; start < positionals.length; start += BATCH) await print(positionals.slice(start, start + BATCH));
      return 0;
    }
    const batch: string[] = [];
    for await (const line of io.stdinLines()) {
      if (line.trim() === '') continue;
      batch.push(line);
      if (batch.length === BATCH) await print(batch.splice(0));
    }
    await print(batch);
    return 0;
  } finally {
    host.db.close();
  }
}
