import { createInterface } from 'node:readline';
import { run } from './run';
import { terminalIo } from './io';

const io = terminalIo(
  {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
    env: process.env
  },
  { stdoutIsTerminal: process.stdout.isTTY === true }
);

void run(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
