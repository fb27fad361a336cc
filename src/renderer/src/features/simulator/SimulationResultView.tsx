import type { SimulationResult } from '../../../../shared/domain/diagnosis';
import { formatDuration, formatMoney, formatWeight } from '../../i18n';
import { domainTexts } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';

/** Per item: availability, quantity, the SLAs that deliver it, and why the rest were ruled out. */
export function SimulationResultView({ result }: { result: SimulationResult }) {
  const { t, locale } = useT();
  const texts = domainTexts(locale);
  return (
    <div className="simulation" data-testid="simulation-result">
      <p className="muted">
        {t('simulation.summary', {
          tradePolicy: result.tradePolicyId ?? '—',
          cep: result.postalCode,
          weight: formatWeight(locale, result.package.weightGrams)
        })}
      </p>
      {result.items.map((item) => (
        <section key={item.index} className="sim-item">
          <header>
            <span className="mono">SKU {item.id}</span> × {item.quantity} —{' '}
            <span className={`chip ${item.availability === 'available' ? 'chip-success' : 'chip-error'}`}>
              {texts.availability[item.availability]}
            </span>{' '}
            <span className="muted">
              {item.unlimited ? t('simulation.unlimited') : t('simulation.availableQty', { n: item.availableQuantity })}
            </span>
          </header>
          {item.inactiveReasons.length > 0 && (
            <p className="text-error">{item.inactiveReasons.map((r) => texts.inactiveReasons[r]).join(' · ')}</p>
          )}
          {item.slas.length > 0 ? (
            <table className="mini-table">
              <thead>
                <tr>
                  <th>SLA</th>
                  <th className="num">{t('simulation.price')}</th>
                  <th>{t('simulation.estimate')}</th>
                  <th>{t('evidence.dock')}</th>
                  <th>{t('evidence.warehouse')}</th>
                </tr>
              </thead>
              <tbody>
                {item.slas.map((sla) => (
                  <tr key={sla.shippingPolicyId}>
                    <td>{sla.name}</td>
                    <td className="num">{formatMoney(locale, sla.priceCents)}</td>
                    <td data-testid="sla-estimate">{formatDuration(locale, sla.estimateSeconds)}</td>
                    <td className="mono">{sla.dockId}</td>
                    <td className="mono">{sla.warehouseId}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="text-error">{t('simulation.noSla')}</p>
          )}
          {item.ruledOut.length > 0 && (
            <ul className="ruled-out">
              {item.ruledOut.map((out) => (
                <li key={`${out.kind}:${out.id}:${out.reason}`}>
                  ✕ {t(`simulation.kind.${out.kind}`)} <span className="mono">{out.id}</span>: {texts.ruledOut[out.reason]}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
