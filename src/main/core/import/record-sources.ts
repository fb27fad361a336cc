import { readJsonArray } from './json-array';
import { ImportError } from './import-error';
import { readLines, readText } from './text-stream';
import type { SnapshotFile } from './snapshot-files';

export interface SourceRecord {
  value: unknown;
  position: { line?: number; index?: number };
  bytes: number;
}

const MAX_OBJECT_FILE = 64 * 1024 * 1024;

function parse(text: string, file: string, position: { line?: number; index?: number }, truncated = false): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^JSON\.parse: /, '') : String(error);
    throw new ImportError({ file, ...position }, `invalid JSON (${reason})${truncated ? ': the last line is cut short, the file may be truncated' : ''}`);
  }
}

/** Records of a .json array or .ndjson file, parsed one at a time with where each came from. */
export async function* readRecords(source: SnapshotFile): AsyncGenerator<SourceRecord> {
  if (source.format === 'ndjson') {
    let bytes = 0;
    for await (const line of readLines(source.path, source.file)) {
      if (!Number.isNaN(line.bytes)) bytes = line.bytes;
      const text = line.text.trim();
      if (text === '') continue;
      yield { value: parse(text, source.file, { line: line.line }, !line.terminated), position: { line: line.line }, bytes };
    }
    return;
  }
  for await (const element of readJsonArray(source.path, source.file)) {
    yield { value: parse(element.text, source.file, { index: element.index, line: element.line }), position: { index: element.index }, bytes: element.bytes };
  }
}

/** A small one-object file (manifest, store settings), read whole. */
export async function readObject(source: SnapshotFile): Promise<unknown> {
  let text = '';
  let lines = 0;
  for await (const chunk of readText(source.path, source.file, () => lines)) {
    text += chunk.text;
    lines += (chunk.text.match(/\n/g) ?? []).length;
    if (text.length > MAX_OBJECT_FILE) throw new ImportError({ file: source.file }, 'the file is too large for a settings object');
  }
  if (text.trim() === '') throw new ImportError({ file: source.file }, 'the file is empty');
  return parse(text, source.file, {});
}
