import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import { countByKind } from '../../../src/main/core/db/repositories/counts-repository';
import { findOrdersByMarketplaceOrderId, listAttempts } from '../../../src/main/core/db/repositories/order-repository';
import { importSnapshot, ImportError } from '../../../src/main/core/import';
import { folderWith, freshMirror, mirrorState, smallStoreAs } from './snapshot-dir';

const HEADERS = {
  en: ['ID', 'Affiliate', 'Status', 'Processing date', 'Message'],
  pt: ['ID do pedido', 'Afiliado', 'Status', 'Data de processamento', 'Mensagem'],
  es: ['ID del pedido', 'Afiliado', 'Estado', 'Fecha de procesamiento', 'Mensaje']
};
const STATUS = { en: 'Processed with error', pt: 'processado com erro', es: 'procesado con error' };
const SUCCESS = { en: 'Processed with success', pt: 'processado com sucesso', es: 'procesado con éxito' };

async function xlsx(rows: (string | Date)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Orders');
  rows.forEach((row) => sheet.addRow(row));
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
  await workbook.xlsx.writeFile(join(dir, 'connections-orders.xlsx'));
  return dir;
}

describe.each(['en', 'pt', 'es'] as const)('the Admin’s Connections > Orders export with %s headers', (lang) => {
  let db: Db;
  beforeEach(async () => {
    db = freshMirror();
    await importSnapshot(db, smallStoreAs('json'));
  });

  it('as CSV: updates known orders with a new attempt and creates stubs for unknown ones', async () => {
    const csv = [
      HEADERS[lang].join(';'),
      `702-0000002-0000002;AMZ;${STATUS[lang]};2026-11-21T08:00:00-03:00;"No available sla to deliver this order"`,
      `2000009999;MLB;${SUCCESS[lang]};2026-11-21T09:00:00Z;`
    ].join('\r\n');
    await importSnapshot(db, folderWith({ 'connections-orders.csv': '\ufeff' + csv }));
    const known = findOrdersByMarketplaceOrderId(db, '702-0000002-0000002')[0];
    expect(known.integrationMessage).toBe('No available sla to deliver this order');
    expect(listAttempts(db, known.id).at(-1)).toMatchObject({
      source: 'admin-export',
      status: 'error',
      processedAt: '2026-11-21T11:00:00.000Z'
    });
    const stub = findOrdersByMarketplaceOrderId(db, '2000009999')[0];
    expect(stub).toMatchObject({ affiliateId: 'MLB', integrationStatus: 'success', incomplete: true, items: [] });
    expect(countByKind(db)['connections-orders']).toBe(2);
  });

  it('as XLSX: the same rows, with real date cells', async () => {
    const dir = await xlsx([
      HEADERS[lang],
      ['702-0000002-0000002', 'AMZ', STATUS[lang], new Date('2026-11-21T11:00:00Z'), 'Order with SKU out of stock']
    ]);
    await importSnapshot(db, dir);
    const known = findOrdersByMarketplaceOrderId(db, '702-0000002-0000002')[0];
    expect(known.integrationMessage).toBe('Order with SKU out of stock');
    expect(listAttempts(db, known.id).at(-1)).toMatchObject({ source: 'admin-export', processedAt: '2026-11-21T11:00:00.000Z' });
  });
});

describe('a bad Admin export changes nothing', () => {
  it('names the row and the column', async () => {
    const db = freshMirror();
    await importSnapshot(db, smallStoreAs('json'));
    const before = mirrorState(db);
    const csv = 'ID,Affiliate,Status\n702-0000002-0000002,AMZ,Processed with error\n702-X,AMZ,Shipped somehow\n';
    const error = await importSnapshot(db, folderWith({ 'connections-orders.csv': csv })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(/^connections-orders\.csv line 3: Status: expected error, success or pending/);
    expect(mirrorState(db)).toBe(before);
  });

  it('says which columns are missing', async () => {
    const db = freshMirror();
    const error = await importSnapshot(db, folderWith({ 'connections-orders.csv': 'Pedido;Quando\n1;2\n' })).catch(
      (e: unknown) => e
    );
    expect((error as ImportError).message).toMatch(/line 1: missing columns affiliate, status/);
  });
});

describe('an Admin export imported on its own', () => {
  it('takes the file path itself, whatever the Admin named the download', async () => {
    const db = freshMirror();
    await importSnapshot(db, smallStoreAs('json'));
    const dir = folderWith({
      'orders-2026-11-21.csv':
        'ID,Affiliate,Status,Message\n702-0000002-0000002,AMZ,Processed with error,Order with SKU out of stock\n'
    });
    const summary = await importSnapshot(db, join(dir, 'orders-2026-11-21.csv'));
    expect(summary.counts).toEqual({ 'connections-orders': 1 });
    expect(findOrdersByMarketplaceOrderId(db, '702-0000002-0000002')[0].integrationMessage).toBe('Order with SKU out of stock');
  });

  it('refuses another kind of file by name', async () => {
    const dir = folderWith({ 'notes.txt': 'hello' });
    const error = await importSnapshot(freshMirror(), join(dir, 'notes.txt')).catch((e: unknown) => e);
    expect((error as ImportError).message).toMatch(/^notes\.txt: not a snapshot file or an Admin export/);
  });
});
