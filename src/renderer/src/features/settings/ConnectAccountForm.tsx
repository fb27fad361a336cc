import { useState, type FormEvent } from 'react';
import type { AccountsState } from '../../../../shared/api/accounts';
import { useT } from '../../i18n/use-t';
import { useAccountsStore } from './accounts-store';

/**
 * Name, app key and app token, tested with VTEX before anything is kept. Where credentials come
 * from the environment (browser mode) only the account the environment names can be connected.
 */
export function ConnectAccountForm({ state }: { state: AccountsState }) {
  const { t } = useT();
  const { busy, connect } = useAccountsStore();
  const fromEnvironment = state.credentialSource === 'environment';
  const [account, setAccount] = useState(state.environmentAccount ?? '');
  const [appKey, setAppKey] = useState('');
  const [appToken, setAppToken] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await connect(fromEnvironment ? { account: account.trim() } : { account: account.trim(), appKey, appToken });
    // The secrets leave the page's memory as soon as they were tested and handed over.
    if (ok) {
      setAppKey('');
      setAppToken('');
    }
  };

  if (fromEnvironment && !state.environmentAccount) return <p className="muted">{t('accounts.noEnvironment')}</p>;
  return (
    <form className="fix-form" onSubmit={(event) => void submit(event)} aria-labelledby="connect-title">
      <h3 id="connect-title">{t('accounts.connectTitle')}</h3>
      <p className="muted">
        {fromEnvironment ? t('accounts.fromEnvironment', { name: state.environmentAccount ?? '' }) : t('accounts.encrypted')}
      </p>
      <div className="field">
        <label htmlFor="account-name">{t('accounts.name')}</label>
        <input
          id="account-name"
          className="input mono"
          value={account}
          readOnly={fromEnvironment}
          autoComplete="off"
          spellCheck={false}
          required
          pattern="[A-Za-z0-9][A-Za-z0-9\-]{0,62}"
          onChange={(event) => setAccount(event.target.value)}
        />
      </div>
      {!fromEnvironment && (
        <>
          <div className="field">
            <label htmlFor="account-key">{t('accounts.appKey')}</label>
            <input
              id="account-key"
              className="input mono"
              value={appKey}
              autoComplete="off"
              spellCheck={false}
              required
              onChange={(event) => setAppKey(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="account-token">{t('accounts.appToken')}</label>
            <input
              id="account-token"
              type="password"
              className="input mono"
              value={appToken}
              autoComplete="off"
              required
              onChange={(event) => setAppToken(event.target.value)}
            />
          </div>
        </>
      )}
      <div className="button-row">
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || account.trim() === '' || (state.saveRefusal !== null && !fromEnvironment)}
        >
          {t('accounts.connect')}
        </button>
        {busy && <span className="muted">{t('accounts.connecting')}</span>}
      </div>
      {!fromEnvironment && state.saveRefusal && <div className="banner banner-warning">{state.saveRefusal}</div>}
    </form>
  );
}
