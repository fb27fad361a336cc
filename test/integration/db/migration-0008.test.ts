import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate';
import { getOrder } from '../../../src/main/core/db/repositories/order-repository';
import { openMirror } from '../../../src/main/core/db/connection';

describe('migration 0008 (customer verdicts)', () => {
  it('adds the verdict columns empty, so orders written before it keep their clear values checked as before', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 5);
    db.prepare(
      `INSERT INTO marketplace_orders (marketplace_order_id, affiliate_id, integration_status, customer_document, customer_phone)
       VALUES ('702-1', 'AMZ', 'error', '123.456.789-00', '+55 11 98765-4321')`
    ).run();
    migrate(db, 8);
    expect(schemaVersion(db)).toBe(8);
    expect(
      db
        .prepare('SELECT customer_document, customer_document_verdict, customer_phone_verdict FROM marketplace_orders')
        .raw()
        .get()
    ).toEqual(['123.456.789-00', null, null]);
  });

  it('reads stored verdicts back into the customer, and none where the row keeps clear values', () => {
    const db = openMirror(':memory:');
    const insert = db.prepare(
      `INSERT INTO marketplace_orders (marketplace_order_id, affiliate_id, integration_status, customer_document, customer_document_verdict, customer_phone_verdict)
       VALUES (?, 'AMZ', 'error', ?, ?, ?)`
    );
    const masked = Number(insert.run('702-1', '***.456.789-**', 'cpf:check_digits', 'valid').lastInsertRowid);
    const clear = Number(insert.run('702-2', '123.456.789-09', null, null).lastInsertRowid);
    expect(getOrder(db, masked)?.customer.verdicts).toEqual({
      document: { documentType: 'cpf', reason: 'check_digits' },
      phone: null
    });
    expect(getOrder(db, clear)?.customer.verdicts).toBeUndefined();
  });
});
