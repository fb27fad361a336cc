import { closeSync, openSync } from 'node:fs';
import { Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { ImportError } from '../core/import/import-error';
import type { ImportLimits } from '../core/import/limits';
import { checkInflation } from '../core/import/text-stream';
import { checkXlsxSizes } from '../core/import/xlsx-guard';

/**
 * Passes a `.gz` upload through unchanged while inflating a copy into nothing, so a decompression
 * bomb is refused while it arrives, by the import's own limits (total size and inflation per byte),
 * instead of filling the disk and failing only at import. Corrupt gzip is left to the import, which
 * names the line it reached.
 */
export function gzipGuard(file: string, limits: ImportLimits): Transform {
  const gunzip = createGunzip();
  let compressed = 0;
  let inflated = 0;
  let refusal: ImportError | null = null;
  let corrupt = false;
  gunzip.on('data', (chunk: Buffer) => {
    inflated += chunk.length;
    if (refusal) return;
    try {
      checkInflation(file, limits, inflated, compressed);
    } catch (error) {
      refusal = error as ImportError;
    }
  });
  gunzip.on('error', () => (corrupt = true));
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      compressed += chunk.length;
      if (refusal || corrupt) return done(refusal, chunk);
      // The copy's output is counted before this chunk goes on: a bomb stops within one chunk's inflation.
      gunzip.write(chunk, () => done(refusal, chunk));
    },
    flush(done) {
      if (corrupt || refusal) return done(refusal);
      gunzip.end(() => done(refusal));
    }
  });
}

/** Refuses an `.xlsx` upload the import would refuse as a bomb (its entries' declared and real sizes). */
export async function checkWorkbook(path: string, file: string, limits: ImportLimits): Promise<void> {
  const fd = openSync(path, 'r');
  try {
    await checkXlsxSizes(fd, file, limits);
  } finally {
    closeSync(fd);
  }
}
