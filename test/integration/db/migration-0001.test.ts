import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openMirror } from '../../../src/main/core/db/connection';
import { DatabaseTooNewError, migrate, schemaVersion } from '../../../src/main/core/db/migrate';
import { MIGRATIONS } from '../../../src/main/core/db/migrations';

describe('migration 0001 (the mirror)', () => {
  it('creates every table of the snapshot format from an empty file', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'marketplace_orders',
        'order_items',
        'order_addresses',
        'order_logistics',
        'integration_attempts',
        'oms_orders',
        'affiliates',
        'trade_policies',
        'skus',
        'sku_trade_policies',
        'sku_collections',
        'inventory',
        'prices',
        'fixed_prices',
        'docks',
        'dock_trade_policies',
        'dock_shipping_policies',
        'warehouses',
        'warehouse_docks',
        'shipping_policies',
        'freight_values',
        'price_divergence_rules',
        'erp_carriers',
        'xml_integrations',
        'sell_out_of_stock',
        'audit_log',
        'mirror_meta'
      ])
    );
  });

  it('indexes what the queue filters and sorts on', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    expect(
      plan(`SELECT id FROM marketplace_orders WHERE integration_status = 'error' ORDER BY created_at DESC LIMIT 100`)
    ).toMatch(/USING (COVERING )?INDEX marketplace_orders_status_created/);
    expect(plan(`SELECT id FROM marketplace_orders WHERE affiliate_id = 'AMZ' ORDER BY created_at DESC LIMIT 100`)).toMatch(
      /USING (COVERING )?INDEX marketplace_orders_affiliate_created/
    );
  });

  it('opens files in WAL mode with foreign keys on', () => {
    const db = openMirror(':memory:');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
  });

  it('refuses a database written by a newer version, with a clear message', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${MIGRATIONS.at(-1)!.version + 1}`);
    expect(() => migrate(db)).toThrow(DatabaseTooNewError);
    expect(() => migrate(db)).toThrow(/written by a newer version of Integration Desk .*Update the app/);
  });
});
