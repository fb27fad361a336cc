import { closeSync, createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { normaliseIsoDate } from '../../../shared/dates';
import type { AdminExportRow } from '../db/repositories/order-repository';
import { blankRunGuard } from './blank-guard';
import { FieldError, ImportError } from './import-error';
import { unsafeIdError } from './fields';
import { sizeText, type ImportLimits } from './limits';
import { openRegularFile } from './safe-open';
import type { TextSource } from './text-stream';
import { checkXlsxSizes } from './xlsx-guard';
import { integrationStatus } from './order-mapper';

type Column = 'id' | 'affiliate' | 'status' | 'date' | 'message';

/** Header words of Connections > Orders' "Export to Excel", in English, Portuguese and Spanish. */
const HEADERS: Record<Column, string[]> = {
  id: ['id', 'order id', 'order', 'id do pedido', 'pedido', 'id del pedido', 'marketplace order id'],
  affiliate: ['affiliate', 'affiliate id', 'afiliado', 'id do afiliado', 'id del afiliado'],
  status: ['status', 'estado', 'situacao', 'situacion'],
  date: ['processing date', 'data de processamento', 'fecha de procesamiento', 'date', 'data', 'fecha', 'processed at'],
  message: ['message', 'mensagem', 'mensaje', 'error', 'erro', 'log', 'error message', 'mensagem de erro', 'mensaje de error']
};

function normaliseHeader(value: unknown): string {
  return String(value ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function columnsOf(header: unknown[], file: string): Record<Column, number> {
  const names = header.map(normaliseHeader);
  const found = {} as Record<Column, number>;
  for (const column of Object.keys(HEADERS) as Column[]) {
    const index = names.findIndex((name) => HEADERS[column].includes(name));
    if (index >= 0) found[column] = index;
  }
  const required: Column[] = ['id', 'affiliate', 'status'];
  const missing = required.filter((column) => found[column] === undefined);
  if (missing.length) {
    throw new ImportError(
      {
        file,
        line: 1,
        field: missing.join(', '),
        expected: 'the columns ID, Affiliate, Status (in English, Portuguese or Spanish)',
        got: header.map(String).join(' | ')
      },
      `missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => HEADERS[m][0]).join(', ')} (found: ${header.map(String).join(', ')})`
    );
  }
  return found;
}

function cellText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && 'text' in value) return String(value.text);
  if (value && typeof value === 'object' && 'result' in value) return String(value.result);
  return value === null || value === undefined ? '' : String(value).trim();
}

function toRow(cells: unknown[], columns: Record<Column, number>): AdminExportRow {
  const get = (column: Column) => (columns[column] === undefined ? '' : cellText(cells[columns[column]]));
  const idCell = cells[columns.id];
  // A number cell past 2^53 has already lost digits: two orders would merge into one.
  if (typeof idCell === 'number' && Number.isInteger(idCell) && !Number.isSafeInteger(idCell)) throw unsafeIdError('ID', idCell);
  const id = get('id');
  if (!id) throw new FieldError('ID', 'a marketplace order id', id);
  const affiliateId = get('affiliate');
  if (!affiliateId) throw new FieldError('Affiliate', 'the affiliate code (e.g. AMZ)', affiliateId);
  const dateText = get('date');
  const processedAt = dateText ? normaliseIsoDate(dateText) : null;
  if (dateText && !processedAt)
    throw new FieldError('Processing date', 'an ISO 8601 date with a zone (e.g. 2026-11-20T14:00:00-03:00)', dateText);
  const message = get('message');
  return {
    marketplaceOrderId: id,
    affiliateId,
    status: integrationStatus(get('status'), 'Status'),
    processedAt,
    message: message || null
  };
}

export interface ExportRow {
  row: AdminExportRow;
  line: number;
}

/** Rows of the CSV export (comma or semicolon separated, with or without a BOM). */
export async function* readAdminCsv(source: TextSource, limits: ImportLimits): AsyncGenerator<ExportRow> {
  const { file } = source;
  const input = createReadStream('', { fd: openRegularFile(source.path, file) });
  const guard = blankRunGuard(file, limits);
  const parser = input.pipe(guard).pipe(
    parse({
      bom: true,
      delimiter: [',', ';'],
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      max_record_size: limits.maxRecordChars
    })
  );
  // pipe() does not pass errors on: the reader and the guard fail the parser the loop reads.
  input.on('error', (error) => parser.destroy(error));
  guard.on('error', (error) => parser.destroy(error));
  let columns: Record<Column, number> | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!columns) {
        columns = columnsOf(record, file);
        continue;
      }
      try {
        yield { row: toRow(record, columns), line: info.lines };
      } catch (error) {
        throw ImportError.at(file, { line: info.lines }, error);
      }
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const line = (error as { lines?: number }).lines;
    if ((error as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') {
      throw new ImportError(
        { file, ...(line ? { line } : {}) },
        `a record longer than ${sizeText(limits.maxRecordChars)}, the longest accepted`
      );
    }
    throw new ImportError(
      { file, ...(line ? { line } : {}) },
      `not a readable CSV file: ${error instanceof Error ? error.message : String(error)}`
    );
  } finally {
    input.destroy();
  }
  if (!columns) throw new ImportError({ file }, 'the file is empty');
}

/**
 * Rows of the first worksheet of the .xlsx export, streamed. Styles are read so date cells come back
 * as dates; Excel stores them without a zone, and exceljs reads them as UTC.
 */
export async function* readAdminXlsx(source: TextSource, limits: ImportLimits): AsyncGenerator<ExportRow> {
  const { file } = source;
  let columns: Record<Column, number> | null = null;
  const fd = openRegularFile(source.path, file);
  try {
    await checkXlsxSizes(fd, file, limits);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  // The checked descriptor itself is read, so the file cannot be swapped after the check.
  const input = createReadStream('', { fd, start: 0 });
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache'
    });
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const cells = (row.values as unknown[]).slice(1);
        if (cells.every((cell) => cellText(cell) === '')) continue;
        if (!columns) {
          columns = columnsOf(cells, file);
          continue;
        }
        try {
          yield { row: toRow(cells, columns), line: row.number };
        } catch (error) {
          throw ImportError.at(file, { line: row.number }, error);
        }
      }
      break;
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError({ file }, `not a readable .xlsx workbook: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    input.destroy();
  }
  if (!columns) throw new ImportError({ file }, 'the workbook has no header row');
}
