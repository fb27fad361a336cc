import { useEffect, useState } from 'react';
import type { PlannedChange } from '../../../../shared/api/plan';
import { call } from '../../api/client';
import type { VerdictNames } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';
import { PlannedChangeList } from './PlannedChangeList';

/**
 * In the order pane: the planned changes (local copy only) the order waits for, so a diagnosis that
 * passes on the copy is never read as the store being fixed. `version` reloads it after a change;
 * `names` are the order's records, to name the objects.
 */
export function OrderPlanNote({ orderId, version, names }: { orderId: number; version: unknown; names?: VerdictNames }) {
  const { t } = useT();
  const [changes, setChanges] = useState<PlannedChange[]>([]);
  useEffect(() => {
    let current = true;
    call('plan/list', { orderId }).then(
      (result) => current && setChanges(result.changes),
      () => current && setChanges([])
    );
    return () => {
      current = false;
    };
  }, [orderId, version]);
  if (changes.length === 0) return null;
  return (
    <div className="banner banner-warning" data-testid="order-planned-changes">
      <p>{t('plan.orderWaits', { n: changes.length })}</p>
      <PlannedChangeList changes={changes} names={names} />
    </div>
  );
}
