import type { ImportErrorDetails } from '../../../shared/api/import';

/** A problem with one field of one record; the reader adds where the record was. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    readonly expected: string,
    readonly got: unknown,
    /** Said instead of "expected …, got …" when the value shown would mislead. */
    reason?: string
  ) {
    super(`${field}: ${reason ?? `expected ${expected}, got ${describe(got)}`}`);
  }
}

/** Shows a bad value the way an agent can find it in the file, cut short if long. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The one error an import raises: names the file, the line (or array index), the field and what
 * was expected — "orders.ndjson line 17: items[0].quantity: expected a positive integer, got \"two\"".
 */
export class ImportError extends Error {
  readonly code = 'import-failed';
  constructor(
    readonly details: ImportErrorDetails,
    reason: string
  ) {
    super(`${ImportError.where(details)}: ${reason}`);
  }

  static where(details: ImportErrorDetails): string {
    if (details.line !== undefined) return `${details.file} line ${details.line}`;
    if (details.index !== undefined) return `${details.file} item ${details.index}`;
    return details.file;
  }

  /** The error again, as it crossed from another thread (only its message and details do). */
  static revive(details: ImportErrorDetails, message: string): ImportError {
    const error = new ImportError(details, '');
    error.message = message;
    return error;
  }

  /** Wraps a FieldError (or any parse failure) raised while reading the record at `position`. */
  static at(file: string, position: { line?: number; index?: number }, error: unknown): ImportError {
    if (error instanceof ImportError) return error;
    if (error instanceof FieldError) {
      return new ImportError(
        { file, ...position, field: error.field, expected: error.expected, got: describe(error.got) },
        error.message
      );
    }
    return new ImportError({ file, ...position }, error instanceof Error ? error.message : String(error));
  }
}
