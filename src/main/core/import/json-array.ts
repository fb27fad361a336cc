import { ImportError } from './import-error';
import { sizeText, type ImportLimits } from './limits';
import { readText, type TextSource } from './text-stream';

export interface ArrayElement {
  text: string;
  index: number;
  line: number;
  bytes: number;
}

const isSpace = (ch: number) => ch === 32 || ch === 10 || ch === 13 || ch === 9;

/**
 * The elements of a top-level JSON array, one at a time, each as its own JSON text: the scanner
 * tracks strings, escapes and nesting depth, so a huge `.json` file streams like NDJSON and each
 * error can name the element's index and line. An element longer than `maxRecordChars` and a run
 * of whitespace longer than `maxBlankChars` are refused as they grow, never held whole.
 */
export async function* readJsonArray(source: TextSource, limits: ImportLimits): AsyncGenerator<ArrayElement> {
  const { file } = source;
  let line = 1;
  let started = false;
  let ended = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let pieces: string[] = [];
  let pending = 0;
  let blank = 0;
  let elementLine = 1;
  let index = 0;
  const tooBlank = () =>
    new ImportError({ file, index, line }, `more than ${sizeText(limits.maxBlankChars)} of blank space without a record`);
  for await (const { text, bytes } of readText(source, limits, () => line - 1)) {
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) line += 1;
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === 92 /* \ */) escaped = true;
        else if (ch === 34 /* " */) inString = false;
        continue;
      }
      if (depth === 0) {
        // Between elements: only blanks, commas, the brackets of the array and the next element.
        if (isSpace(ch) || ch === 44 /* , */ || (ch === 0xfeff && !started)) {
          if (++blank > limits.maxBlankChars) throw tooBlank();
          continue;
        }
        if (ended) throw new ImportError({ file, line }, 'unexpected text after the closing ] of the array');
        if (!started) {
          if (ch !== 91 /* [ */) throw new ImportError({ file, line }, 'expected a JSON array ([ … ]) of records');
          started = true;
        } else if (ch === 93 /* ] */) {
          ended = true;
        } else if (ch === 123 || ch === 91) {
          elementLine = line;
          from = i;
          depth = 1;
        } else {
          throw new ImportError({ file, index, line }, 'each element of the array must be an object');
        }
        continue;
      }
      if (ch === 34) inString = true;
      else if (ch === 123 || ch === 91) depth += 1;
      else if (ch === 125 || ch === 93) {
        depth -= 1;
        if (depth === 0) {
          const tail = text.slice(from, i + 1);
          if (pending + tail.length > limits.maxRecordChars) throw tooLong(file, index, elementLine, limits);
          yield { text: pieces.length === 0 ? tail : pieces.join('') + tail, index, line: elementLine, bytes };
          index += 1;
          pieces = [];
          pending = 0;
          blank = 0;
        }
      }
    }
    if (depth > 0) {
      pieces.push(text.slice(from));
      pending += text.length - from;
      if (pending > limits.maxRecordChars) throw tooLong(file, index, elementLine, limits);
    }
  }
  if (!ended)
    throw new ImportError(
      { file, index, line },
      started ? 'the JSON array is not closed: the file is truncated' : 'the file is empty'
    );
}

function tooLong(file: string, index: number, line: number, limits: ImportLimits): ImportError {
  return new ImportError({ file, index, line }, `a record longer than ${sizeText(limits.maxRecordChars)}, the longest accepted`);
}
