import { createHash } from 'node:crypto';
import type { Db } from '../db/connection';
import { readMeta, writeMeta } from '../db/repositories/meta-repository';
import { SYNC_KINDS, type SyncKind } from './sync-kinds';

/*
 * What a sync leaves in the mirror's meta table: when each kind was last brought from VTEX (so the
 * desk can say how old it is), and a checkpoint naming the work already applied, written in the same
 * transaction as that work, so a sync that crashed resumes where it stopped and never twice.
 */

const SYNCED_AT = 'vtex_synced_at:';
export const TARGETED_CHECKPOINT = 'vtex_sync_checkpoint';
export const OMS_CHECKPOINT = 'vtex_oms_checkpoint';
export const OMS_SYNCED_UNTIL = 'vtex_oms_synced_until';

export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

/** A checkpoint for this very request, or null (none, or left by another request). */
export function readCheckpoint<T extends { fingerprint: string }>(db: Db, key: string, print: string): T | null {
  const raw = readMeta(db)[key];
  if (raw === undefined) return null;
  try {
    const parsed = JSON.parse(raw) as T;
    return parsed.fingerprint === print ? parsed : null;
  } catch {
    return null;
  }
}

export function writeCheckpoint<T extends { fingerprint: string }>(db: Db, key: string, value: T | null): void {
  writeMeta(db, { [key]: value === null ? null : JSON.stringify(value) });
}

export function markSynced(db: Db, kind: SyncKind, at: Date): void {
  writeMeta(db, { [SYNCED_AT + kind]: at.toISOString() });
}

/** When each kind was last synced from VTEX (ISO dates); kinds never synced are absent. */
export function readSyncedAt(db: Db): Partial<Record<SyncKind, string>> {
  const meta = readMeta(db);
  return Object.fromEntries(SYNC_KINDS.flatMap((kind) => (meta[SYNCED_AT + kind] ? [[kind, meta[SYNCED_AT + kind]]] : [])));
}

/**
 * A mirror belongs to one account: syncing another account's data into it would mix two stores.
 * Claims an unnamed mirror for the account; refuses one named for another.
 */
export function claimMirror(db: Db, account: string): void {
  const current = readMeta(db).account;
  if (current !== undefined && current !== account) {
    throw new Error(
      `This mirror holds account "${current}"; it cannot be synced from account "${account}". Open that account's own mirror.`
    );
  }
  if (current === undefined) writeMeta(db, { account });
}

/** The end of the last OMS incremental range applied: where the next incremental sync can start. */
export function markOmsSyncedUntil(db: Db, until: Date): void {
  writeMeta(db, { [OMS_SYNCED_UNTIL]: until.toISOString() });
}

export function readOmsSyncedUntil(db: Db): string | null {
  return readMeta(db)[OMS_SYNCED_UNTIL] ?? null;
}
