import type { ConnectedFixPreview, ConnectedFixOutcome } from '../../../shared/api/connected';
import type { FixRequest } from '../../../shared/api/fixes';
import type { Db } from '../db/connection';
import { findInventory, skusOfProduct } from '../db/repositories/store-write-repository';
import { VtexError } from '../vtex/errors';
import type { VtexHttp } from '../vtex/http';
import { adminLinkOf } from './admin-links';
import { ADMIN_PATHS } from './admin-places';
import { createMirrorGateway } from './mirror-gateway';
import type { FixChange } from './store-gateway';
import { objectWrites, reachesApi } from './vtex-fix-writes';

/**
 * The store gateway of a connected account: a fix goes through VTEX's documented APIs, object by
 * object; each write is followed by a read of the object, and the mirror takes what VTEX returned
 * (not what was sent), one transaction per object, only after the store accepted the write. A
 * refusal leaves that object's mirror rows as they were and is reported beside the objects that
 * did change. Async, unlike the mirror's: it waits on the network and never holds a transaction
 * across a call.
 */
export interface VtexGateway {
  readonly account: string;
  preview(fix: FixRequest): ConnectedFixPreview;
  /** The write each object of the fix gets (method and path), without sending anything. */
  calls(fix: FixRequest): { entity: string; entityId: string; method: string; path: string }[];
  /**
   * `expected`: the objects to write and their value before; by default what the mirror says the fix
   * still changes. The change plan passes its own, since the copy already shows its changes made.
   */
  apply(fix: FixRequest, now: Date, expected?: readonly FixChange[]): Promise<ConnectedFixOutcome>;
}

export function createVtexGateway(db: Db, http: VtexHttp): VtexGateway {
  const account = http.account.account;
  const mirror = createMirrorGateway(db);
  const expected = (fix: FixRequest): FixChange[] => mirror.preview(fix);
  const writesOf = (fix: FixRequest) =>
    objectWrites(fix, {
      inventory: (skuId, warehouseId) => {
        const row = findInventory(db, skuId, warehouseId);
        return row ? { totalQuantity: row.totalQuantity, unlimited: row.hasUnlimitedQuantity } : null;
      },
      skusOfProduct: (productId) => skusOfProduct(db, productId).map((sku) => sku.id)
    });

  return {
    account,
    preview(fix) {
      const changes = expected(fix);
      if (reachesApi(fix.kind)) return { account, through: 'api', changes, admin: null };
      return { account, through: 'admin', changes, admin: adminOf(account, fix) };
    },
    calls: (fix) => writesOf(fix).map((write) => ({ entity: write.entity, entityId: write.entityId, ...write.call })),
    async apply(fix, now, planned) {
      if (!reachesApi(fix.kind)) {
        return { account, through: 'admin', changed: [], unchanged: [], failed: [], admin: adminOf(account, fix) };
      }
      const before = new Map((planned ?? expected(fix)).map((change) => [`${change.entity}/${change.entityId}`, change]));
      const writes = writesOf(fix);
      const outcome: ConnectedFixOutcome = { account, through: 'api', changed: [], unchanged: [], failed: [], admin: null };
      for (const write of writes) {
        const known = before.get(`${write.entity}/${write.entityId}`);
        // Already so in the mirror: nothing to send for this object (a bulk fix writes only what differs).
        if (!known) {
          outcome.unchanged.push({ entity: write.entity, entityId: write.entityId, field: write.field });
          continue;
        }
        try {
          const { call, readBack } = await write.write(http, now);
          db.transaction(() => write.mirror(db, readBack))();
          outcome.changed.push({
            entity: write.entity,
            entityId: write.entityId,
            field: write.field,
            before: known.before,
            after: write.valueIn(readBack),
            call
          });
        } catch (error) {
          if (!(error instanceof VtexError)) throw error;
          const { method, path, status } = error.details;
          outcome.failed.push({
            entity: write.entity,
            entityId: write.entityId,
            field: write.field,
            message: error.message,
            call: { method, path, status }
          });
        }
      }
      return outcome;
    }
  };
}

function adminOf(account: string, fix: FixRequest): NonNullable<ConnectedFixPreview['admin']> {
  return { path: ADMIN_PATHS[fix.kind], link: adminLinkOf(account, fix) };
}
