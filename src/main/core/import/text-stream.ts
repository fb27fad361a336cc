import { closeSync, createReadStream, read } from 'node:fs';
import { promisify } from 'node:util';
import { createGunzip } from 'node:zlib';
import { ImportError } from './import-error';
import { sizeText, type ImportLimits } from './limits';
import { openRegularFile } from './safe-open';

/** Bytes of a plain file read at a time, into one buffer reused for the whole file (see plainChunks). */
const PLAIN_CHUNK_BYTES = 1 << 20;

const readInto = promisify(read);

export interface TextSource {
  /** Where to read it. */
  path: string;
  /** The name every error shows. */
  file: string;
}

export interface TextChunk {
  text: string;
  /** Compressed (on-disk) bytes read so far, for progress. */
  bytes: number;
}

/**
 * The file's text, decoded strictly as UTF-8 chunk by chunk (never the whole file in memory),
 * gunzipped when the name ends in .gz. Invalid UTF-8, truncated gzip and a gzip that inflates past
 * the limits (in total or per compressed byte) raise ImportErrors that name the file and the line
 * reached; a bomb is refused after at most `ratioFloorBytes` of output.
 */
export async function* readText(source: TextSource, limits: ImportLimits, linesSoFar: () => number): AsyncGenerator<TextChunk> {
  const { file } = source;
  const gzipped = file.endsWith('.gz');
  const fd = openRegularFile(source.path, file);
  let bytes = 0;
  let inflated = 0;
  // Small reads of gzip keep the compressed count (the ratio's divisor) close to what was inflated.
  const raw = gzipped ? createReadStream('', { fd, highWaterMark: 1 << 16 }) : null;
  raw?.on('data', (chunk) => (bytes += chunk.length));
  const stream = raw ? raw.pipe(createGunzip()) : null;
  raw?.on('error', (error) => stream!.destroy(error));
  const chunks = stream ? (stream as AsyncIterable<Buffer>) : plainChunks(fd, (n) => (bytes += n));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of chunks) {
      if (gzipped) {
        inflated += chunk.length;
        checkInflation(file, limits, inflated, bytes);
      }
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw new ImportError(
          { file, line: linesSoFar() + linesBeforeInvalid(chunk) + 1 },
          'the file is not valid UTF-8 text (save or export it as UTF-8)'
        );
      }
      yield { text, bytes };
    }
    try {
      const rest = decoder.decode();
      if (rest) yield { text: rest, bytes };
    } catch {
      throw new ImportError(
        { file, line: linesSoFar() + 1 },
        'the file ends in the middle of a UTF-8 character (it may be truncated)'
      );
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || /unexpected end/i.test(String(error))) {
      throw new ImportError({ file, line: linesSoFar() + 1 }, 'the gzip data is truncated or corrupt');
    }
    throw new ImportError({ file }, `could not read the file: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    if (stream) {
      stream.destroy();
      raw!.destroy();
    } else {
      closeSync(fd);
    }
  }
}

/**
 * A plain file's bytes, each chunk a view of the same buffer, valid until the next is asked for
 * (readText decodes it at once). A new buffer per read, as a read stream gives, outlived a few
 * young-generation collections while its lines were parsed, so the chunks were freed only by full
 * collections: 40-57 MB of them waited outside the heap of each reading thread during a 1M-order
 * import (the peak RSS's largest part besides the heaps and the page cache).
 */
async function* plainChunks(fd: number, read: (bytes: number) => void): AsyncGenerator<Buffer> {
  const buffer = Buffer.allocUnsafe(PLAIN_CHUNK_BYTES);
  for (;;) {
    const { bytesRead } = await readInto(fd, buffer, 0, buffer.length, null);
    if (bytesRead === 0) return;
    read(bytesRead);
    yield buffer.subarray(0, bytesRead);
  }
}

/** Refuses a gzip stream once its output passes the total or per-byte limit (the import and the browser upload both judge by it). */
export function checkInflation(file: string, limits: ImportLimits, inflated: number, compressed: number): void {
  if (inflated > limits.maxInflatedBytes) {
    throw new ImportError(
      { file },
      `the gzip data inflates past ${sizeText(limits.maxInflatedBytes)}, the most a snapshot file may hold: refused as a decompression bomb`
    );
  }
  if (inflated > limits.ratioFloorBytes && inflated > compressed * limits.maxInflationRatio) {
    throw new ImportError(
      { file },
      `the gzip data inflates more than ${limits.maxInflationRatio} times (${sizeText(compressed)} to over ${sizeText(inflated)}): refused as a decompression bomb`
    );
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

/**
 * NDJSON lines with their 1-based numbers, split by hand (faster than readline). Only each new
 * chunk is scanned for a newline and a partial line waits as a list of pieces: rescanning the
 * growing partial line on every chunk made a 64 MB line cost minutes (quadratic).
 */
export async function* readLines(source: TextSource, limits: ImportLimits): AsyncGenerator<Line> {
  let line = 0;
  let pieces: string[] = [];
  let pending = 0;
  const tooLong = () =>
    new ImportError(
      { file: source.file, line: line + 1 },
      `a line longer than ${sizeText(limits.maxRecordChars)}, the longest record accepted: this is not NDJSON`
    );
  for await (const { text, bytes } of readText(source, limits, () => line)) {
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      if (pending + nl - start > limits.maxRecordChars) throw tooLong();
      const tail = text.slice(start, nl);
      const whole = pieces.length === 0 ? tail : pieces.join('') + tail;
      pieces = [];
      pending = 0;
      line += 1;
      yield { text: whole, line, bytes, terminated: true };
      start = nl + 1;
    }
    if (start < text.length) {
      pieces.push(text.slice(start));
      pending += text.length - start;
      if (pending > limits.maxRecordChars) throw tooLong();
    }
  }
  if (pending > 0) {
    line += 1;
    yield { text: pieces.join(''), line, bytes: Number.NaN, terminated: false };
  }
}
