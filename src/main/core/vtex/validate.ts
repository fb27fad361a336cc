import { VtexError } from './errors';
import type { VtexHttp } from './http';
import { REQUIRED_RESOURCES, type VtexEndpoint } from './permissions';

/**
 * Checks a record with the importer's own mapper (the same rules a snapshot file meets) and returns
 * it unchanged: what VTEX sent is what the mirror stores, and a record the importer would refuse is
 * refused here too, as an invalid response naming the field.
 */
export function validated<T>(
  http: VtexHttp,
  endpoint: VtexEndpoint,
  path: string,
  record: unknown,
  mapper: (value: unknown) => unknown
): T {
  try {
    mapper(record);
    return record as T;
  } catch (error) {
    throw invalid(http, endpoint, path, error instanceof Error ? error.message : String(error));
  }
}

export function invalid(http: VtexHttp, endpoint: VtexEndpoint, path: string, cause: string): VtexError {
  const module = REQUIRED_RESOURCES[endpoint].module;
  const clean = http.clean(path);
  return new VtexError(
    { kind: 'invalid-response', endpoint, module, method: 'GET', path: clean, status: 200, attempts: 1 },
    http.clean(`VTEX answered GET ${clean} on account "${http.account.account}" with something the desk cannot read: ${cause}`)
  );
}

/** The body as a list, or an invalid-response error. */
export function listOf(http: VtexHttp, endpoint: VtexEndpoint, path: string, body: unknown): unknown[] {
  if (!Array.isArray(body)) throw invalid(http, endpoint, path, 'expected a JSON array');
  return body;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
