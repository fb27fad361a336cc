import { syncQueueSearch } from '../db/repositories/queue-repository';
import type { CoreDeps } from '../services/deps';
import { claimMirror, otherOwner } from './mirror-owner';
import { WriteQueue } from './write-queue';

/**
 * The write queue of a host's mirror. It reads `deps.db` and `deps.dbPath` at each use, since the
 * host may be pointed at another mirror file (switching accounts). After each write the search index
 * catches up here — the one place it is written — so a read never writes.
 */
export function createMirrorWriter(deps: CoreDeps, processKind: string): WriteQueue {
  const onFile = () => !deps.db.memory;
  return new WriteQueue({
    afterWrite: () => void syncQueueSearch(deps.db),
    otherOwner: () => (onFile() ? otherOwner(deps.dbPath) : null),
    claim: (job) => (onFile() ? claimMirror(deps.dbPath, { process: processKind, job }, deps.clock.now()) : () => undefined),
    log: deps.log
  });
}
