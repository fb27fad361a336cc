import { useEffect } from 'react';
import type { AdminChecklist } from '../../../../shared/api/checklist';
import { CopyId } from '../../components/CopyId';
import { formatDateTime } from '../../i18n';
import { adminUrl } from '../../i18n/domain/admin-links';
import { useT } from '../../i18n/use-t';
import { useConnectedAccount } from '../connected/use-connected-account';
import { useChecklistStore } from './checklist-store';
import './checklist.css';

/**
 * Reprocess in the Admin, in bulk: the orders no public API can reprocess, each with the way to
 * Connections > Orders, ticking itself as the OMS watch sees the order; "12 of 40 seen".
 */
export function ChecklistScreen() {
  const { t } = useT();
  const { lists, current, loaded, error, load, open } = useChecklistStore();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="screen" aria-labelledby="checklist-title" data-testid="checklist-screen">
      <header className="screen-header">
        <h1 id="checklist-title">{t('checklist.title')}</h1>
        {current && (
          <span className="screen-count" data-testid="checklist-count">
            {t('checklist.count', { seen: current.seen, total: current.total })}
          </span>
        )}
        {lists.length > 1 && (
          <label className="checklist-pick">
            {t('checklist.pick')}{' '}
            <select value={current?.id ?? ''} onChange={(event) => void open(Number(event.target.value))}>
              {lists.map((list) => (
                <option key={list.id} value={list.id}>
                  {list.title} — {t('checklist.count', { seen: list.seen, total: list.total })}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      <p className="muted">{t('checklist.lead')}</p>
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      {loaded && !current && <div className="empty-state">{t('checklist.empty')}</div>}
      {current && <ChecklistView checklist={current} />}
    </section>
  );
}

function ChecklistView({ checklist }: { checklist: AdminChecklist }) {
  const { t, locale } = useT();
  const account = useConnectedAccount();
  const { busy, watch, stop, check, exportUnchecked, more, remove } = useChecklistStore();
  const unchecked = checklist.total - checklist.seen;
  const status = checklist.watching
    ? checklist.running
      ? t('checklist.watching', { n: checklist.intervalSeconds })
      : t('checklist.resumes')
    : t('checklist.paused');
  return (
    <div className="checklist" data-testid="checklist" data-watching={checklist.watching}>
      <div className="checklist-progress">
        <progress
          max={checklist.total}
          value={checklist.seen}
          aria-label={t('checklist.count', { seen: checklist.seen, total: checklist.total })}
        />
        <strong>{t('checklist.count', { seen: checklist.seen, total: checklist.total })}</strong>
        <span className="muted">{checklist.title}</span>
        {/* Away from the working actions (it is not one of them), which then keep to one line at 1440 px. */}
        <button
          type="button"
          className="button button-quiet checklist-delete"
          disabled={busy}
          onClick={() => void remove()}
          data-testid="checklist-delete"
        >
          {t('checklist.delete')}
        </button>
      </div>
      <div className="button-row" data-testid="checklist-actions">
        {checklist.connectionsLink && account && (
          <a className="button button-primary" href={checklist.connectionsLink} target="_blank" rel="noreferrer">
            {t('checklist.openConnections', { account })} ↗
          </a>
        )}
        {account &&
          unchecked > 0 &&
          (checklist.watching ? (
            <button type="button" className="button" disabled={busy} onClick={() => void stop()} data-testid="checklist-stop">
              {t('checklist.stop')}
            </button>
          ) : (
            <button type="button" className="button" disabled={busy} onClick={() => void watch()} data-testid="checklist-watch">
              {t('checklist.watch')}
            </button>
          ))}
        {account && unchecked > 0 && (
          <button type="button" className="button" disabled={busy} onClick={() => void check()} data-testid="checklist-check">
            {t('checklist.checkNow')}
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={busy || unchecked === 0}
          onClick={() => void exportUnchecked('csv', locale)}
          data-testid="checklist-export"
        >
          {t('checklist.export')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || unchecked === 0}
          onClick={() => void exportUnchecked('md', locale)}
          data-testid="checklist-export-md"
        >
          {t('checklist.exportMd')}
        </button>
      </div>
      <p className="muted" role="status" data-testid="checklist-status">
        {!account
          ? t('checklist.offline')
          : unchecked === 0
            ? t('checklist.allSeen')
            : `${status} ${checklist.lastCheckedAt ? t('checklist.lastLook', { at: formatDateTime(locale, checklist.lastCheckedAt) }) : t('checklist.neverLooked')}`}
      </p>
      {checklist.lastError && (
        <p className="banner banner-error" role="alert" data-testid="checklist-error">
          {t('checklist.lookFailed', { message: checklist.lastError })}
        </p>
      )}
      <div className="table-wrap">
        <table className="table checklist-table" data-testid="checklist-table">
          <thead>
            <tr>
              <th scope="col">{t('checklist.col.state')}</th>
              <th scope="col">{t('checklist.col.order')}</th>
              <th scope="col">{t('checklist.col.marketplace')}</th>
              <th scope="col">{t('checklist.col.admin')}</th>
              <th scope="col">{t('checklist.col.seen')}</th>
            </tr>
          </thead>
          <tbody>
            {checklist.lines.map((line) => {
              const seen = line.vtexOrderId !== null && line.seenAt !== null;
              const omsLink = seen && account ? adminUrl(account, { kind: 'oms-order', orderId: line.vtexOrderId ?? '' }) : null;
              return (
                <tr
                  key={`${line.affiliateId}/${line.marketplaceOrderId}`}
                  className={seen ? 'is-seen' : undefined}
                  data-testid="checklist-line"
                  data-order={line.marketplaceOrderId}
                  data-seen={seen}
                >
                  <td>
                    <span
                      className={`checklist-tick${seen ? ' text-success' : ''}`}
                      role="img"
                      aria-label={seen ? t('checklist.stateSeen') : t('checklist.stateWaiting')}
                    >
                      {seen ? '☑' : '☐'}
                    </span>
                  </td>
                  <td>
                    <CopyId value={line.marketplaceOrderId} />
                  </td>
                  <td>
                    {line.marketplace ?? line.affiliateId} <span className="muted mono">{line.affiliateId}</span>
                  </td>
                  <td>
                    {checklist.connectionsLink ? (
                      <a href={checklist.connectionsLink} target="_blank" rel="noreferrer">
                        {t('checklist.lineLink')}
                      </a>
                    ) : (
                      t('checklist.lineLink')
                    )}
                  </td>
                  <td data-testid="checklist-seen">
                    {seen ? (
                      <>
                        {omsLink ? (
                          <a href={omsLink} target="_blank" rel="noreferrer">
                            {t('checklist.lineSeen', { id: line.vtexOrderId ?? '' })}
                          </a>
                        ) : (
                          t('checklist.lineSeen', { id: line.vtexOrderId ?? '' })
                        )}{' '}
                        <span className="muted">· {formatDateTime(locale, line.seenAt)}</span>
                      </>
                    ) : (
                      <span className="muted">{t('checklist.lineWaiting')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {checklist.nextAfter !== null && (
        <div className="checklist-more">
          <span className="muted" data-testid="checklist-shown">
            {t('checklist.shown', { shown: checklist.lines.length, total: checklist.total })}
          </span>
          <button type="button" className="button" disabled={busy} onClick={() => void more()} data-testid="checklist-more">
            {t('checklist.more')}
          </button>
        </div>
      )}
    </div>
  );
}
