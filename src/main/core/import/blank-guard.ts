import { Transform } from 'node:stream';
import { ImportError } from './import-error';
import { sizeText, type ImportLimits } from './limits';

const isBlank = (byte: number) => byte === 10 || byte === 13 || byte === 32 || byte === 9;

/**
 * Passes a CSV's bytes through unchanged but refuses a run of blank bytes past `maxBlankChars`:
 * csv-parse skips empty lines silently, so 2 GB of line breaks would be read to the end with no
 * record and no progress.
 */
export function blankRunGuard(file: string, limits: ImportLimits): Transform {
  let run = 0;
  let line = 1;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i];
        if (byte === 10) line += 1;
        if (!isBlank(byte)) run = 0;
        else if (++run > limits.maxBlankChars) {
          done(new ImportError({ file, line }, `more than ${sizeText(limits.maxBlankChars)} of blank lines without a record`));
          return;
        }
      }
      done(null, chunk);
    }
  });
}
