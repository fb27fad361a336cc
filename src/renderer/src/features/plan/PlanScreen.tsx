import { useEffect } from 'react';
import { adminPathText } from '../../../../shared/domain/admin-paths';
import { formatDateTime } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { usePlanStore } from '../../stores/plan-store';
import { changeWords } from '../../i18n/domain/change-words';
import { useFormatters } from '../order/use-formatters';
import { useConnectedAccount } from '../connected/use-connected-account';
import { PlanApplyDialog } from './PlanApplyDialog';
import { changeOf, namesOf } from './planned-change-words';

/** The change plan: what the agent still has to make in the VTEX Admin, exportable as a checklist. */
export function PlanScreen() {
  const { t, locale } = useT();
  const { changes, loaded, error, load, discard, exportAs } = usePlanStore();
  const format = useFormatters();
  const account = useConnectedAccount();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="screen" aria-labelledby="plan-title" data-testid="plan-screen">
      <header className="screen-header">
        <h1 id="plan-title">{t('plan.title')}</h1>
        <span className="screen-count">{t('plan.count', { n: changes.length })}</span>
        <button
          type="button"
          className="button"
          disabled={changes.length === 0}
          onClick={() => void exportAs('md', locale)}
          data-testid="plan-export-md"
        >
          {t('plan.exportMd')}
        </button>
        <button
          type="button"
          className="button"
          disabled={changes.length === 0}
          onClick={() => void exportAs('csv', locale)}
          data-testid="plan-export-csv"
        >
          {t('plan.exportCsv')}
        </button>
      </header>
      {account && changes.length > 0 && <PlanApplyDialog account={account} onApplied={() => void load()} />}
      <p className="muted">{t('plan.lead')}</p>
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      {loaded && changes.length === 0 ? (
        <div className="empty-state">{t('plan.empty')}</div>
      ) : (
        <div className="table-wrap">
          <table className="table plan-table" data-testid="plan-table">
            <thead>
              <tr>
                <th scope="col">{t('plan.col.where')}</th>
                <th scope="col">{t('plan.col.object')}</th>
                <th scope="col">{t('plan.col.change')}</th>
                <th scope="col">{t('plan.col.orders')}</th>
                <th scope="col">{t('plan.col.agent')}</th>
                <th scope="col" aria-label={t('plan.discard')} />
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => {
                const words = changeWords(changeOf(change), locale, namesOf(change), format);
                return (
                  <tr key={change.id} data-testid="plan-row">
                    <td>{adminPathText(change.adminPath, locale)}</td>
                    <td>{words.object}</td>
                    <td>
                      {words.field}: {words.before} → <span className="text-success">{words.after}</span>
                    </td>
                    <td className="mono">{change.orders.map((order) => order.marketplaceOrderId).join(', ') || '—'}</td>
                    <td>
                      {change.agent} <span className="muted">· {formatDateTime(locale, change.createdAt)}</span>
                    </td>
                    <td>
                      <button type="button" className="button button-quiet" onClick={() => void discard(change.id)}>
                        {t('plan.discard')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {changes.length > 0 && <p className="muted">{t('plan.discardNote')}</p>}
    </section>
  );
}
