import type { OldestOpenOrder } from '../../../../shared/api/trends';
import { formatDateTime, formatMoney } from '../../i18n';
import { errorTypeTitle } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';

interface Props {
  orders: readonly OldestOpenOrder[];
  marketplaceNames: Record<string, string>;
  onOpen(order: OldestOpenOrder): void;
}

/** The open orders waiting longest; a row opens the order in the queue. */
export function OldestOpen({ orders, marketplaceNames, onOpen }: Props) {
  const { t, locale } = useT();
  return (
    <section className="trend-card" aria-labelledby="trend-oldest-title" data-testid="trend-oldest">
      <h2 id="trend-oldest-title" className="trend-title">
        {t('trends.oldest')}
      </h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('trends.col.order')}</th>
            <th scope="col">{t('trends.col.marketplace')}</th>
            <th scope="col">{t('trends.col.errorType')}</th>
            <th scope="col">{t('trends.col.created')}</th>
            <th scope="col" className="num">
              {t('trends.col.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id}>
              <td>
                <button type="button" className="trend-link" onClick={() => onOpen(order)}>
                  {order.marketplaceOrderId}
                </button>
              </td>
              <td>{marketplaceNames[order.affiliateId] ?? order.affiliateId}</td>
              <td>{order.errorType ? errorTypeTitle(order.errorType, locale) : '—'}</td>
              <td>{formatDateTime(locale, order.createdAt)}</td>
              <td className="num">{formatMoney(locale, order.valueCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
