import type { GroupPrecheck } from '../../../shared/api/groups';
import { ApiFailure } from '../../../shared/api/result';
import type { CoreDeps } from './deps';
import { runGroupPrecheck } from './group-precheck-job';
import type { GroupPrecheckInput } from './group-precheck-walk';
import { listGroupPage } from './group-service';
import type { GroupSnapshots } from './group-precheck-snapshots';

export function createGroupPrecheckHandlers(deps: CoreDeps, snapshots: GroupSnapshots) {
  // One group is open at a time: a newer pre-check stops the one still walking (the agent moved on).
  let running: AbortController | null = null;
  const stopRunning = () => {
    if (!running) return false;
    running.abort(new ApiFailure('conflict', 'The pre-check was stopped: another group was opened, or it was cancelled.'));
    running = null;
    return true;
  };
  return {
    'groups/precheck': async (args: { cause: string; key: string; snapshot?: string }): Promise<GroupPrecheck> => {
      const { cause, key } = args;
      const db = deps.db;
      const input: GroupPrecheckInput = args.snapshot
        ? { orderIds: snapshots.orderIds(db, args.snapshot, { cause, key }) }
        : { cause, key };
      stopRunning();
      const mine = new AbortController();
      running = mine;
      try {
        // The group's size from the groups list's totals (cached per generation: the list was read to open it).
        const size =
          'orderIds' in input
            ? input.orderIds.length
            : (listGroupPage(db, { cause, key, sort: 'orders', limit: 1 }).groups[0]?.orderCount ?? null);
        const walk = await runGroupPrecheck(deps, input, {
          size,
          signal: mine.signal,
          onProgress: (done, total) => deps.events.emit('groups/precheck-progress', { cause, key, done, total })
        });
        return { ...walk.precheck, snapshot: args.snapshot ?? snapshots.keep(db, cause, key, walk.orderIds) };
      } finally {
        if (running === mine) running = null;
      }
    },
    'groups/precheck-cancel': (): { cancelled: boolean } => ({ cancelled: stopRunning() })
  };
}
