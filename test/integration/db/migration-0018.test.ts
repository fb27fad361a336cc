import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate';

describe('migration 0018 (admin checklists)', () => {
  it('keeps lists of marketplace orders beside the orders, checked only with a VTEX order id and a time, gone with their list', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 17);
    db.exec(
      `INSERT INTO marketplace_orders (id, marketplace_order_id, affiliate_id, integration_status) VALUES (1, '702-1', 'AMZ', 'error')`
    );
    migrate(db, 18);
    expect(schemaVersion(db)).toBe(18);

    db.exec(`INSERT INTO admin_checklists (id, title, created_at) VALUES (1, 'Morning', '2026-12-03T09:00:00Z')`);
    expect(db.prepare('SELECT watch_state, interval_seconds FROM admin_checklists').get()).toEqual({
      watch_state: 'stopped',
      interval_seconds: 60
    });
    db.exec(
      `INSERT INTO admin_checklist_lines (checklist_id, position, marketplace_order_id, affiliate_id) VALUES (1, 0, '702-1', 'AMZ')`
    );
    // A line is checked with both the VTEX order id and the time seen, never one of them.
    expect(() => db.exec(`UPDATE admin_checklist_lines SET vtex_order_id = 'V-01'`)).toThrow(/CHECK/);
    expect(() => db.exec(`UPDATE admin_checklists SET watch_state = 'paused'`)).toThrow(/CHECK/);
    expect(() =>
      db.exec(
        `INSERT INTO admin_checklist_lines (checklist_id, position, marketplace_order_id, affiliate_id) VALUES (9, 0, 'x', 'AMZ')`
      )
    ).toThrow(/FOREIGN KEY/);
    // The orders may be re-imported or reset: the list does not hang on their rows.
    db.exec('DELETE FROM marketplace_orders');
    expect(db.prepare('SELECT COUNT(*) FROM admin_checklist_lines').pluck().get()).toBe(1);
    db.exec('DELETE FROM admin_checklists WHERE id = 1');
    expect(db.prepare('SELECT COUNT(*) FROM admin_checklist_lines').pluck().get()).toBe(0);
  });
});
