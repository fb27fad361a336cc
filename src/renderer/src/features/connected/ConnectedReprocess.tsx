import type { OrderView } from '../../../../shared/api/orders';
import { useT } from '../../i18n/use-t';
import { ReachVtexActions } from './OrderConnectedActions';
import { useConnectedAccount } from './use-connected-account';

/**
 * The wizard's Reprocess step in connected mode: the order is reprocessed where VTEX sees it (re-sent
 * through the order-integration API, or by Reprocess in Connections > Orders and then found in OMS),
 * not replayed on the copy. Shown only in connected mode.
 */
export function ConnectedReprocess({ view }: { view: OrderView }) {
  const { t } = useT();
  const account = useConnectedAccount();
  if (!account) return null;
  // A masked copy cannot be re-sent as it is: the Admin comes first, the paste of the original below it.
  const resendable = view.order.connectorName !== null && view.order.customer.verdicts === undefined;
  return (
    <div className="connected-reprocess" data-testid="connected-reprocess">
      <p>{t(resendable ? 'reach.leadResend' : 'reach.lead', { account })}</p>
      <ReachVtexActions key={view.order.id} account={account} view={view} />
    </div>
  );
}
