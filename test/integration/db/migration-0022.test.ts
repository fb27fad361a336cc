import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate';

describe('migration 0022 (checklist line order)', () => {
  it('keeps the lists it finds, holds one line per position, and reads the unchecked lines by position through their own index', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 19);
    db.exec(`INSERT INTO admin_checklists (id, title, created_at) VALUES (1, 'Morning', '2026-12-03T09:00:00Z')`);
    db.exec(
      `INSERT INTO admin_checklist_lines (checklist_id, position, marketplace_order_id, affiliate_id, vtex_order_id, seen_at)
       VALUES (1, 0, '702-1', 'AMZ', 'V-01', '2026-12-03T10:00:00Z'), (1, 1, '702-2', 'AMZ', NULL, NULL)`
    );
    migrate(db, 22);
    expect(schemaVersion(db)).toBe(22);
    expect(db.prepare('SELECT COUNT(*) FROM admin_checklist_lines').pluck().get()).toBe(2);

    expect(() =>
      db.exec(
        `INSERT INTO admin_checklist_lines (checklist_id, position, marketplace_order_id, affiliate_id) VALUES (1, 1, '702-3', 'AMZ')`
      )
    ).toThrow(/UNIQUE/);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT marketplace_order_id FROM admin_checklist_lines
          WHERE checklist_id = 1 AND position > -1 AND seen_at IS NULL ORDER BY position LIMIT 100`
      )
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/USING INDEX admin_checklist_lines_unchecked/);
  });
});
