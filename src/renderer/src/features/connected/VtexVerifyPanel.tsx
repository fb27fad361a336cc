import { useState } from 'react';
import type { VerifyResult } from '../../../../shared/api/connected';
import { call } from '../../api/client';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { useConnectedAccount } from './use-connected-account';

const VERDICTS = ['available', 'withoutStock', 'cannotBeDelivered'] as const;

/**
 * Verify with VTEX itself: VTEX's fulfillment simulation for the order beside the local one, item by
 * item. Where they disagree VTEX's answer holds and the row says so.
 * Shown only in connected mode.
 */
export function VtexVerifyPanel({ orderId }: { orderId: number }) {
  const account = useConnectedAccount();
  return account ? <VerifyPanelFor account={account} orderId={orderId} /> : null;
}

function VerifyPanelFor({ account, orderId }: { account: string; orderId: number }) {
  const { t } = useT();
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const verify = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await call('connected/verify', { orderId }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const word = (verdict: string) =>
    (VERDICTS as readonly string[]).includes(verdict) ? t(`connected.availability.${verdict}` as MessageKey) : verdict;
  const differing = new Map(result?.differences.map((d) => [d.skuId, d]) ?? []);
  return (
    <div className="vtex-verify" data-testid="vtex-verify">
      <button type="button" className="button" disabled={busy} onClick={() => void verify()}>
        {t('connected.verify', { account })}
      </button>
      {busy && <p className="muted">{t('connected.working')}</p>}
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <section aria-label={t('connected.verifyTitle')}>
          <p
            className={`banner ${result.vtexIntegrates ? 'banner-success' : 'banner-error'}`}
            role="status"
            data-testid="vtex-verdict"
            data-integrates={result.vtexIntegrates}
          >
            {result.vtexIntegrates ? t('connected.vtexIntegrates') : t('connected.vtexRefuses')}{' '}
            {result.differences.length === 0
              ? t('connected.verifyAgree')
              : t('connected.verifyDisagree', { n: result.differences.length })}
          </p>
          <table className="table">
            <thead>
              <tr>
                <th>{t('connected.col.sku')}</th>
                <th>{t('connected.col.local')}</th>
                <th>{t('connected.col.vtex')}</th>
              </tr>
            </thead>
            <tbody>
              {result.request.items.map((item, index) => {
                const difference = differing.get(item.id);
                const local = result.local.items[index]?.availability ?? '';
                const vtex = difference?.vtex ?? result.vtex.items.find((i) => i.id === item.id)?.availability ?? '';
                return (
                  <tr key={`${item.id}-${index}`} data-differs={difference !== undefined}>
                    <td className="mono">{item.id}</td>
                    <td>{word(difference?.local ?? local)}</td>
                    <td>{difference ? <strong>{word(vtex)}</strong> : word(vtex)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
