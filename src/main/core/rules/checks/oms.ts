import type { OmsOrder } from '../../../../shared/domain/model';
import type { OrderContext } from './order-context';

/** The OMS orders created from this marketplace order (same affiliate when both sides name one). */
export function omsOrdersFor(ctx: OrderContext): OmsOrder[] {
  const affiliateId = ctx.order.affiliateId;
  return (ctx.store.omsOrdersByMarketplaceOrderId.get(ctx.order.marketplaceOrderId) ?? []).filter(
    (oms) => !affiliateId || !oms.affiliateId || oms.affiliateId === affiliateId
  );
}
