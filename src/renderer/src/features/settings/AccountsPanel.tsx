import { useEffect, useRef } from 'react';
import type { ConnectResult } from '../../../../shared/api/accounts';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { SyncPanel } from '../sync/SyncPanel';
import { useAccountsStore } from './accounts-store';
import { ConnectAccountForm } from './ConnectAccountForm';

/** What the connection test found: each module readable, or the License Manager resource it lacks. */
function ModuleReport({ report }: { report: ConnectResult }) {
  const { t } = useT();
  return (
    <div className="banner banner-success" role="status" data-testid="connect-report">
      <div className="banner-title">{t('accounts.connected', { name: report.account })}</div>
      <ul className="compact-list">
        {report.modules.map((m) => (
          <li key={m.module} className={m.readable ? undefined : 'text-error'}>
            {m.readable ? '✓' : '✕'} {t(`accounts.module.${m.module}` as MessageKey)}:{' '}
            {m.readable
              ? t('accounts.readable')
              : `${t('accounts.missing', { resource: m.missingResource ?? '' })} ${m.grantedByRole ? t('accounts.role', { role: m.grantedByRole }) : ''}`}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Settings › VTEX accounts: the connected accounts (open one, remove one), connecting another, and sync. */
export function AccountsPanel() {
  const { t } = useT();
  const { state, report, error, busy, focusPending, load, switchTo, remove, focusTaken } = useAccountsStore();
  const list = useRef<HTMLTableElement>(null);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (!focusPending || !list.current) return;
    list.current.scrollIntoView({ block: 'center' });
    list.current.querySelector<HTMLButtonElement>('button')?.focus();
    focusTaken();
  }, [focusPending, state, focusTaken]);

  const confirmRemove = (name: string) => {
    if (window.confirm(t('accounts.removeConfirm', { name }))) void remove(name);
  };

  return (
    <section aria-labelledby="accounts-title" data-testid="accounts-panel">
      <h2 id="accounts-title">{t('accounts.title')}</h2>
      <p className="muted">{t('accounts.lead')}</p>
      {state && (
        <table className="mini-table" data-testid="accounts-list" ref={list}>
          <tbody>
            <tr>
              <td>
                {t('accounts.local')}
                <div className="muted mono">{state.localMirrorPath}</div>
              </td>
              <td>
                {state.active === null ? (
                  <span className="muted">{t('accounts.isOpen')}</span>
                ) : (
                  <button type="button" className="button" disabled={busy} onClick={() => void switchTo(null)}>
                    {t('accounts.open')}
                  </button>
                )}
              </td>
            </tr>
            {state.accounts.map((a) => (
              <tr key={a.name}>
                <td>
                  <span className="mono">{a.name}</span>
                  {!a.hasCredentials && <span className="muted"> — {t('accounts.noCredentials')}</span>}
                  <div className="muted mono">{a.mirrorPath}</div>
                </td>
                <td className="button-row">
                  {a.active ? (
                    <span className="muted">{t('accounts.isOpen')}</span>
                  ) : (
                    <button type="button" className="button" disabled={busy} onClick={() => void switchTo(a.name)}>
                      {t('accounts.open')}
                    </button>
                  )}
                  <button type="button" className="button button-quiet" disabled={busy} onClick={() => confirmRemove(a.name)}>
                    {t('accounts.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {error && (
        <div className="banner banner-error" role="alert">
          <strong>{t('accounts.failed')}:</strong> {error}
        </div>
      )}
      {report && <ModuleReport report={report} />}
      {state && <ConnectAccountForm state={state} />}
      <SyncPanel />
    </section>
  );
}
