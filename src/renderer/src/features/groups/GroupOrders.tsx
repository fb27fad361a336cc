import { useCallback, useEffect, useState } from 'react';
import type { CauseGroupView, GroupOrderPage } from '../../../../shared/api/groups';
import { call } from '../../api/client';
import { formatNumber } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../stores/app-store';
import { useQueueStore } from '../../stores/queue-store';

/** Opens an order's pane in the queue, whatever the queue's filter shows (the pane follows selectedId). */
function openInQueue(orderId: number): void {
  useQueueStore.setState({ selectedId: orderId, selectedIndex: null });
  useAppStore.getState().go('queue');
}

/** The group's trade policies by their sales channel names, the id beside each (the Admin shows both). */
function TradePolicies({ group }: { group: CauseGroupView }) {
  const { t } = useT();
  if (group.tradePolicies.length === 0) return null;
  return (
    <p data-testid="group-trade-policies">
      {t('groups.from.tradePolicies')}:{' '}
      {group.tradePolicies.map((policy, index) => (
        <span key={policy.id}>
          {index > 0 && ', '}
          {policy.name ?? policy.id}
          {policy.name && <span className="muted"> ({policy.id})</span>}
        </span>
      ))}
    </p>
  );
}

/**
 * Where a group's orders come from (listed, not split by: one group per object) and the orders
 * themselves, a page at a time: a group can hold thousands.
 */
export function GroupOrders({ group }: { group: CauseGroupView }) {
  const { t, locale } = useT();
  const [orders, setOrders] = useState<GroupOrderPage['orders']>([]);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { code, key, orderCount } = group;

  const page = useCallback(
    async (afterId: number) => {
      try {
        const answer = await call('groups/orders', { cause: code, key, afterId });
        setOrders((shown) => (afterId === 0 ? answer.orders : [...shown, ...answer.orders]));
        setNext(answer.next);
        setError(null);
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
      }
    },
    [code, key]
  );

  // The group's count changes after a reprocess or a resolution: its first page is read again.
  useEffect(() => {
    void page(0);
  }, [page, orderCount]);

  return (
    <section className="pane-section" data-testid="group-orders">
      <TradePolicies group={group} />
      <p data-testid="group-marketplaces">
        {t('groups.from.marketplaces')}: {group.affiliateIds.join(', ')}
      </p>
      <h3>
        {t('groups.orders')} ({formatNumber(locale, orderCount)})
      </h3>
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      <ul className="compact-list group-order-list">
        {orders.map(({ id, marketplaceOrderId }) => (
          <li key={id}>
            <button
              type="button"
              className="button button-quiet"
              aria-label={t('groups.orders.open', { id: marketplaceOrderId })}
              onClick={() => openInQueue(id)}
            >
              {marketplaceOrderId}
            </button>
          </li>
        ))}
      </ul>
      {next !== null && (
        <button type="button" className="button" onClick={() => void page(next)} data-testid="group-orders-more">
          {t('groups.orders.more')}
        </button>
      )}
    </section>
  );
}
