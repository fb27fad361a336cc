import { cause, fix } from '../checks/findings';
import type { Diagnoser } from './types';

/** Seller not authorized for the sales channel: bind the trade policy to the store in the Admin. */
export const diagnoseCatalogAccessDenied: Diagnoser = (ctx, findings) => {
  const tradePolicyId = ctx.tradePolicyId;
  findings.add(
    cause(
      'trade_policy_not_bound_to_store',
      {
        affiliateId: ctx.order.affiliateId,
        tradePolicyId,
        tradePolicyName: tradePolicyId === null ? null : (ctx.store.tradePolicies.get(tradePolicyId)?.name ?? null)
      },
      fix('act_in_admin'),
      { tradePolicyId: tradePolicyId ?? undefined }
    )
  );
};
