import { normaliseIsoDate } from '../../../shared/dates';
import { decimalToCents } from '../../../shared/money';
import { FieldError } from './import-error';

type Json = Record<string, unknown>;

/**
 * JSON.parse reads 9007199254740993 as 9007199254740992: past 2^53 distinct ids collapse into
 * one, and two orders merged silently. Node 20's reviver cannot see the digits written, so such
 * an id is refused rather than guessed; written as a string it is kept exactly.
 */
export function unsafeIdError(field: string, value: number): FieldError {
  return new FieldError(
    field,
    'an id written as a string',
    value,
    'a number above 2^53 cannot be read exactly; write the id as a string'
  );
}

/**
 * An id is kept exactly as written. VTEX's catalog ids are integers and an order's `items[].id` is a
 * SKU id's digits ("51001"): spaces around one are not VTEX's, and trimming them would silently
 * change what the marketplace sent (the id is evidence: sku_id_not_numeric, sku_not_found).
 */
function idOf(value: unknown, field: string): string {
  if (typeof value === 'number' && Number.isInteger(value)) {
    if (!Number.isSafeInteger(value)) throw unsafeIdError(field, value);
    return String(value);
  }
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed !== '' && trimmed === value) return trimmed;
  if (trimmed !== '') {
    throw new FieldError(
      field,
      'an id without spaces around it',
      value,
      `the id ${JSON.stringify(value)} has spaces around it; ids are kept exactly as written, so remove the spaces in the file`
    );
  }
  throw new FieldError(field, 'an id (a string or an integer)', value);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Typed access to one JSON object's fields with precise errors: every getter names the field's
 * full path (items[0].quantity) and says what it expected. Hand-written rather than a schema
 * library because it runs a million times per import and its messages are the product.
 */
export class Fields {
  private constructor(
    private readonly value: Json,
    private readonly path: string
  ) {}

  static of(value: unknown, path = ''): Fields {
    if (!isObject(value)) throw new FieldError(path || 'record', 'an object', value);
    return new Fields(value, path);
  }

  private at(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  has(key: string): boolean {
    return this.value[key] !== undefined && this.value[key] !== null;
  }

  raw(key: string): unknown {
    return this.value[key];
  }

  string(key: string): string {
    const v = this.value[key];
    if (typeof v !== 'string' || v.trim() === '') throw new FieldError(this.at(key), 'a non-empty string', v);
    return v;
  }

  optString(key: string): string | null {
    const v = this.value[key];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') throw new FieldError(this.at(key), 'a string', v);
    return v;
  }

  /** Ids arrive as numbers or strings (trade policies, SKUs); the mirror keeps strings. */
  id(key: string): string {
    return idOf(this.value[key], this.at(key));
  }

  optId(key: string): string | null {
    return this.has(key) ? this.id(key) : null;
  }

  ids(key: string): string[] {
    if (!this.has(key)) return [];
    return this.array(key).map((v, index) => idOf(v, `${this.at(key)}[${index}]`));
  }

  int(key: string, options: { min?: number; label?: string } = {}): number {
    const v = this.value[key];
    const min = options.min ?? Number.MIN_SAFE_INTEGER;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
      throw new FieldError(
        this.at(key),
        options.label ?? (min === 1 ? 'a positive integer' : min === 0 ? 'an integer ≥ 0' : 'an integer'),
        v
      );
    }
    return v;
  }

  optInt(key: string, options: { min?: number; label?: string } = {}): number | null {
    return this.has(key) ? this.int(key, options) : null;
  }

  /** Money VTEX already sends in integer cents. */
  cents(key: string): number {
    return this.int(key, { min: 0, label: 'an amount in integer cents ≥ 0' });
  }

  optCents(key: string): number | null {
    return this.has(key) ? this.cents(key) : null;
  }

  /** Money VTEX sends as a decimal in currency units (pricing, freight), converted exactly. */
  decimalCents(key: string): number {
    const v = this.value[key];
    const cents = typeof v === 'number' ? decimalToCents(v) : null;
    if (cents === null || cents < 0) throw new FieldError(this.at(key), 'a decimal amount ≥ 0', v);
    return cents;
  }

  optDecimalCents(key: string): number | null {
    return this.has(key) ? this.decimalCents(key) : null;
  }

  number(key: string, options: { min?: number } = {}): number {
    const v = this.value[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || (options.min !== undefined && v < options.min)) {
      throw new FieldError(this.at(key), options.min !== undefined ? `a number ≥ ${options.min}` : 'a number', v);
    }
    return v;
  }

  optNumber(key: string, options: { min?: number } = {}): number | null {
    return this.has(key) ? this.number(key, options) : null;
  }

  bool(key: string): boolean {
    const v = this.value[key];
    if (typeof v !== 'boolean') throw new FieldError(this.at(key), 'true or false', v);
    return v;
  }

  optBool(key: string, fallback: boolean): boolean {
    return this.has(key) ? this.bool(key) : fallback;
  }

  date(key: string): string {
    const v = this.value[key];
    const iso = typeof v === 'string' ? normaliseIsoDate(v) : null;
    if (!iso) throw new FieldError(this.at(key), 'an ISO 8601 date with a zone (e.g. 2026-11-20T14:00:00Z)', v);
    return iso;
  }

  optDate(key: string): string | null {
    return this.has(key) ? this.date(key) : null;
  }

  array(key: string): unknown[] {
    const v = this.value[key];
    if (!Array.isArray(v)) throw new FieldError(this.at(key), 'an array', v);
    return v;
  }

  /** Each element of an array of objects, as Fields with its indexed path. */
  objects(key: string, options: { optional?: boolean; nonEmpty?: boolean } = {}): Fields[] {
    if (options.optional && !this.has(key)) return [];
    const list = this.array(key);
    if (options.nonEmpty && list.length === 0) throw new FieldError(this.at(key), 'at least one element', list);
    return list.map((item, index) => Fields.of(item, `${this.at(key)}[${index}]`));
  }

  object(key: string): Fields {
    return Fields.of(this.value[key], this.at(key));
  }

  optObject(key: string): Fields | null {
    return this.has(key) ? this.object(key) : null;
  }

  oneOf<T extends string>(key: string, values: readonly T[]): T {
    const v = this.value[key];
    if (typeof v !== 'string' || !values.includes(v as T)) throw new FieldError(this.at(key), `one of ${values.join(', ')}`, v);
    return v as T;
  }
}
