import type { PlannedChange } from '../../../../shared/api/plan';
import type { VerdictNames } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';
import { PlannedChangeList } from './PlannedChangeList';

/**
 * In the order pane: the planned changes (local copy only) the order waits for, so a diagnosis that
 * passes on the copy is never read as the store being fixed. `changes` come with the order's view
 * (order store); `names` are the order's records, to name the objects.
 */
export function OrderPlanNote({ changes, names }: { changes: readonly PlannedChange[]; names?: VerdictNames }) {
  const { t } = useT();
  if (changes.length === 0) return null;
  return (
    <div className="banner banner-warning" data-testid="order-planned-changes">
      <p>{t('plan.orderWaits', { n: changes.length })}</p>
      <PlannedChangeList changes={changes} names={names} />
    </div>
  );
}
