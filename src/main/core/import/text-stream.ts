import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { ImportError } from './import-error';

/** Longest record line accepted; a bigger one is a broken file, not an order. */
const MAX_LINE_CHARS = 64 * 1024 * 1024;

export interface TextChunk {
  text: string;
  /** Compressed (on-disk) bytes read so far, for progress. */
  bytes: number;
}

/**
 * The file's text, decoded strictly as UTF-8 chunk by chunk (never the whole file in memory),
 * gunzipped when the name ends in .gz. Invalid UTF-8 and truncated gzip raise ImportErrors that
 * name the file and the line reached.
 */
export async function* readText(path: string, file: string, linesSoFar: () => number): AsyncGenerator<TextChunk> {
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  let bytes = 0;
  raw.on('data', (chunk) => (bytes += chunk.length));
  const source = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  raw.on('error', (error) => source.destroy(error));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw new ImportError({ file, line: linesSoFar() + linesBeforeInvalid(chunk) + 1 }, 'the file is not valid UTF-8 text (save or export it as UTF-8)');
      }
      yield { text, bytes };
    }
    try {
      const rest = decoder.decode();
      if (rest) yield { text: rest, bytes };
    } catch {
      throw new ImportError({ file, line: linesSoFar() + 1 }, 'the file ends in the middle of a UTF-8 character (it may be truncated)');
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || /unexpected end/i.test(String(error))) {
      throw new ImportError({ file, line: linesSoFar() + 1 }, 'the gzip data is truncated or corrupt');
    }
    throw new ImportError({ file }, `could not read the file: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    raw.destroy();
  }
}

/** Line breaks in a chunk before its first byte sequence that is not UTF-8. */
function linesBeforeInvalid(chunk: Buffer): number {
  const lenient = new TextDecoder('utf-8').decode(chunk);
  const bad = lenient.indexOf('\uFFFD');
  return (lenient.slice(0, bad < 0 ? lenient.length : bad).match(/\n/g) ?? []).length;
}

export interface Line {
  text: string;
  line: number;
  bytes: number;
  /** False for a last line that ended without a newline (possibly cut short). */
  terminated: boolean;
}

/** NDJSON lines with their 1-based numbers, split by hand (faster than readline). */
export async function* readLines(path: string, file: string): AsyncGenerator<Line> {
  let line = 0;
  let carry = '';
  for await (const { text, bytes } of readText(path, file, () => line)) {
    let start = 0;
    let data = carry + text;
    carry = '';
    for (let nl = data.indexOf('\n', start); nl !== -1; nl = data.indexOf('\n', start)) {
      line += 1;
      yield { text: data.slice(start, nl), line, bytes, terminated: true };
      start = nl + 1;
    }
    carry = data.slice(start);
    data = '';
    if (carry.length > MAX_LINE_CHARS) throw new ImportError({ file, line: line + 1 }, `a line longer than ${MAX_LINE_CHARS / 1024 / 1024} MB: this is not NDJSON`);
  }
  if (carry.length > 0) {
    line += 1;
    yield { text: carry, line, bytes: Number.NaN, terminated: false };
  }
}
