export { importSnapshot, type ClassifyOrder, type ImportOptions, type ImportSummary } from './import-snapshot';
export { ImportError, FieldError } from './import-error';
export { ACCEPTED_NAMES } from './snapshot-files';
