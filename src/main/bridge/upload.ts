import { createWriteStream, mkdirSync, mkdtempSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { fail } from '../../shared/api/result';
import { DEFAULT_LIMITS } from '../core/import/limits';

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

/**
 * PUT /api/upload?folder=<from an earlier answer>&name=<relative name>: streams one file of the agent's
 * snapshot into a private folder (0700) under the system temp folder, at most the import's own size limit
 * (limits.ts), and answers the folder, which `import/snapshot` then imports through the same job.
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
  const limit = DEFAULT_LIMITS.maxInflatedBytes;
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    sendJson(res, 413, fail('invalid-argument', `The file is larger than the import accepts.`));
    req.resume();
    return;
  }
  const folder = given ?? mkdtempSync(join(tmpdir(), 'desk-upload-')); // mkdtemp creates it 0700
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
  try {
    await pipeline(req, counter, createWriteStream(target, { mode: 0o600 }));
  } catch (error) {
    if (error instanceof RangeError) sendJson(res, 413, fail('invalid-argument', 'The file is larger than the import accepts.'));
    else throw error;
    return;
  }
  sendJson(res, 200, { ok: true, value: { folder, file: name, bytes: received } });
}
