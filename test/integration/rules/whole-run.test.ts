import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMirror, type Db } from '../../../src/main/core/db/connection';
import { importSnapshot } from '../../../src/main/core/import';
import { runDiagnosis } from '../../../src/main/core/services/diagnosis-runner';

const DEMO = join(__dirname, '../../../resources/demo/snapshot');
const NOW = new Date('2026-11-22T12:00:00Z');

function indexes(db: Db): { name: string; sql: string }[] {
  return db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('diagnoses', 'diagnosis_causes') ORDER BY name`
    )
    .all() as { name: string; sql: string }[];
}

function triggers(db: Db): { name: string; sql: string }[] {
  return db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('diagnoses', 'diagnosis_causes') ORDER BY name`
    )
    .all() as { name: string; sql: string }[];
}

const queueGeneration = (db: Db) =>
  Number(db.prepare(`SELECT value FROM mirror_meta WHERE key = 'queue_generation'`).pluck().get());

function count(db: Db, sql: string): number {
  return db.prepare(sql).pluck().get() as number;
}

async function diagnosedDemo(): Promise<Db> {
  const db = openMirror(':memory:');
  await importSnapshot(db, DEMO);
  runDiagnosis(db, { now: NOW });
  return db;
}

describe('a whole-mirror diagnosis run', () => {
  it('rewrites every diagnosis and leaves the tables with the indexes the schema defines', async () => {
    const db = await diagnosedDemo();
    const before = indexes(db);
    expect(before.length).toBeGreaterThanOrEqual(5);
    const failed = count(db, `SELECT COUNT(*) FROM marketplace_orders WHERE integration_status = 'error'`);
    const causes = count(db, 'SELECT COUNT(*) FROM diagnosis_causes');

    const summary = runDiagnosis(db, { now: NOW });
    expect(summary.diagnosed).toBe(failed);
    expect(count(db, 'SELECT COUNT(*) FROM diagnoses')).toBe(failed);
    expect(count(db, 'SELECT COUNT(*) FROM diagnosis_causes')).toBe(causes);
    expect(indexes(db)).toEqual(before);
    // The queue's cause filter still reads its index.
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT order_id FROM diagnosis_causes WHERE code = 'sku_inactive'`).all() as {
      detail: string;
    }[];
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/USING (COVERING )?INDEX diagnosis_causes_/);
  });

  it('forgets the diagnoses of orders that no longer fail', async () => {
    const db = await diagnosedDemo();
    const id = count(db, `SELECT MIN(order_id) FROM diagnoses`);
    db.prepare(`UPDATE marketplace_orders SET integration_status = 'success' WHERE id = ?`).run(id);
    runDiagnosis(db, { now: NOW });
    expect(count(db, `SELECT COUNT(*) FROM diagnoses WHERE order_id = ${id}`)).toBe(0);
    expect(count(db, `SELECT COUNT(*) FROM diagnosis_causes WHERE order_id = ${id}`)).toBe(0);
  });

  it('keeps the last diagnoses and their indexes when the run fails half-way', async () => {
    const db = await diagnosedDemo();
    const before = {
      indexes: indexes(db),
      diagnoses: count(db, 'SELECT COUNT(*) FROM diagnoses'),
      causes: count(db, 'SELECT COUNT(*) FROM diagnosis_causes')
    };
    // A trigger that refuses the twentieth diagnosis stands for any failure inside the transaction.
    db.exec(`CREATE TEMP TRIGGER refuse AFTER INSERT ON diagnoses WHEN (SELECT COUNT(*) FROM diagnoses) >= 20
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const generation = queueGeneration(db);
    const triggersBefore = triggers(db);
    expect(() => runDiagnosis(db, { now: NOW })).toThrow(/disk full/);
    db.exec('DROP TRIGGER refuse');
    expect(triggers(db)).toEqual(triggersBefore);
    expect(queueGeneration(db)).toBe(generation);
    expect({
      indexes: indexes(db),
      diagnoses: count(db, 'SELECT COUNT(*) FROM diagnoses'),
      causes: count(db, 'SELECT COUNT(*) FROM diagnosis_causes')
    }).toEqual(before);
  });

  it('bumps the queue generation once for the whole run, and keeps the per-row triggers for other writes', async () => {
    const db = await diagnosedDemo();
    const before = triggers(db);
    expect(before.map((t) => t.name)).toEqual(
      expect.arrayContaining(['queue_generation_diagnoses_insert', 'queue_generation_causes_insert'])
    );
    const generation = queueGeneration(db);
    runDiagnosis(db, { now: NOW });
    expect(queueGeneration(db)).toBe(generation + 1);
    expect(triggers(db)).toEqual(before);
    // A partial run writes through the triggers again, row by row.
    const id = count(db, 'SELECT MIN(order_id) FROM diagnoses');
    runDiagnosis(db, { now: NOW, orderIds: [id] });
    expect(queueGeneration(db)).toBeGreaterThan(generation + 1);
  });

  it('drops the would-integrate mark of an order found a cause again, as the per-row trigger does, and keeps the others', async () => {
    const db = await diagnosedDemo();
    const withCause = count(db, 'SELECT MIN(order_id) FROM diagnosis_causes');
    const withoutCause = count(
      db,
      'SELECT MIN(order_id) FROM diagnoses WHERE order_id NOT IN (SELECT order_id FROM diagnosis_causes)'
    );
    const mark = db.prepare(`INSERT INTO planned_replays (order_id, judged_at) VALUES (?, '2026-11-22T11:00:00Z')`);
    mark.run(withCause);
    mark.run(withoutCause);
    runDiagnosis(db, { now: NOW });
    expect(db.prepare('SELECT order_id FROM planned_replays').pluck().all()).toEqual([withoutCause]);
    expect(triggers(db).map((t) => t.name)).toContain('planned_replays_cause');
  });

  it("brings an order's stored error type in step with its diagnosis", async () => {
    const db = await diagnosedDemo();
    const id = count(db, `SELECT MIN(order_id) FROM diagnoses WHERE error_type <> 'platform_error'`);
    const errorType = () => db.prepare('SELECT error_type FROM marketplace_orders WHERE id = ?').pluck().get(id);
    const expected = errorType();
    db.prepare(`UPDATE marketplace_orders SET error_type = 'platform_error' WHERE id = ?`).run(id);
    runDiagnosis(db, { now: NOW });
    expect(errorType()).toBe(expected);
    expect(
      count(
        db,
        'SELECT COUNT(*) FROM marketplace_orders o JOIN diagnoses d ON d.order_id = o.id WHERE o.error_type IS NOT d.error_type'
      )
    ).toBe(0);
  });
});
