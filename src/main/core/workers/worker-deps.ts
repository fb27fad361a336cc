import type { Db } from '../db/connection';
import type { EventSink } from '../ports';
import type { CoreDeps } from '../services/deps';

/** The owner's own fields a job worker acts with (the audit's actor among them). */
export type WorkerHost = Pick<CoreDeps, 'transport' | 'appVersion' | 'actor' | 'demoSnapshotDir'>;

/**
 * The owner's dependencies rebuilt on a worker's own connection, judged at the moment the host was
 * asked (so a job that runs for minutes judges every order at the same time, as one call would).
 */
export function workerDeps(data: { file: string; now: string; host: WorkerHost }, db: Db, emit: EventSink['emit']): CoreDeps {
  const now = new Date(data.now);
  return { ...data.host, db, dbPath: data.file, clock: { now: () => now }, events: { emit } };
}
