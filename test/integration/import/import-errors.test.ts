import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import { importSnapshot, ImportError } from '../../../src/main/core/import';
import { fixtureRecords, folderWith, freshMirror, mirrorState, smallStoreAs } from './snapshot-dir';

const ORDER = fixtureRecords('orders')[1] as Record<string, unknown>;
const ndjson = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

/** Every bad input must fail with a precise error AND leave the mirror exactly as it was. */
async function expectRejected(
  db: Db,
  dir: string,
  expected: Partial<ImportError['details']> & { message: RegExp }
): Promise<void> {
  const before = mirrorState(db);
  const error = await importSnapshot(db, dir).then(
    () => null,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(ImportError);
  const { message, ...details } = expected;
  expect((error as ImportError).message).toMatch(message);
  expect((error as ImportError).details).toMatchObject(details);
  expect(mirrorState(db)).toBe(before);
  expect(db.inTransaction).toBe(false);
}

describe('bad input is refused with file, line and field, and changes nothing', () => {
  let db: Db;
  beforeEach(async () => {
    db = freshMirror();
    await importSnapshot(db, smallStoreAs('json'));
  });

  it('a wrong type names the line, the field path and what was expected', async () => {
    const bad = { ...ORDER, marketplaceOrderId: 'NEW-1', items: [{ id: '1003', quantity: 'two', price: 100 }] };
    await expectRejected(db, folderWith({ 'orders.ndjson': ndjson([{ ...ORDER, marketplaceOrderId: 'NEW-0' }, bad]) }), {
      file: 'orders.ndjson',
      line: 2,
      field: 'items[0].quantity',
      expected: 'a positive integer',
      message: /^orders\.ndjson line 2: items\[0\]\.quantity: expected a positive integer, got "two"$/
    });
  });

  it('a bad record after many good ones rolls back the good ones too', async () => {
    const good = Array.from({ length: 12_000 }, (_, i) => ({ ...ORDER, marketplaceOrderId: `BULK-${i}` }));
    const bad = { ...ORDER, marketplaceOrderId: 'BULK-X', marketplacePaymentValue: 12.5 };
    await expectRejected(db, folderWith({ 'orders.ndjson': ndjson([...good, bad]) }), {
      line: 12_001,
      field: 'marketplacePaymentValue',
      message: /expected an amount in integer cents, got 12\.5/
    });
  });

  it('a missing required field', async () => {
    const { createdAt: _createdAt, ...missing } = ORDER;
    await expectRejected(db, folderWith({ 'orders.json': JSON.stringify([ORDER, missing]) }), {
      file: 'orders.json',
      index: 1,
      field: 'createdAt',
      message: /^orders\.json item 1: createdAt: expected an ISO 8601 date with a zone .*, got nothing \(the field is missing\)$/
    });
  });

  it('a date without a zone', async () => {
    await expectRejected(db, folderWith({ 'orders.ndjson': ndjson([{ ...ORDER, createdAt: '2026-11-19 10:00:00' }]) }), {
      line: 1,
      field: 'createdAt',
      message: /got "2026-11-19 10:00:00"/
    });
  });

  it('invalid JSON on a line', async () => {
    await expectRejected(db, folderWith({ 'orders.ndjson': `${JSON.stringify(ORDER)}\n{"marketplaceOrderId": "X", oops}\n` }), {
      file: 'orders.ndjson',
      line: 2,
      message: /^orders\.ndjson line 2: invalid JSON/
    });
  });

  it('a truncated NDJSON file (the last line cut short)', async () => {
    const text = ndjson([ORDER]) + JSON.stringify({ ...ORDER, marketplaceOrderId: 'CUT' }).slice(0, 40);
    await expectRejected(db, folderWith({ 'orders.ndjson': text }), {
      line: 2,
      message: /the last line is cut short, the file may be truncated/
    });
  });

  it('a truncated JSON array', async () => {
    const text = JSON.stringify([ORDER, ORDER]).slice(0, -30);
    await expectRejected(db, folderWith({ 'orders.json': text }), {
      file: 'orders.json',
      message: /the JSON array is not closed: the file is truncated/
    });
  });

  it('a truncated gzip file', async () => {
    const zipped = gzipSync(ndjson([ORDER, { ...ORDER, marketplaceOrderId: 'Z' }]));
    await expectRejected(db, folderWith({ 'orders.ndjson.gz': zipped.subarray(0, zipped.length - 12) }), {
      file: 'orders.ndjson.gz',
      message: /truncated|invalid JSON/
    });
  });

  it('invalid UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from(ndjson([ORDER])),
      Buffer.from('{"marketplaceOrderId":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}\n')
    ]);
    await expectRejected(db, folderWith({ 'orders.ndjson': bytes }), {
      file: 'orders.ndjson',
      line: 2,
      message: /not valid UTF-8/
    });
  });

  it('an unknown file name, listing the names a snapshot may hold', async () => {
    await expectRejected(db, folderWith({ 'orders.ndjson': ndjson([ORDER]), 'order-items.csv': 'a,b\n' }), {
      file: 'order-items.csv',
      message: /^order-items\.csv: unknown file name; a snapshot holds manifest\.json, store-settings\.json/
    });
  });

  it('an element of the wrong kind inside a JSON array', async () => {
    await expectRejected(
      db,
      folderWith({ 'skus.json': '[{"Id":1,"ProductId":1,"NameComplete":"x","IsActive":true,"IsProductActive":true}, 42]' }),
      {
        file: 'skus.json',
        message: /each element of the array must be an object/
      }
    );
  });

  it('a wrong type in store data (a boolean given as a string)', async () => {
    await expectRejected(db, folderWith({ 'docks.json': JSON.stringify([{ id: 'd', name: 'D', isActive: 'yes' }]) }), {
      file: 'docks.json',
      index: 0,
      field: 'isActive',
      message: /expected true or false, got "yes"/
    });
  });

  it('hostile strings are stored as data, never run', async () => {
    const hostile = "'); DROP TABLE skus; --<script>alert(1)</script>";
    await importSnapshot(db, folderWith({ 'orders.ndjson': ndjson([{ ...ORDER, marketplaceOrderId: hostile }]) }));
    expect(db.prepare('SELECT COUNT(*) FROM skus').pluck().get()).toBe(2);
    expect(
      db.prepare('SELECT marketplace_order_id FROM marketplace_orders WHERE marketplace_order_id = ?').pluck().get(hostile)
    ).toBe(hostile);
  });

  it('an empty or missing folder', async () => {
    await expectRejected(db, folderWith({}), { message: /holds no snapshot file/ });
    await expectRejected(db, '/no/such/folder', { message: /cannot read the snapshot folder/ });
  });
});
