import type { CauseGroupView } from '../../../../shared/api/groups';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../stores/app-store';
import { useQueueStore } from '../../stores/queue-store';

/** Opens an order's pane in the queue, whatever the queue's filter shows (the pane follows selectedId). */
function openInQueue(orderId: number): void {
  useQueueStore.setState({ selectedId: orderId, selectedIndex: null });
  useAppStore.getState().go('queue');
}

/** Where a group's orders come from (listed, not split by: one group per object) and the orders themselves. */
export function GroupOrders({ group }: { group: CauseGroupView }) {
  const { t } = useT();
  return (
    <section className="pane-section" data-testid="group-orders">
      {group.tradePolicyIds.length > 0 && (
        <p data-testid="group-trade-policies">
          {t('groups.from.tradePolicies')}: {group.tradePolicyIds.join(', ')}
        </p>
      )}
      <p data-testid="group-marketplaces">
        {t('groups.from.marketplaces')}: {group.affiliateIds.join(', ')}
      </p>
      <h3>{t('groups.orders')}</h3>
      <ul className="compact-list" style={{ maxHeight: '16rem', overflowY: 'auto' }}>
        {group.orderIds.map((id, index) => {
          const name = group.marketplaceOrderIds[index] ?? String(id);
          return (
            <li key={id}>
              <button
                type="button"
                className="button button-quiet"
                aria-label={t('groups.orders.open', { id: name })}
                onClick={() => openInQueue(id)}
              >
                {name}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
