import type { OrderView } from '../../../../shared/api/orders';
import { CopyId } from '../../components/CopyId';
import { formatMoney, formatNumber } from '../../i18n';
import { useT } from '../../i18n/use-t';

/** What the marketplace sent: items, customer (document masked), address, logistics, totals. */
export function PayloadView({ view }: { view: OrderView }) {
  const { t, locale } = useT();
  const { order } = view;
  const skuNames = new Map(view.records.skus.map((sku) => [sku.id, sku.name]));
  const itemsCents = order.items.reduce((sum, item) => sum + item.priceCents * item.quantity, 0);
  const freightCents = order.logistics.reduce((sum, l) => sum + l.priceCents, 0);
  const address = order.address;
  return (
    <div className="payload">
      <table className="mini-table" data-testid="payload-items">
        <thead>
          <tr>
            <th>SKU</th>
            <th>{t('payload.name')}</th>
            <th className="num">{t('payload.quantity')}</th>
            <th className="num">{t('payload.price')}</th>
            <th>SLA</th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((item, index) => {
            const logistics = order.logistics.find((l) => l.itemIndex === index);
            return (
              <tr key={index}>
                <td>
                  <CopyId value={item.skuId} />
                </td>
                <td>{skuNames.get(item.skuId) ?? <span className="muted">{t('payload.unknownSku')}</span>}</td>
                <td className="num">{formatNumber(locale, item.quantity)}</td>
                <td className="num">{formatMoney(locale, item.priceCents)}</td>
                <td>{logistics?.selectedSla ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <dl className="facts">
        <dt>{t('payload.items')}</dt>
        <dd className="num-left">{formatMoney(locale, itemsCents)}</dd>
        <dt>{t('payload.freight')}</dt>
        <dd>{formatMoney(locale, freightCents)}</dd>
        <dt>{t('payload.paid')}</dt>
        <dd>{formatMoney(locale, order.paymentValueCents)}</dd>
        <dt>{t('payload.customer')}</dt>
        <dd>
          {[order.customer.firstName, order.customer.lastName].filter(Boolean).join(' ') || '—'} ·{' '}
          <span className="mono">{order.customer.document ?? '—'}</span> ·{' '}
          <span className="mono">{order.customer.phone ?? '—'}</span>
        </dd>
        <dt>{t('payload.address')}</dt>
        <dd>
          {address
            ? [
                address.street,
                address.number,
                address.neighborhood,
                address.city,
                address.state,
                address.postalCode,
                address.country
              ]
                .filter(Boolean)
                .join(', ')
            : '—'}
        </dd>
        <dt>{t('payload.logistics')}</dt>
        <dd>
          {order.logistics
            .map(
              (l) =>
                `${l.selectedSla ?? '—'} · ${l.courierName ?? '—'} · ${t('evidence.dock')} ${l.dockId ?? '—'} · ${t('evidence.warehouse')} ${l.warehouseId ?? '—'}`
            )
            .join(' | ') || '—'}
          {order.isFob && <span className="chip chip-warning"> FOB</span>}
        </dd>
        <dt>{t('payload.tradePolicy')}</dt>
        <dd>{view.tradePolicyId ? `${view.tradePolicyId} · ${view.tradePolicyName ?? ''}` : '—'}</dd>
      </dl>
    </div>
  );
}
