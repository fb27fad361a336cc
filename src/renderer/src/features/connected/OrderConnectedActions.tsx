import { useState } from 'react';
import type { OmsWatchResult, ProvidedCustomer, ResendResult } from '../../../../shared/api/connected';
import type { OrderView } from '../../../../shared/api/orders';
import { call } from '../../api/client';
import { adminUrl } from '../../i18n/domain/admin-links';
import { useT } from '../../i18n/use-t';
import { useOrderStore } from '../../stores/order-store';
import { ChecklistEntry } from '../admin-checklist/ChecklistEntry';
import { useFormatters } from '../order/use-formatters';
import { MaskedResend } from './MaskedResend';
import { useConnectedAccount } from './use-connected-account';

/**
 * The order pane's ways to reach VTEX in connected mode: an order its connector sent through the
 * Marketplace Protocol can be re-sent (VTEX's result code shown; on a copy that masked its customer's
 * data, with the original the agent pastes, or not at all and the Admin named instead); any order
 * reprocessed by hand in the Admin can be watched for in OMS (the VTEX order id shown once seen) or put
 * on the Admin checklist. Shown only in connected mode.
 */
export function OrderConnectedActions({ view }: { view: OrderView }) {
  const account = useConnectedAccount();
  // Remounted per order (key), so a result never sits beside another order; it stays once the order integrates.
  return account ? <ReachVtexActions key={view.order.id} account={account} view={view} /> : null;
}

/** The re-send, the OMS watch, Connections > Orders and the Admin checklist for one order (the pane's and the wizard's). */
export function ReachVtexActions({ account, view }: { account: string; view: OrderView }) {
  const { t } = useT();
  const format = useFormatters();
  const refresh = useOrderStore((state) => state.refresh);
  const [resent, setResent] = useState<ResendResult | null>(null);
  const [watched, setWatched] = useState<{ result: OmsWatchResult; at: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const { order } = view;
  const masked = order.customer.verdicts !== undefined;
  const resend = (customer?: ProvidedCustomer) =>
    run(async () => {
      setResent(await call('connected/resend', { orderId: order.id, customer }));
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
  // Integrated here (seen in OMS, or re-sent) even while the view shown is the one from before: nothing left to offer.
  const open = view.state === 'open' && !seen && resent?.outcome !== 'integrated';
  if (!open && !resent && !watched) return null;

  return (
    <div className="connected-order" data-testid="connected-order" data-account={account}>
      <p className="muted">{t('modes.inStore', { account })}</p>
      {open && (
        <div className="button-row">
          {order.connectorName && !masked && (
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
      {open && order.connectorName && masked && !resent && (
        <MaskedResend account={account} busy={busy} onSend={(customer) => resend(customer)} />
      )}
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {open && <ChecklistEntry source={{ orderIds: [order.id] }} label={t('checklist.addOrder')} />}
    </div>
  );
}
