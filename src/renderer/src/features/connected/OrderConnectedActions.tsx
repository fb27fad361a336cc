import { useState } from 'react';
import type { OmsWatchResult, ResendResult } from '../../../../shared/api/connected';
import type { OrderView } from '../../../../shared/api/orders';
import { call } from '../../api/client';
import { adminUrl } from '../../i18n/domain/admin-links';
import { useT } from '../../i18n/use-t';
import { useOrderStore } from '../../stores/order-store';
import { useFormatters } from '../order/use-formatters';
import { useConnectedAccount } from './use-connected-account';

/**
 * The order pane's ways to reach VTEX in connected mode: an order its connector sent through the
 * Marketplace Protocol can be re-sent (VTEX's result code shown); any order reprocessed by hand in the
 * Admin can be watched for in OMS (the VTEX order id shown once seen). Shown only in connected mode.
 */
export function OrderConnectedActions({ view }: { view: OrderView }) {
  const account = useConnectedAccount();
  // Remounted per order (key), so a result never sits beside another order; it stays once the order integrates.
  return account ? <ActionsFor key={view.order.id} account={account} view={view} /> : null;
}

function ActionsFor({ account, view }: { account: string; view: OrderView }) {
  const { t } = useT();
  const format = useFormatters();
  const refresh = useOrderStore((state) => state.refresh);
  const [resent, setResent] = useState<ResendResult | null>(null);
  const [watched, setWatched] = useState<{ result: OmsWatchResult; at: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const { order } = view;
  const resend = () =>
    run(async () => {
      setResent(await call('connected/resend', { orderId: order.id }));
      await refresh();
    });
  const watch = () =>
    run(async () => {
      const result = await call('connected/watch', { marketplaceOrderIds: [order.marketplaceOrderId] });
      setWatched({ result, at: new Date().toISOString() });
      if (result.integrated.length > 0) await refresh();
    });
  const seen = watched?.result.integrated.find((found) => found.marketplaceOrderId === order.marketplaceOrderId);
  const link = adminUrl(account, { kind: 'connections-orders' });
  const open = view.state === 'open';
  if (!open && !resent && !watched) return null;

  return (
    <div className="connected-order" data-testid="connected-order" data-account={account}>
      <p className="muted">{t('modes.inStore', { account })}</p>
      {open && (
        <div className="button-row">
          {order.connectorName && (
            <button
              type="button"
              className="button"
              disabled={busy}
              title={t('modes.resendHint', { account })}
              onClick={() => void resend()}
              data-testid="resend"
            >
              {t('modes.resend')}
            </button>
          )}
          <button
            type="button"
            className="button"
            disabled={busy}
            title={t('modes.watchHint')}
            onClick={() => void watch()}
            data-testid="watch"
          >
            {t('modes.watch')}
          </button>
          {link && (
            <a className="button button-quiet" href={link} target="_blank" rel="noreferrer">
              {t('modes.openConnections')}
            </a>
          )}
        </div>
      )}
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {resent && (
        <p
          className={`banner ${resent.outcome === 'integrated' ? 'banner-success' : resent.outcome === 'enqueued' ? 'banner-warning' : 'banner-error'}`}
          role="status"
          data-testid="resend-result"
          data-code={resent.code ?? ''}
        >
          {t(`modes.resent.${resent.outcome}`, { code: resent.code ?? t('modes.noCode'), message: resent.message })}
        </p>
      )}
      {watched && (
        <p
          className={`banner ${seen ? 'banner-success' : 'banner-warning'}`}
          role="status"
          data-testid="watch-result"
          data-seen={seen !== undefined}
        >
          {seen
            ? t('modes.seen', { id: seen.vtexOrderId, at: format.date(seen.seenAt) })
            : t('modes.notSeen', { at: format.date(watched.at) })}
        </p>
      )}
    </div>
  );
}
