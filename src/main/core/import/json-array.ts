import { ImportError } from './import-error';
import { readText } from './text-stream';

export interface ArrayElement {
  text: string;
  index: number;
  line: number;
  bytes: number;
}

/**
 * The elements of a top-level JSON array, one at a time, each as its own JSON text: the scanner
 * tracks strings, escapes and nesting depth, so a huge `.json` file streams like NDJSON and each
 * error can name the element's index and line.
 */
export async function* readJsonArray(path: string, file: string): AsyncGenerator<ArrayElement> {
  let line = 1;
  let started = false;
  let ended = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let element = '';
  let elementLine = 1;
  let index = 0;
  for await (const { text, bytes } of readText(path, file, () => line - 1)) {
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) line += 1;
      if (ended) {
        if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9) throw new ImportError({ file, line }, 'unexpected text after the closing ] of the array');
        continue;
      }
      if (!started) {
        if (ch === 91 /* [ */) {
          started = true;
          from = i + 1;
        } else if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9 && ch !== 0xfeff) {
          throw new ImportError({ file, line }, 'expected a JSON array ([ … ]) of records');
        }
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === 92 /* \ */) escaped = true;
        else if (ch === 34 /* " */) inString = false;
        continue;
      }
      if (ch === 34) inString = true;
      else if (ch === 123 || ch === 91) {
        if (depth === 0) {
          elementLine = line;
          element = '';
          from = i;
        }
        depth += 1;
      } else if (ch === 125 || ch === 93) {
        if (depth === 0 && ch === 93) {
          if (element.trim() || text.slice(from, i).trim().replace(/^,/, '').trim()) {
            throw new ImportError({ file, index, line }, 'each element of the array must be an object');
          }
          ended = true;
          continue;
        }
        depth -= 1;
        if (depth === 0) {
          yield { text: element + text.slice(from, i + 1), index, line: elementLine, bytes };
          index += 1;
          element = '';
          from = i + 1;
        }
      } else if (depth === 0 && ch !== 44 && ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9) {
        throw new ImportError({ file, index, line }, 'each element of the array must be an object');
      }
    }
    if (started && depth > 0) element += text.slice(from);
  }
  if (!ended) throw new ImportError({ file, index, line }, started ? 'the JSON array is not closed: the file is truncated' : 'the file is empty');
}
