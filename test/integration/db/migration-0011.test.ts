import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate';
import { readSetting, readSettings, writeSettings } from '../../../src/main/core/db/repositories/settings-repository';

const generation = (db: Database.Database) =>
  Number(db.prepare(`SELECT value FROM mirror_meta WHERE key = 'queue_generation'`).pluck().get());

describe('migration 0011 (resolutions and settings)', () => {
  it('adds resolutions that follow their order, bump the queue generation and refuse an unknown reason', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 10);
    db.prepare(
      `INSERT INTO marketplace_orders (id, marketplace_order_id, affiliate_id, integration_status) VALUES (1, '702-1', 'AMZ', 'error')`
    ).run();
    migrate(db, 11);
    expect(schemaVersion(db)).toBe(11);
    const resolve = db.prepare(
      `INSERT INTO order_resolutions (order_id, reason, note, resolved_at, resolved_by) VALUES (1, ?, NULL, 'x', 'Ana')`
    );
    expect(() => resolve.run('forgotten')).toThrow(/CHECK/);
    const before = generation(db);
    resolve.run('duplicate');
    expect(generation(db)).toBeGreaterThan(before);
    const afterInsert = generation(db);
    db.prepare('DELETE FROM order_resolutions').run();
    expect(generation(db)).toBeGreaterThan(afterInsert);
    resolve.run('wont_fix');
    db.prepare('DELETE FROM marketplace_orders').run();
    expect(db.prepare('SELECT COUNT(*) FROM order_resolutions').pluck().get()).toBe(0);
  });

  it('keeps the desk settings by key', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(readSetting(db, 'agent.name')).toBeNull();
    writeSettings(db, { 'agent.name': 'Ana Souza', 'pref.locale': 'pt-BR', 'pref.theme': 'light' });
    writeSettings(db, { 'pref.theme': null, 'agent.name': 'Ana' });
    expect(readSetting(db, 'agent.name')).toBe('Ana');
    expect(readSettings(db, 'pref.')).toEqual({ 'pref.locale': 'pt-BR' });
  });
});
