import type { TrendsOverview } from '../../../shared/api/trends';
import { readMeta } from '../db/repositories/meta-repository';
import { trendsOverview } from '../db/repositories/trends-repository';
import type { CoreDeps } from './deps';

export function createTrendsHandlers(deps: CoreDeps) {
  return {
    /** As of the snapshot's moment when the mirror has one (an old snapshot shows its own month), else now. */
    'trends/overview': (): TrendsOverview =>
      trendsOverview(deps.db, readMeta(deps.db).exportedAt ?? deps.clock.now().toISOString())
  };
}
