import { readJsonArray } from './json-array';
import { ImportError } from './import-error';
import { sizeText, type ImportLimits } from './limits';
import { readLines, readText } from './text-stream';
import type { SnapshotFile } from './snapshot-files';

export interface SourceRecord {
  value: unknown;
  position: { line?: number; index?: number };
  bytes: number;
  /** Characters of the record's text: what parsing it may hold in memory. */
  chars: number;
}

/** Yielded instead of a record while a long run of blank lines is skipped, so progress moves. */
export interface SkippedBlanks {
  skipped: number;
  bytes: number;
}

/** Blank lines skipped between two progress beats. */
const BLANK_BEAT = 10_000;

function parse(text: string, file: string, position: { line?: number; index?: number }, truncated = false): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^JSON\.parse: /, '') : String(error);
    throw new ImportError(
      { file, ...position },
      `invalid JSON (${reason})${truncated ? ': the last line is cut short, the file may be truncated' : ''}`
    );
  }
}

/** Records of a .json array or .ndjson file, parsed one at a time with where each came from. */
export async function* readRecords(source: SnapshotFile, limits: ImportLimits): AsyncGenerator<SourceRecord | SkippedBlanks> {
  if (source.format === 'ndjson') {
    let bytes = 0;
    let blank = 0;
    let blankLines = 0;
    for await (const line of readLines(source, limits)) {
      if (!Number.isNaN(line.bytes)) bytes = line.bytes;
      const text = line.text.trim();
      if (text === '') {
        blank += line.text.length + 1;
        if (blank > limits.maxBlankChars) {
          throw new ImportError(
            { file: source.file, line: line.line },
            `more than ${sizeText(limits.maxBlankChars)} of blank lines without a record`
          );
        }
        if (++blankLines % BLANK_BEAT === 0) yield { skipped: blankLines, bytes };
        continue;
      }
      blank = 0;
      yield {
        value: parse(text, source.file, { line: line.line }, !line.terminated),
        position: { line: line.line },
        bytes,
        chars: text.length
      };
    }
    return;
  }
  for await (const element of readJsonArray(source, limits)) {
    yield {
      value: parse(element.text, source.file, { index: element.index, line: element.line }),
      position: { index: element.index },
      bytes: element.bytes,
      chars: element.text.length
    };
  }
}

/** A small one-object file (manifest, store settings), read whole. */
export async function readObject(source: SnapshotFile, limits: ImportLimits): Promise<unknown> {
  const parts: string[] = [];
  let length = 0;
  let lines = 0;
  for await (const chunk of readText(source, limits, () => lines)) {
    parts.push(chunk.text);
    length += chunk.text.length;
    lines += (chunk.text.match(/\n/g) ?? []).length;
    if (length > limits.maxObjectFileChars) {
      throw new ImportError(
        { file: source.file },
        `the file is larger than ${sizeText(limits.maxObjectFileChars)}, too large for a settings object`
      );
    }
  }
  const text = parts.join('');
  if (text.trim() === '') throw new ImportError({ file: source.file }, 'the file is empty');
  return parse(text, source.file, {});
}
