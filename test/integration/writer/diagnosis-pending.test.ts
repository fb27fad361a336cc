import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../src/shared/api/app';
import { openMirror } from '../../../src/main/core/db/connection';
import { importAndDiagnoseHere, importMarkingDiagnosisPending } from '../../../src/main/core/writer/mirror-jobs';
import { cli } from '../cli/cli-io';
import { bigSnapshot, demoHost, mirrorFile, value } from './big-snapshot';

const undiagnosed = (db: ReturnType<typeof openMirror>) =>
  db
    .prepare(
      `SELECT COUNT(*) FROM marketplace_orders o WHERE o.integration_status = 'error' AND NOT EXISTS (SELECT 1 FROM diagnoses d WHERE d.order_id = o.id)`
    )
    .pluck()
    .get() as number;

// Imports on worker threads take seconds each on a loaded machine: well past the default 60 s per test.
describe('an import and its diagnosis: committed together, or the diagnosis pending', { timeout: 240_000 }, () => {
  it('recovers a process killed between the import commit and the diagnosis: stats says pending, the next open finishes it', async () => {
    const file = mirrorFile();
    (await demoHost(file)).db.close();
    // The process dies right after the import's commit: the import is in, its diagnosis never ran.
    const crashed = openMirror(file);
    await importMarkingDiagnosisPending(crashed, bigSnapshot(3).dir);
    expect(undiagnosed(crashed)).toBeGreaterThan(0);
    crashed.close();

    const stats = await cli(['stats', '--db', file]);
    expect(stats.code).toBe(0);
    expect(stats.stdout).toContain('Diagnosis pending');

    const desk = await demoHost(file);
    try {
      await desk.writer.idle();
      const info = await value<AppInfo>(desk.api.dispatch('app/info', {}));
      expect(info.diagnosisPending).toBe(false);
      expect(undiagnosed(desk.db)).toBe(0);
      expect((await cli(['stats', '--db', file])).stdout).not.toContain('Diagnosis pending');
    } finally {
      desk.db.close();
    }
  });

  it('keeps an import whose diagnosis failed as imported, with the diagnosis pending, never as a failure', async () => {
    const db = openMirror(':memory:');
    const errors: unknown[] = [];
    const result = await importAndDiagnoseHere(db, bigSnapshot(1).dir, {
      now: () => {
        throw new Error('the process was stopped here');
      },
      log: (error) => errors.push(error)
    });
    expect(result.diagnosed).toBe(false);
    expect(result.summary.counts.orders).toBe(180);
    expect(errors).toHaveLength(1);
    expect(db.prepare(`SELECT value FROM mirror_meta WHERE key = 'diagnosis_pending'`).pluck().get()).toBe('true');
    db.close();
  });

  it('leaves nothing pending when the import itself fails: its rollback takes the flag with it', async () => {
    const file = mirrorFile();
    const desk = await demoHost(file);
    try {
      const failed = await desk.api.dispatch('import/snapshot', { dir: bigSnapshot(1, { badLastLine: true }).dir });
      expect(failed.ok).toBe(false);
      expect((await value<AppInfo>(desk.api.dispatch('app/info', {}))).diagnosisPending).toBe(false);
    } finally {
      desk.db.close();
    }
  });
});
