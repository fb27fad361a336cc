import { useEffect } from 'react';
import { MarketplaceBadge } from '../../components/MarketplaceBadge';
import { StatusChip } from '../../components/StatusChip';
import { formatDateTime, formatMoney, formatNumber } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { useOrdersStore, type StatusFilter } from '../../stores/orders-store';

const FILTERS: StatusFilter[] = ['error', 'all', 'success', 'pending'];

/** The mirror's orders, newest first, a page at a time. */
export function OrdersScreen() {
  const { t, locale } = useT();
  const { status, rows, total, loading, error, setStatus, reload, loadMore } = useOrdersStore();

  useEffect(() => {
    void reload();
  }, [reload]);

  return (
    <section className="screen" aria-labelledby="orders-title">
      <header className="screen-header">
        <h1 id="orders-title">{t('orders.title')}</h1>
        <div className="segmented" role="group" aria-label={t('orders.col.status')}>
          {FILTERS.map((filter) => (
            <button
              key={filter}
              type="button"
              className={status === filter ? 'is-selected' : ''}
              aria-pressed={status === filter}
              onClick={() => void setStatus(filter)}
            >
              {t(`orders.filter.${filter}`)}
            </button>
          ))}
        </div>
        <span className="screen-count" data-testid="orders-count">
          {t('orders.count', { shown: formatNumber(locale, rows.length), total: formatNumber(locale, total) })}
        </span>
      </header>
      {error && <div className="banner banner-error" role="alert">{error}</div>}
      {!loading && rows.length === 0 && !error ? (
        <div className="empty-state">{status === 'error' ? t('orders.empty') : t('orders.emptyFilter')}</div>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="orders-table">
            <thead>
              <tr>
                <th scope="col">{t('orders.col.marketplace')}</th>
                <th scope="col">{t('orders.col.orderId')}</th>
                <th scope="col">{t('orders.col.status')}</th>
                <th scope="col" className="col-message">{t('orders.col.message')}</th>
                <th scope="col" className="num">{t('orders.col.value')}</th>
                <th scope="col" className="num">{t('orders.col.date')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((order) => (
                <tr key={order.id} data-testid="order-row">
                  <td><MarketplaceBadge affiliateId={order.affiliateId} connectorName={order.connectorName} /></td>
                  <td className="mono">{order.marketplaceOrderId}</td>
                  <td><StatusChip status={order.integrationStatus} /></td>
                  <td className="col-message" title={order.integrationMessage ?? ''}>{order.integrationMessage ?? '—'}</td>
                  <td className="num">{formatMoney(locale, order.valueCents)}</td>
                  <td className="num">{formatDateTime(locale, order.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {loading && <div className="table-note">{t('orders.loading')}</div>}
          {!loading && rows.length < total && (
            <button type="button" className="button" onClick={() => void loadMore()}>
              {t('orders.loadMore')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
