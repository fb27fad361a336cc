import { useState } from 'react';
import type { Cause } from '../../../../shared/domain/diagnosis';
import { CopyId } from '../../components/CopyId';
import { MarketplaceBadge } from '../../components/MarketplaceBadge';
import { TypeChip } from '../../components/TypeChip';
import { formatDateTime, formatMoney } from '../../i18n';
import { isUnexplained } from '../../i18n/domain/sweep';
import { useT } from '../../i18n/use-t';
import { useOrderStore } from '../../stores/order-store';
import { useReprocessStore } from '../../stores/reprocess-store';
import { useWizardStore } from '../../stores/wizard-store';
import { SimulationForm } from '../simulator/SimulationForm';
import { isCanceledAtMarketplace, MarketplaceStatus, ResolutionBanner } from '../resolution/OrderStateLine';
import { ResolveForm } from '../resolution/ResolveForm';
import { OrderPlanNote } from '../plan/OrderPlanNote';
import { OrderConnectedActions } from '../connected/OrderConnectedActions';
import { DiagnosisSection } from './DiagnosisSection';
import { HistoryView } from './HistoryView';
import { namesFrom } from './names';
import { OrderActions, type OrderAction } from './OrderActions';
import { PayloadView } from './PayloadView';
import { useEscalate } from './use-escalate';

/** The order beside the queue: diagnosis first, then the message, payload, simulation and history. */
export function OrderPane() {
  const { t, locale } = useT();
  const { view, plannedChanges, loading, error } = useOrderStore();
  const startWizard = useWizardStore((state) => state.start);
  const reprocess = useReprocessStore((state) => state.run);
  const [notice, setNotice] = useState<string | null>(null);
  const [resolving, setResolving] = useState<number | null>(null);
  const escalate = useEscalate(view?.order.id ?? 0);

  if (loading && !view)
    return (
      <aside className="order-pane">
        <p className="muted">{t('order.loading')}</p>
      </aside>
    );
  if (error)
    return (
      <aside className="order-pane">
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      </aside>
    );
  if (!view)
    return (
      <aside className="order-pane order-pane-empty">
        <p className="muted">{t('order.pick')}</p>
      </aside>
    );

  const { order, diagnosis } = view;
  const fix = (cause: Cause) => startWizard(view, { cause, step: 'fix' });
  // Nothing explains an unexplained order, so a reprocess would prove nothing: escalation comes first.
  const unexplained = isUnexplained(diagnosis);
  const open = view.state === 'open';
  const canceled = isCanceledAtMarketplace(order.marketplaceOrderStatus);
  const reprocessOne = async () => {
    const summary = await reprocess([order.id]);
    const outcome = summary?.outcomes[0];
    if (outcome) setNotice(t(`reprocess.result.${outcome.result}`, { id: outcome.vtexOrderId ?? '' }));
  };

  const troubleshoot: OrderAction = { id: 'wizard', label: t('order.wizard'), title: 'w', run: () => startWizard(view) };
  const reprocessAction: OrderAction = {
    id: 'reprocess',
    label: t('order.reprocess'),
    title: 'r',
    disabled: !open,
    run: () => void reprocessOne()
  };
  const escalateAction: OrderAction = { id: 'escalate', label: t('order.escalate'), run: () => void escalate() };
  const resolveAction: OrderAction = {
    id: 'resolve',
    label: t('loop.resolve'),
    expanded: resolving === order.id,
    testId: 'resolve-button',
    run: () => setResolving(resolving === order.id ? null : order.id)
  };
  // The primary first, then what this order most likely needs next: an unexplained order is escalated
  // (no Reprocess: nothing explains it), one the marketplace canceled is resolved rather than reprocessed.
  const actions = unexplained
    ? [escalateAction, troubleshoot, ...(open ? [resolveAction] : [])]
    : open && canceled
      ? [troubleshoot, resolveAction, reprocessAction, escalateAction]
      : [troubleshoot, reprocessAction, escalateAction, ...(open ? [resolveAction] : [])];

  return (
    <aside className="order-pane" aria-label={t('order.title')} data-testid="order-pane">
      <header className="order-head">
        <div className="order-title">
          <MarketplaceBadge affiliateId={order.affiliateId} connectorName={order.connectorName} />
          <CopyId value={order.marketplaceOrderId} />
          {diagnosis && (
            <TypeChip
              errorType={diagnosis.errorType}
              inferredErrorType={diagnosis.inferredErrorType}
              confidence={diagnosis.confidence}
            />
          )}
        </div>
        <div className="order-meta">
          <span>{formatMoney(locale, order.paymentValueCents)}</span>
          <span>{formatDateTime(locale, order.createdAt)}</span>
          <span>{t('order.attempts', { n: order.attempts })}</span>
          <MarketplaceStatus status={order.marketplaceOrderStatus} />
        </div>
        <OrderActions actions={actions} />
        {open && canceled && resolving !== order.id && (
          <p className="muted" data-testid="canceled-hint">
            {t('loop.canceledHint')}
          </p>
        )}
        {open && resolving === order.id && (
          <ResolveForm
            suggested={canceled ? 'canceled_at_marketplace' : view.omsOrderId ? 'duplicate' : 'handled_outside'}
            onDone={() => setResolving(null)}
          />
        )}
        <OrderConnectedActions view={view} />
        <ResolutionBanner view={view} />
        {notice && (
          <p className="banner" role="status" data-testid="order-notice">
            {notice}
          </p>
        )}
      </header>

      <section className="pane-section">
        <h3>{t('order.diagnosis')}</h3>
        <OrderPlanNote changes={plannedChanges} names={namesFrom(view)} />
        <DiagnosisSection view={view} onFix={fix} waitsForPlan={plannedChanges.length > 0} />
      </section>

      <section className="pane-section">
        <h3>{t('order.message')}</h3>
        <blockquote className="raw-message" data-testid="raw-message">
          {order.integrationMessage ?? '—'}
        </blockquote>
      </section>

      <details className="pane-section" open>
        <summary>
          <h3>{t('order.payload')}</h3>
        </summary>
        <PayloadView view={view} />
      </details>

      <details className="pane-section">
        <summary>
          <h3>{t('order.simulation')}</h3>
        </summary>
        <SimulationForm
          key={order.id}
          initial={{
            salesChannel: view.tradePolicyId ?? '',
            postalCode: order.address?.postalCode ?? '',
            country: order.address?.country ?? 'BRA',
            items: order.items.map((item) => ({ id: item.skuId, quantity: item.quantity }))
          }}
          initialResult={view.simulation}
        />
      </details>

      <details className="pane-section" open>
        <summary>
          <h3>{t('order.history')}</h3>
        </summary>
        <HistoryView view={view} />
      </details>
    </aside>
  );
}
