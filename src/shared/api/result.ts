/** Every failure that crosses the main ↔ renderer boundary carries one of these codes. */
export const API_ERROR_CODES = [
  'invalid-argument',
  'unknown-method',
  'not-found',
  'import-failed',
  'database-too-new',
  'not-supported',
  'conflict',
  /** A long job (an import, a reset, a diagnosis run) holds the mirror; try again when it ends. */
  'busy',
  'init-failed',
  'unauthorized',
  /** VTEX (or the network to it) failed a call: the message says which call and why, never a credential. */
  'remote-failed',
  'internal'
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

/** Results, not thrown errors, cross the boundary; stacks stay in the main-process log. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ApiErrorCode, message: string, details?: Record<string, unknown>): Result<never> {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

/** A thrown error that a handler raises on purpose, turned into a failed Result by the dispatcher. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: Record<string, unknown>
  ) {
    super(message);
  }
}
