import type { Db } from '../db/connection';
import { classifyAtImport } from './classify-at-import';
import { finishDiagnosis, importAndDiagnoseHere, type ImportJobResult } from './mirror-jobs';
import { runMirrorJobInWorker, type WorkerJobOptions } from './import-in-worker';

export type { ImportJobResult } from './mirror-jobs';
export { classifyAtImport } from './classify-at-import';

type JobOptions = WorkerJobOptions & { now: () => Date };

/**
 * Imports a snapshot and diagnoses what it brought: on a worker thread with its own connection for a
 * mirror file, so the owner's event loop stays free and its connection only reads committed data;
 * on this thread for an in-memory mirror, which no other connection can open.
 */
export function importAndDiagnose(db: Db, dir: string, options: JobOptions): Promise<ImportJobResult> {
  return db.memory
    ? importAndDiagnoseHere(db, dir, { ...options, classify: classifyAtImport })
    : runMirrorJobInWorker(db.name, dir, options);
}

/** Finishes a diagnosis an import left pending (the process ended between the two). */
export async function finishPendingDiagnosis(db: Db, options: JobOptions): Promise<boolean> {
  if (!db.memory) return (await runMirrorJobInWorker(db.name, null, options)).diagnosed;
  finishDiagnosis(db, options.now());
  return true;
}
