import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../../shared/api/result';
import type { Db } from '../db/connection';

/** Snapshots kept at once: the group open now, and a few the agent went back from. */
const KEPT = 4;

interface GroupSnapshot {
  /** The mirror connection it was read from: a snapshot never crosses to another account's mirror. */
  db: Db;
  cause: string;
  key: string;
  orderIds: Uint32Array;
}

/**
 * The orders a group held when its pre-check first walked it, kept on the host under an id. A fix
 * re-diagnoses the group's orders out of it, so the re-check after the fix and the bulk reprocess
 * must name the group as it was; and a group can hold more ids than a request body may carry
 * (1 MB ≈ 120k ids), so the renderer passes the id, never the orders.
 */
export function createGroupSnapshots() {
  const kept = new Map<string, GroupSnapshot>();
  return {
    keep(db: Db, cause: string, key: string, orderIds: readonly number[]): string {
      const id = randomUUID();
      kept.set(id, { db, cause, key, orderIds: Uint32Array.from(orderIds) });
      // A Map iterates in insertion order: the first one is the oldest.
      if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
      return id;
    },
    /** The snapshot's orders; `not-found` when it is gone (a restart, other groups since, another mirror). */
    orderIds(db: Db, id: string, group?: { cause: string; key: string }): number[] {
      const snapshot = kept.get(id);
      if (!snapshot || snapshot.db !== db || (group && (group.cause !== snapshot.cause || group.key !== snapshot.key)))
        throw new ApiFailure(
          'not-found',
          'This group was opened before the desk restarted or the mirror changed: open it again.'
        );
      return Array.from(snapshot.orderIds);
    }
  };
}

export type GroupSnapshots = ReturnType<typeof createGroupSnapshots>;
