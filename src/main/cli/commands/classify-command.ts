import { classify } from '../../core/rules/classify';
import type { CliIo } from '../io';
import { parse } from '../options';

export const classifyHelp = `Usage: integration-desk classify [--json] [MESSAGE…]

Names the error type of each message (English, Portuguese or Spanish). With no message, reads one
message per line from standard input. --json prints one object per line, in input order:
{ "message", "errorType", "confidence", "matched" }.`;

export async function classifyCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('classify', argv, { json: { type: 'boolean' } });
  if (values.help) return io.stdout(classifyHelp + '\n'), 0;
  const print = (message: string) => {
    const result = classify(message);
    if (values.json) io.stdout(JSON.stringify({ message, ...result }) + '\n');
    else io.stdout(`${result.errorType.padEnd(24)} ${result.confidence.toFixed(2)}  ${message}\n`);
  };
  if (positionals.length > 0) positionals.forEach(print);
  else for await (const line of io.stdinLines()) if (line.trim() !== '') print(line);
  return 0;
}
