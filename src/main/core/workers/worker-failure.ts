import { ApiFailure, type ApiErrorCode } from '../../../shared/api/result';

/** A worker's failure as the host rebuilds its answer from it. */
export type WorkerFailure = { kind: 'failed'; message: string; code: ApiErrorCode | null; details?: Record<string, unknown> };

/** A refusal keeps its code; SQLite's lock timeout is `busy`; anything else is told as it came. */
export function failureOf(error: unknown): WorkerFailure {
  if (error instanceof ApiFailure) return { kind: 'failed', message: error.message, code: error.code, details: error.details };
  const message = error instanceof Error ? error.message : String(error);
  const busy = String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_BUSY');
  return {
    kind: 'failed',
    message: busy ? 'The mirror is held by another process — try again when it ends.' : message,
    code: busy ? 'busy' : null
  };
}

/** The host's side: the failure as the error its caller sees. */
export function errorOf(failure: WorkerFailure): Error {
  return failure.code ? new ApiFailure(failure.code, failure.message, failure.details) : new Error(failure.message);
}
