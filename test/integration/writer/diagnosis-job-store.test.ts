import { afterEach, describe, expect, it } from 'vitest';
import { openMirror, type Db } from '../../../src/main/core/db/connection';
import { appendAudit } from '../../../src/main/core/db/repositories/audit-repository';
import {
  currentStoreReading,
  readStoreData,
  wholeStoreReadings,
  type StoreReading
} from '../../../src/main/core/db/repositories/store-data-repository';
import { importSnapshot } from '../../../src/main/core/import';
import { runDiagnosis } from '../../../src/main/core/services/diagnosis-runner';
import { diagnoseMirrorFile, runWholeDiagnosis } from '../../../src/main/core/writer/diagnosis-job';
import { DEMO, mirrorFile } from './big-snapshot';

const NOW = new Date('2026-11-21T10:00:00.000Z');

const open: Db[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** The host's connection to a mirror file holding the demo store, with the store read once. */
async function hostWithReading(): Promise<Db> {
  const db = openMirror(mirrorFile());
  open.push(db);
  await importSnapshot(db, DEMO);
  readStoreData(db, NOW.toISOString());
  return db;
}

/** The job worker's run, given its data as the thread would get it (a structured clone). */
function runJob(db: Db, store: StoreReading | undefined): { readings: number; diagnoses: unknown[] } {
  const before = wholeStoreReadings();
  const data = structuredClone({ file: db.name, now: NOW.toISOString(), busyTimeoutMs: 5_000, store });
  diagnoseMirrorFile(data, () => undefined);
  return { readings: wholeStoreReadings() - before, diagnoses: diagnosesOf(db) };
}

function diagnosesOf(db: Db): unknown[] {
  return [
    ...db.prepare('SELECT * FROM diagnoses ORDER BY order_id').all(),
    ...db.prepare('SELECT * FROM diagnosis_causes ORDER BY order_id, position').all()
  ];
}

describe("a whole run's job worker and the host's reading of the store", () => {
  it('after a note and a diagnosis write, takes the host reading instead of reading the store; same results', async () => {
    const db = await hostWithReading();
    appendAudit(db, {
      at: NOW.toISOString(),
      actor: 'agent',
      action: 'note',
      entityType: 'order',
      entityId: '1',
      orderRef: null,
      before: null,
      after: null,
      note: 'called the buyer'
    });
    runDiagnosis(db, { now: NOW, orderIds: [1, 2, 3] });

    const reading = currentStoreReading(db);
    expect(reading).toBeDefined();
    const handedOver = runJob(db, reading);
    expect(handedOver.readings).toBe(0);
    const readAgain = runJob(db, undefined);
    expect(readAgain.readings).toBe(1);
    expect(handedOver.diagnoses.length).toBeGreaterThan(100);
    expect(handedOver.diagnoses).toEqual(readAgain.diagnoses);
  });

  it('after a store change, has no current reading to hand over, and a job handed an old one reads the store again', async () => {
    const db = await hostWithReading();
    const unchanged = runJob(db, currentStoreReading(db));
    const old = currentStoreReading(db)!;
    // Another connection (another process's sync, say) changes the store: every SKU goes inactive.
    const other = openMirror(db.name);
    other.prepare('UPDATE skus SET is_active = 0').run();
    other.close();

    expect(currentStoreReading(db)).toBeUndefined();
    const handedOld = runJob(db, old);
    expect(handedOld.readings).toBe(1);
    expect(handedOld.diagnoses).toEqual(runJob(db, undefined).diagnoses);
    // The old reading would have diagnosed the store as it was.
    expect(handedOld.diagnoses).not.toEqual(unchanged.diagnoses);
  });

  it('hands the reading to the job worker thread, whose results equal a run on this thread', async () => {
    const db = await hostWithReading();
    expect(currentStoreReading(db)).toBeDefined();
    const summary = await runWholeDiagnosis(db, { now: NOW });
    const onThread = diagnosesOf(db);
    expect(runDiagnosis(db, { now: NOW })).toEqual(summary);
    expect(diagnosesOf(db)).toEqual(onThread);
    expect(summary.diagnosed).toBeGreaterThan(50);
  });
});
