import { createWriteStream, mkdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PassThrough, Transform } from 'node:stream';
import { fail } from '../../shared/api/result';
import { ImportError } from '../core/import/import-error';
import { DEFAULT_LIMITS, sizeText } from '../core/import/limits';
import { makeUploadFolder, removeUploadFolder } from './upload-folders';
import { checkWorkbook, gzipGuard } from './upload-guard';

// One segment of a relative name as a browser's folder picker gives it: no `..`, no separators of its own.
const SEGMENT = /^(?!\.\.?$)[^/\\\0:]{1,255}$/;

/** A relative name from the agent's folder, or null when it could leave the upload folder (absolute, `..`, a drive). */
export function safeRelativeName(name: string | null): string | null {
  if (!name || name.length > 1024 || name.startsWith('/')) return null;
  const segments = name.split('/');
  return segments.every((segment) => SEGMENT.test(segment)) ? segments.join('/') : null;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

/** A refused upload takes its whole folder with it: the import it was for cannot run without the file. */
function refuse(res: ServerResponse, uploads: Set<string>, folder: string, message: string, file: string): void {
  removeUploadFolder(uploads, folder);
  sendJson(res, 413, fail('import-failed', message, { file }));
}

/**
 * PUT /api/upload?folder=<from an earlier answer>&name=<relative name>: streams one file of the agent's
 * snapshot into a private folder (0700) under the system temp folder, at most the import's own size limit
 * (limits.ts), and answers the folder, which `import/snapshot` then imports through the same job. A
 * `.gz` or `.xlsx` that would inflate past the import's limits is refused here, naming the file and the
 * limit, and its folder removed.
 */
export async function receiveUpload(req: IncomingMessage, res: ServerResponse, url: URL, uploads: Set<string>): Promise<void> {
  const name = safeRelativeName(url.searchParams.get('name'));
  if (name === null) {
    sendJson(res, 400, fail('invalid-argument', 'The file name must be relative, without ".." or a drive.'));
    return;
  }
  const given = url.searchParams.get('folder');
  if (given !== null && !uploads.has(given)) {
    sendJson(res, 400, fail('invalid-argument', 'Unknown upload folder.'));
    return;
  }
  const limits = DEFAULT_LIMITS;
  const limit = limits.maxInflatedBytes;
  const tooLarge = `${name} is larger than the import accepts (${sizeText(limit)}).`;
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    sendJson(res, 413, fail('invalid-argument', tooLarge));
    req.resume();
    return;
  }
  const folder = given ?? makeUploadFolder();
  uploads.add(folder);
  const target = join(folder, name);
  mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
  let received = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      done(received > limit ? new RangeError('too large') : null, chunk);
    }
  });
  const guard = name.endsWith('.gz') ? gzipGuard(name, limits) : new PassThrough();
  try {
    await pipeline(req, counter, guard, createWriteStream(target, { mode: 0o600 }));
    if (name.endsWith('.xlsx')) await checkWorkbook(target, name, limits);
  } catch (error) {
    if (error instanceof RangeError) refuse(res, uploads, folder, tooLarge, name);
    else if (error instanceof ImportError) refuse(res, uploads, folder, error.message, name);
    else throw error;
    return;
  }
  sendJson(res, 200, { ok: true, value: { folder, file: name, bytes: received } });
}
