import type { DiagnosisProgress } from '../../../shared/api/simulation';
import type { Db } from '../db/connection';
import { readMeta, writeMeta } from '../db/repositories/meta-repository';
import { syncQueueSearch } from '../db/repositories/queue-repository';
import { importSnapshot, type ImportOptions, type ImportSummary } from '../import';
import { runDiagnosis, type DiagnosisRunSummary } from '../services/diagnosis-runner';

/**
 * mirror_meta key set in an import's own commit and removed once every failed order has been
 * diagnosed again: a process killed between the two leaves it set, and the next open finishes the
 * run. No migration: mirror_meta is a key-value table, and no trigger watches it.
 */
export const DIAGNOSIS_PENDING = 'diagnosis_pending';

export function isDiagnosisPending(db: Db): boolean {
  return readMeta(db)[DIAGNOSIS_PENDING] === 'true';
}

/** Imports a snapshot all or nothing; its commit also records that the mirror awaits a diagnosis. */
export function importMarkingDiagnosisPending(
  db: Db,
  dir: string,
  options: Omit<ImportOptions, 'meta'> = {}
): Promise<ImportSummary> {
  return importSnapshot(db, dir, { ...options, meta: { [DIAGNOSIS_PENDING]: 'true' } });
}

/**
 * Diagnoses every failed order again (new store data can change any cause), then clears the pending
 * flag, then lets the search index catch up. The flag is cleared in its own small commit after the
 * run's: a whole run on worker threads needs no transaction of the caller open, and a kill between
 * the two only runs the (idempotent) diagnosis once more at the next open.
 */
export function finishDiagnosis(db: Db, now: Date, onProgress?: (progress: DiagnosisProgress) => void): DiagnosisRunSummary {
  const summary = runDiagnosis(db, { now, onProgress });
  db.transaction(() => writeMeta(db, { [DIAGNOSIS_PENDING]: null }))();
  syncQueueSearch(db);
  return summary;
}

export interface ImportJobResult {
  summary: ImportSummary;
  /** False when the import committed but its diagnosis did not finish (it is pending, and runs at the next open). */
  diagnosed: boolean;
}

/**
 * The import and its diagnosis on this thread and connection: for in-memory mirrors, which no other
 * connection can reach. The write queue still keeps every other write out while it runs. A failed
 * diagnosis does not fail the import that committed: the mirror says the diagnosis is pending.
 */
export async function importAndDiagnoseHere(
  db: Db,
  dir: string,
  options: Omit<ImportOptions, 'meta'> & { now: () => Date; log: (error: unknown) => void }
): Promise<ImportJobResult> {
  const summary = await importMarkingDiagnosisPending(db, dir, options);
  try {
    finishDiagnosis(db, options.now());
    return { summary, diagnosed: true };
  } catch (error) {
    options.log(error);
    return { summary, diagnosed: false };
  }
}
