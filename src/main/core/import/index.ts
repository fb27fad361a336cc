export { importSnapshot, type ImportOptions, type ImportSummary } from './import-snapshot';
export type { ClassifyOrder } from './classify-cache';
export { ImportError, FieldError } from './import-error';
export { ACCEPTED_NAMES } from './snapshot-files';
