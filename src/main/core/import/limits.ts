/**
 * Bounds on what one snapshot file may cost to read. A hostile or broken file (a gzip bomb, one
 * endless line, a sea of blank lines, a workbook whose strings inflate to gigabytes) is refused
 * when it crosses one of them, in bounded time and memory, instead of running for minutes or
 * exhausting the heap. Tests lower them through ImportOptions.limits to build small bombs.
 */
export interface ImportLimits {
  /** Text a .gz file may inflate to. A million-order orders.ndjson is about 1.4 GB. */
  maxInflatedBytes: number;
  /** Inflated bytes per compressed byte. Real snapshots measure 2–30; zeros reach 1,000. */
  maxInflationRatio: number;
  /** The ratio is judged only past this much output, so tiny repetitive files pass. */
  ratioFloorBytes: number;
  /** Longest NDJSON line, JSON array element or CSV record, in characters. */
  maxRecordChars: number;
  /** Blank lines or whitespace in a row without a record, in characters. */
  maxBlankChars: number;
  /** A one-object file (manifest, store settings), in characters. */
  maxObjectFileChars: number;
  /** One entry of an .xlsx workbook, inflated (the worksheet XML streams). */
  maxXlsxEntryBytes: number;
  /** The shared strings of an .xlsx workbook, inflated: exceljs holds them all in memory. */
  maxXlsxSharedStringsBytes: number;
  /** All entries of an .xlsx workbook together, inflated. */
  maxXlsxTotalBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxInflatedBytes: 8 * 1024 * MB,
  maxInflationRatio: 200,
  ratioFloorBytes: 16 * MB,
  maxRecordChars: 64 * MB,
  maxBlankChars: 1 * MB,
  maxObjectFileChars: 64 * MB,
  maxXlsxEntryBytes: 512 * MB,
  maxXlsxSharedStringsBytes: 64 * MB,
  maxXlsxTotalBytes: 1024 * MB
});

export function importLimits(overrides: Partial<ImportLimits> = {}): ImportLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}

/** "64 MB", "1.5 KB", "200 bytes": limits as a person reads them in an error. */
export function sizeText(bytes: number): string {
  if (bytes >= MB) return `${+(bytes / MB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
