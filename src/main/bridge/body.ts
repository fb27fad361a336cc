import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 1_000_000;

/**
 * How much of an oversized body is read and thrown away so the client can see the 413: a client
 * still writing when the socket closes gets a connection reset instead of the answer. Past this,
 * the sender is not a browser making a mistake, and the connection is cut.
 */
const MAX_DRAINED_BYTES = 64 * MAX_BODY_BYTES;

export type Body = { kind: 'ok'; text: string } | { kind: 'too-large' } | { kind: 'aborted' };

/** Reads a request body up to `limit` bytes; a bigger one is drained, never buffered. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Body> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    let size = 0;
    let tooLarge = Number.isFinite(declared) && declared > limit;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (tooLarge) {
        chunks.length = 0;
        if (size > MAX_DRAINED_BYTES) {
          req.destroy();
          resolve({ kind: 'aborted' });
        }
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? { kind: 'too-large' } : { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', () => resolve({ kind: 'aborted' }));
    req.on('close', () => resolve({ kind: 'aborted' }));
  });
}
