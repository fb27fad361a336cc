import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import { findOrdersByMarketplaceOrderId } from '../../../src/main/core/db/repositories/order-repository';
import { importSnapshot } from '../../../src/main/core/import';
import { expectRefused } from './hostile-helpers';
import { freshMirror, smallStoreAs } from './snapshot-dir';

/** An Admin export whose messages are `rows` distinct strings, as the bytes of the .xlsx. */
async function workbook(rows: number, message = (i: number) => `No available sla to deliver this order #${i}`): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Orders');
  sheet.addRow(['ID', 'Affiliate', 'Status', 'Message']);
  for (let i = 0; i < rows; i++) sheet.addRow([`702-${i}`, 'AMZ', 'Processed with error', message(i)]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function saved(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-hostile-'));
  writeFileSync(join(dir, 'connections-orders.xlsx'), bytes);
  return dir;
}

/** The central directory's record of `name`: where its declared sizes sit, to rewrite them. */
function centralRecord(zip: Buffer, name: string): number {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    const length = zip.readUInt16LE(at + 28);
    if (zip.toString('utf8', at + 46, at + 46 + length) === name) return at;
    at += 46 + length + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  throw new Error(`${name} is not in the zip`);
}

const STRINGS = 'xl/sharedStrings.xml';

describe('an .xlsx workbook that would inflate past the limits is refused before exceljs reads it', () => {
  let db: Db;
  beforeEach(async () => {
    db = freshMirror();
    await importSnapshot(db, smallStoreAs('json'));
  });

  it('a legitimate export still imports', async () => {
    await importSnapshot(db, saved(await workbook(50)));
    expect(findOrdersByMarketplaceOrderId(db, '702-49')[0].integrationMessage).toBe('No available sla to deliver this order #49');
  });

  it('shared strings declared past their limit (read from the central directory, nothing inflated)', async () => {
    const zip = await workbook(2000);
    const declared = zip.readUInt32LE(centralRecord(zip, STRINGS) + 24);
    expect(declared).toBeGreaterThan(50 * 1024);
    await expectRefused(
      db,
      saved(zip),
      {
        file: 'connections-orders.xlsx',
        message:
          /^connections-orders\.xlsx: the workbook entry "xl\/sharedStrings\.xml" inflates to .* KB, over the 50 KB limit: refused as a decompression bomb$/
      },
      { limits: { maxXlsxSharedStringsBytes: 50 * 1024 } }
    );
  });

  it('with the default limits, shared strings declared at 100 MB', async () => {
    const zip = await workbook(10);
    zip.writeUInt32LE(100 * 1024 * 1024, centralRecord(zip, STRINGS) + 24);
    await expectRefused(db, saved(zip), {
      file: 'connections-orders.xlsx',
      message: /"xl\/sharedStrings\.xml" inflates to 100 MB, over the 64 MB limit/
    });
  });

  it('an entry that lies about its size is stopped while inflating', async () => {
    const zip = await workbook(2000);
    zip.writeUInt32LE(1000, centralRecord(zip, STRINGS) + 24);
    await expectRefused(db, saved(zip), {
      file: 'connections-orders.xlsx',
      message: /"xl\/sharedStrings\.xml" inflates to more than the 1000 bytes it declares/
    });
  });

  it('an entry that inflates too many times per compressed byte', async () => {
    const zip = await workbook(3000, () => 'Order with SKU out of stock');
    const sheet = centralRecord(zip, 'xl/worksheets/sheet1.xml');
    expect(zip.readUInt32LE(sheet + 24) / zip.readUInt32LE(sheet + 20)).toBeGreaterThan(4);
    await expectRefused(
      db,
      saved(zip),
      {
        file: 'connections-orders.xlsx',
        message: /the workbook entry "xl\/worksheets\/sheet1\.xml" inflates more than 4 times: refused as a decompression bomb$/
      },
      { limits: { maxInflationRatio: 4, ratioFloorBytes: 10_000 } }
    );
  });

  it('all entries together past the total limit', async () => {
    await expectRefused(
      db,
      saved(await workbook(2000)),
      { file: 'connections-orders.xlsx', message: /the workbook inflates to more than 100 KB/ },
      { limits: { maxXlsxTotalBytes: 100 * 1024 } }
    );
  });

  it('data hidden between the listed entries', async () => {
    const zip = await workbook(10);
    const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const central = zip.readUInt32LE(eocd + 16);
    const hidden = Buffer.concat([zip.subarray(0, central), Buffer.alloc(4096, 0x41), zip.subarray(central)]);
    hidden.writeUInt32LE(central + 4096, eocd + 4096 + 16);
    await expectRefused(db, saved(hidden), { file: 'connections-orders.xlsx', message: /holds data outside its listed entries/ });
  });

  it('a file that is not a zip at all', async () => {
    await expectRefused(db, saved(Buffer.from('ID,Affiliate,Status\n')), {
      file: 'connections-orders.xlsx',
      message: /not a readable \.xlsx workbook: it is not a zip archive/
    });
  });

  it('a damaged entry', async () => {
    const zip = await workbook(200);
    const record = centralRecord(zip, STRINGS);
    const local = zip.readUInt32LE(record + 42);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    zip.fill(0xff, data, data + 64);
    await expectRefused(db, saved(zip), {
      file: 'connections-orders.xlsx',
      message: /"xl\/sharedStrings\.xml" is damaged|inflates to (less|more) than/
    });
  });
});
