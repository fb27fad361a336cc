import { createInterface } from 'node:readline';
import { run } from './run';
import type { CliIo } from './io';

const io: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  env: process.env
};

void run(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
