import type { FixRequest } from '../../../shared/api/fixes';
import type { Db } from '../db/connection';
import { applyFixToMirror } from './mirror-fixes';
import { openMirrorReplay } from './mirror-replay';
import type { FixChange, StoreGateway } from './store-gateway';

/** Thrown to roll a preview's transaction back; never escapes preview(). */
class PreviewRollback extends Error {}

/**
 * The store gateway over the local mirror: fixes change its tables (the store does not see them:
 * they are planned changes), a reprocess replays VTEX's checks on them and can only say what would
 * integrate. A preview applies the fix inside a transaction it then rolls back, so the preview and
 * the change are the same code.
 */
export function createMirrorGateway(db: Db): StoreGateway {
  return {
    reachesStore: false,
    preview(fix: FixRequest): FixChange[] {
      let changes: FixChange[] = [];
      try {
        db.transaction(() => {
          changes = applyFixToMirror(db, fix);
          throw new PreviewRollback();
        })();
      } catch (error) {
        if (!(error instanceof PreviewRollback)) throw error;
      }
      return changes;
    },
    apply: (fix) => applyFixToMirror(db, fix),
    openReplay: (now) => openMirrorReplay(db, now)
  };
}
