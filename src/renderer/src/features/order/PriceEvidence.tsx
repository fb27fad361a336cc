import type { FixedPriceEvidence } from '../../../../shared/domain/diagnosis';
import { formatDateTime, formatMoney, formatNumber } from '../../i18n';
import { useT } from '../../i18n/use-t';

/** A SKU's prices for the trade policy: the base price when the cause has one, and each fixed price with its dates. */
export function PriceEvidence({
  basePriceCents,
  fixedPrices
}: {
  basePriceCents?: number | null;
  fixedPrices: FixedPriceEvidence[];
}) {
  const { t, locale } = useT();
  return (
    <>
      {basePriceCents !== undefined && (
        <dl className="facts facts-compact">
          <div className="fact">
            <dt>{t('evidence.basePrice')}</dt>
            <dd>{formatMoney(locale, basePriceCents)}</dd>
          </div>
        </dl>
      )}
      {fixedPrices.length === 0 ? (
        <p className="muted">{t('evidence.noFixedPrices')}</p>
      ) : (
        <table className="mini-table" data-testid="fixed-prices">
          <caption>{t('evidence.fixedPrices')}</caption>
          <thead>
            <tr>
              <th className="num">{t('fix.field.valueCents')}</th>
              <th className="num">{t('evidence.minQuantity')}</th>
              <th>{t('evidence.validFrom')}</th>
              <th>{t('evidence.validUntil')}</th>
            </tr>
          </thead>
          <tbody>
            {fixedPrices.map((price, index) => (
              <tr key={index}>
                <td className="num">{formatMoney(locale, price.valueCents)}</td>
                <td className="num">{formatNumber(locale, price.minQuantity)}</td>
                <td>{formatDateTime(locale, price.dateFrom)}</td>
                <td>{formatDateTime(locale, price.dateTo)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
